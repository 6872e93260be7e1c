import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Duplex } from 'node:stream';
import type Docker from 'dockerode';
import { docker, exec, HOST_LABEL, PID_LABEL, RUN_LABEL } from './docker';
import { randomSubnets } from './addresses';

/** A container that runs: the only kind topology hands out (a configured one never escapes createTopology). */
export interface StartedContainer {
  name: string;
  container: Docker.Container;
  ip4: { lan: string; wan: string };
  ip6: { lan: string; wan: string };
  /** airlock's end of the container's stdin: closing it (or dying) stops the container. */
  lifeline: Duplex;
}

export interface Topology {
  runId: string;
  networks: { lan: Docker.Network; wan: Docker.Network };
  subnets: ReturnType<typeof randomSubnets>;
  target: StartedContainer;
  prober: StartedContainer;
}

export function newRunId(): string {
  return randomBytes(5).toString('hex');
}

export function labels(runId: string, role: string): Record<string, string> {
  return { [RUN_LABEL]: runId, [PID_LABEL]: String(process.pid), [HOST_LABEL]: hostname(), 'airlock.role': role };
}

async function createNetworks(runId: string, d: Docker): Promise<{ lan: Docker.Network; wan: Docker.Network; subnets: ReturnType<typeof randomSubnets> }> {
  let lastErr: unknown;
  for (let attempt = 0; attempt < 6; attempt++) {
    const subnets = randomSubnets();
    const make = (which: 'lan' | 'wan') =>
      d.createNetwork({
        Name: `airlock-${runId}-${which}`,
        Driver: 'bridge',
        // No route off the machine: Docker gives internal networks no gateway and no NAT.
        Internal: true,
        EnableIPv6: true,
        IPAM: { Config: [{ Subnet: subnets[`${which}4`] }, { Subnet: subnets[`${which}6`] }] },
        Labels: labels(runId, which),
      });
    const [lan, wan] = await Promise.allSettled([make('lan'), make('wan')]);
    if (lan.status === 'fulfilled' && wan.status === 'fulfilled') return { lan: lan.value, wan: wan.value, subnets };
    for (const r of [lan, wan]) if (r.status === 'fulfilled') await r.value.remove().catch(() => {});
    lastErr = lan.status === 'rejected' ? lan.reason : (wan as PromiseRejectedResult).reason;
    if (!/overlap|already exists/i.test(String((lastErr as Error)?.message))) break;
  }
  throw lastErr;
}

async function startContainer(runId: string, role: 'target' | 'prober', image: string, nets: { lan: string; wan: string }, ttlS: number, d: Docker): Promise<StartedContainer> {
  const name = `airlock-${runId}-${role}`;
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
      NetworkMode: nets.lan,
      Memory: 384 * 1024 * 1024,
      MemorySwap: 384 * 1024 * 1024,
      PidsLimit: 256,
      SecurityOpt: ['no-new-privileges'],
      // /proc/sys is read-only inside: every sysctl the run needs is set here.
      Sysctls: { 'net.ipv6.conf.all.disable_ipv6': '0', 'net.ipv6.conf.default.disable_ipv6': '0', 'net.ipv4.conf.all.rp_filter': '0', 'net.ipv4.conf.default.rp_filter': '0' },
    },
  });
  try {
    await d.getNetwork(nets.wan).connect({ Container: container.id });
    const lifeline = (await container.attach({ stream: true, stdin: true, stdout: false, stderr: false, hijack: true })) as unknown as Duplex;
    lifeline.on('error', () => {});
    // The attach must not keep airlock alive; it only has to die with it.
    (lifeline as unknown as { unref?: () => void }).unref?.();
    await container.start();
    const info = await container.inspect();
    const n = info.NetworkSettings.Networks;
    return {
      name,
      container,
      ip4: { lan: n[nets.lan].IPAddress, wan: n[nets.wan].IPAddress },
      ip6: { lan: n[nets.lan].GlobalIPv6Address, wan: n[nets.wan].GlobalIPv6Address },
      lifeline,
    };
  } catch (e) {
    // A container that failed to become ready is removed before the error goes up.
    await container.remove({ force: true }).catch(() => {});
    throw e;
  }
}

export async function createTopology(runId: string, image: string, ttlS: number, d: Docker = docker()): Promise<Topology> {
  const { lan, wan, subnets } = await createNetworks(runId, d);
  const nets = { lan: `airlock-${runId}-lan`, wan: `airlock-${runId}-wan` };
  const [t, p] = await Promise.allSettled([startContainer(runId, 'target', image, nets, ttlS, d), startContainer(runId, 'prober', image, nets, ttlS, d)]);
  if (t.status === 'rejected' || p.status === 'rejected') {
    for (const r of [t, p]) if (r.status === 'fulfilled') await r.value.container.remove({ force: true }).catch(() => {});
    await Promise.all([lan.remove().catch(() => {}), wan.remove().catch(() => {})]);
    throw (t.status === 'rejected' ? t.reason : (p as PromiseRejectedResult).reason) as Error;
  }
  return { runId, networks: { lan, wan }, subnets, target: t.value, prober: p.value };
}

/** Idempotent: removes both containers, then the networks (once their endpoints are gone). */
export async function destroyTopology(t: Topology): Promise<void> {
  for (const c of [t.target, t.prober]) c.lifeline.end?.();
  await Promise.all([t.target, t.prober].map((c) => c.container.remove({ force: true }).catch(() => {})));
  for (let attempt = 0; attempt < 10; attempt++) {
    const res = await Promise.allSettled([t.networks.lan.remove(), t.networks.wan.remove()]);
    if (res.every((r) => r.status === 'fulfilled' || /not found|No such/i.test(String((r as PromiseRejectedResult).reason?.message)))) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

export { exec };
