import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type Docker from 'dockerode';
import { attachAgent, type Agent } from './agent';
import { docker, exec, HOST_LABEL, PID_LABEL, RUN_LABEL } from './docker';
import { hostIn, randomV6, type AddressPlan } from './addresses';

/** A container that runs: the only kind topology hands out (a configured one never escapes createTopology). */
export interface StartedContainer {
  name: string;
  container: Docker.Container;
  /** Docker's IPv6 address on each IPv6 segment ('lan', 'wan'). */
  ip6: Record<string, string>;
  /** The container's agent, over its attached stdio; also its lifeline: closing it (or dying) stops the container. */
  agent: Agent;
}

export interface Topology {
  runId: string;
  networks: Docker.Network[];
  v6: { lan: string; wan: string };
  target: StartedContainer;
  prober: StartedContainer;
}

export function newRunId(): string {
  return randomBytes(5).toString('hex');
}

export function labels(runId: string, role: string): Record<string, string> {
  return { [RUN_LABEL]: runId, [PID_LABEL]: String(process.pid), [HOST_LABEL]: hostname(), 'airlock.role': role };
}

const netName = (runId: string, seg: string) => `airlock-${runId}-${seg}`;

/**
 * All networks or none: a /24 another run holds makes Docker refuse ("overlaps"),
 * so we give back what we took and try again after a random pause — taking turns
 * without ever holding one network while waiting for another.
 */
async function createNetworks(runId: string, plan: AddressPlan, d: Docker, deadline: number): Promise<{ nets: Docker.Network[]; v6: { lan: string; wan: string } }> {
  for (;;) {
    const v6 = randomV6();
    const res = await Promise.allSettled(
      plan.segments.map((seg) =>
        d.createNetwork({
          Name: netName(runId, seg.name),
          Driver: 'bridge',
          // No route off the machine: Docker forwards nothing out of an internal network.
          Internal: true,
          EnableIPv6: seg.v6,
          IPAM: { Config: [{ Subnet: seg.cidr, Gateway: seg.gateway }, ...(seg.v6 ? [{ Subnet: v6[seg.name as 'lan' | 'wan'] }] : [])] },
          Labels: labels(runId, seg.name),
        }),
      ),
    );
    const ok = res.filter((r): r is PromiseFulfilledResult<Docker.Network> => r.status === 'fulfilled').map((r) => r.value);
    const failed = res.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (!failed) return { nets: ok, v6 };
    await Promise.all(ok.map((n) => n.remove().catch(() => {})));
    if (!/overlap|already exists|in use/i.test(String(failed.reason?.message)) || Date.now() > deadline) throw failed.reason;
    await new Promise((r) => setTimeout(r, 150 + Math.random() * 400));
  }
}

let generation = 0;

async function startContainer(runId: string, role: 'target' | 'prober', image: string, plan: AddressPlan, ttlS: number, d: Docker): Promise<StartedContainer> {
  // A replaced target gets a new name: the old one may still be on its way out.
  const name = `airlock-${runId}-${role}${generation++ ? `-${generation}` : ''}`;
  const addrOn = (seg: AddressPlan['segments'][number]) =>
    role === 'target' ? seg.target : (plan.vantages.find((v) => v.net === seg.name && v.family === 4)?.addr ?? hostIn(seg.cidr, 3));
  const [first, ...rest] = plan.segments;
  const container = await d.createContainer({
    name,
    Image: image,
    Labels: labels(runId, role),
    Env: [`AIRLOCK_TTL=${ttlS}`],
    OpenStdin: true,
    StdinOnce: true,
    AttachStdin: true,
    Tty: false,
    HostConfig: {
      AutoRemove: true,
      Init: true,
      // Never privileged, never the host network, no mounts: only what a firewall needs.
      Privileged: false,
      CapAdd: ['NET_ADMIN', 'NET_RAW'],
      CapDrop: ['MKNOD', 'SETFCAP'],
      NetworkMode: netName(runId, first.name),
      Memory: 384 * 1024 * 1024,
      MemorySwap: 384 * 1024 * 1024,
      PidsLimit: 256,
      SecurityOpt: ['no-new-privileges'],
      // /proc/sys is read-only inside: every sysctl the run needs is set here.
      Sysctls: { 'net.ipv6.conf.all.disable_ipv6': '0', 'net.ipv6.conf.default.disable_ipv6': '0' },
    },
    NetworkingConfig: { EndpointsConfig: { [netName(runId, first.name)]: { IPAMConfig: { IPv4Address: addrOn(first) } } } },
  });
  try {
    for (const seg of rest) await d.getNetwork(netName(runId, seg.name)).connect({ Container: container.id, EndpointConfig: { IPAMConfig: { IPv4Address: addrOn(seg) } } });
    // Attached before start, so the agent's first line is not missed; the attach keeps airlock alive only while a request waits.
    const agent = await attachAgent(name, container);
    try {
      await container.start();
      const [info] = await Promise.all([container.inspect(), agent.ready(30_000)]);
      const n = info.NetworkSettings.Networks;
      const ip6: Record<string, string> = {};
      for (const seg of plan.segments) if (seg.v6) ip6[seg.name] = n[netName(runId, seg.name)]?.GlobalIPv6Address ?? '';
      return { name, container, ip6, agent };
    } catch (e) {
      agent.close();
      throw e;
    }
  } catch (e) {
    // A container that failed to become ready is removed before the error goes up.
    await container.remove({ force: true }).catch(() => {});
    throw e;
  }
}

export async function createTopology(runId: string, image: string, ttlS: number, plan: AddressPlan, d: Docker = docker(), deadline = Date.now() + 60_000): Promise<Topology> {
  const { nets, v6 } = await createNetworks(runId, plan, d, deadline);
  const [t, p] = await Promise.allSettled([startContainer(runId, 'target', image, plan, ttlS, d), startContainer(runId, 'prober', image, plan, ttlS, d)]);
  if (t.status === 'rejected' || p.status === 'rejected') {
    for (const r of [t, p]) if (r.status === 'fulfilled') await r.value.container.remove({ force: true }).catch(() => {});
    await Promise.all(nets.map((n) => n.remove().catch(() => {})));
    throw (t.status === 'rejected' ? t.reason : (p as PromiseRejectedResult).reason) as Error;
  }
  return { runId, networks: nets, v6, target: t.value, prober: p.value };
}

/**
 * A fresh target in place of a used one, on the same networks and addresses (the
 * old endpoint must be gone before Docker hands its address out again). The
 * prober and the networks stay.
 */
export async function replaceTarget(t: Topology, image: string, ttlS: number, plan: AddressPlan, d: Docker = docker()): Promise<void> {
  const old = t.target;
  old.agent.close();
  await old.container.remove({ force: true }).catch(() => {});
  t.target = await startContainer(t.runId, 'target', image, plan, ttlS, d);
}

/** Idempotent: removes both containers, then the networks (once their endpoints are gone). */
export async function destroyTopology(t: Topology): Promise<void> {
  for (const c of [t.target, t.prober]) c.agent.close();
  await Promise.all([t.target, t.prober].map((c) => c.container.remove({ force: true }).catch(() => {})));
  for (let attempt = 0; attempt < 10; attempt++) {
    const res = await Promise.allSettled(t.networks.map((n) => n.remove()));
    if (res.every((r) => r.status === 'fulfilled' || /not found|No such/i.test(String((r as PromiseRejectedResult).reason?.message)))) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

export { exec };
