import type { Document } from '../core/document';
import type { Finding } from '../core/findings';
import type { Plan } from '../plan/types';
import type { Intent } from '../policy/types';
import { contains, planAddresses, type AddressPlan, type VantagePlan } from './addresses';
import { compilePlan, type Compiled } from './compile';
import { connectDocker, exec, execJson, withTimeout } from './docker';
import { imageExists, imageTag } from './image';
import { buildJobs, fillInferred, held, jobId, listenerPorts, matrixDiff, toRows, type Vantage } from './matrix';
import { startReaper, sweep } from './reaper';
import { createTopology, destroyTopology, newRunId, type Topology } from './topology';
import { SandboxUnavailableError, type Listener, type ProbeMatrix, type SandboxOptions, type SandboxResult, type StepLog } from './types';
import { validatorFindings, type ValidatorRun } from './validators';
import { exposureFindings, lockoutFindings, standinFor, stepFailures } from './verdict';

export * from './types';
export { sandboxBuild, sandboxClean, sandboxDoctor } from './commands';

export interface SandboxInput {
  plan: Plan;
  docs: Document[];
  intent: Intent;
}

const PROBE_TIMEOUT_S = 0.35;
const MAX_PORTS = 16;

/**
 * Applies the answer's Plan in disposable containers and probes who can reach
 * what, before and after. Findings point at the input's lines; the matrices and
 * their diff are the evidence.
 */
export async function runSandbox(input: SandboxInput, opts: SandboxOptions = {}): Promise<SandboxResult> {
  const say = opts.progress ?? (() => {});
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const d = await connectDocker();
  const image = imageTag();
  if (!(await imageExists(image, d))) throw new SandboxUnavailableError(`sandbox image ${image} is not built`, 'run `airlock sandbox build`');
  await sweep(false, d).catch(() => undefined);

  const runId = newRunId();
  const reaper = startReaper(runId, timeoutMs + 60_000);
  const log: StepLog[] = [];
  let topo: Topology | undefined;
  const timed = async <T>(phase: StepLog['phase'], what: string, f: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    try {
      return await f();
    } finally {
      log.push({ phase, what, ms: Date.now() - t0 });
    }
  };
  try {
    return await withTimeout(
      (async () => {
        say(`sandbox ${runId}: starting target and prober`);
        const addr = planAddresses(input.intent);
        topo = await timed('topology', `${addr.segments.length} networks and 2 containers`, () => createTopology(runId, image, Math.ceil(timeoutMs / 1000) + 30, addr, d, Date.now() + timeoutMs / 2));
        return await runIn(topo, addr, input, log, timed, say);
      })(),
      timeoutMs,
      'sandbox run timed out',
    );
  } finally {
    const t0 = Date.now();
    if (topo) await destroyTopology(topo);
    log.push({ phase: 'cleanup', what: 'containers and networks removed', ms: Date.now() - t0 });
    reaper.release();
  }
}

type Timed = <T>(phase: StepLog['phase'], what: string, f: () => Promise<T>) => Promise<T>;

async function runIn(topo: Topology, addr: AddressPlan, input: SandboxInput, log: StepLog[], timed: Timed, say: (m: string) => void): Promise<SandboxResult> {
  const { plan, docs, intent } = input;
  const compiled = compilePlan(plan);
  const { target, prober } = topo;

  // Vantages: the planned IPv4 ones, plus the prober's Docker IPv6 addresses (ULA on the LAN, 2001:db8:: outside).
  const adminAnywhere = addr.vantages.some((v) => v.role === 'admin' && !v.range);
  const v6: VantagePlan[] = [
    { name: adminAnywhere ? 'admin' : 'outsider', role: adminAnywhere ? 'admin' : 'outsider', addr: prober.ip6.wan, family: 6, net: 'wan' },
    { name: 'lan6', role: intent.services.some((s) => s.allow.some((c) => contains(c, prober.ip6.lan))) ? 'peer' : 'lan-outside', addr: prober.ip6.lan, family: 6, net: 'lan' },
  ];
  const vantages: Vantage[] = [...addr.vantages, ...v6.filter((v) => v.addr)];
  const remote = vantages.filter((v) => v.net !== 'lo');
  const local = vantages.filter((v) => v.net === 'lo');
  const segTarget = new Map(addr.segments.map((s) => [s.name, s.target]));
  const targetAddr = (v: Vantage): string => (v.net === 'lo' ? v.addr : v.family === 6 ? target.ip6[v.net] : segTarget.get(v.net)!);

  // The prober holds one Docker address per network; further vantages on the same /24 are added beside it.
  const proberNet = {
    ifaces: addr.segments.map((seg) => {
      const mine = remote.filter((v) => v.net === seg.name && v.family === 4);
      return { dockerIp: mine[0]?.addr ?? '', addrs: mine.slice(1).map((v) => `${v.addr}/24`), routes: [] as string[] };
    }).filter((i) => i.dockerIp && i.addrs.length),
  };
  const units = ['ssh'];
  const standins: Array<{ name: string; args: string[] }> = [];
  for (const svc of intent.services) {
    const s = standinFor(svc);
    if (s.unit) units.push(s.unit);
    else standins.push({ name: s.name, args: s.args });
  }
  units.push(...compiled.daemons);
  const [baseline] = await timed('baseline', 'addresses, sshd, stand-ins, daemons', () =>
    Promise.all([
      execJson<{ notes: string[]; listeners: Listener[] }>(
        target.container,
        ['/opt/airlock/bin/airlock-target', 'baseline', JSON.stringify({ units: [...new Set(units)], standins })],
        30_000,
      ).then((r) => r.value),
      execJson(prober.container, ['/opt/airlock/bin/airlock-target', 'net', JSON.stringify(proberNet)], 15_000),
    ]),
  );
  for (const n of baseline.notes) log.push({ phase: 'baseline', what: n, ms: 0 });

  const sshPorts = intent.ssh.ports;
  const basePorts = uniq([...sshPorts, ...intent.services.map((s) => s.port), ...listenerPorts(baseline.listeners)]).slice(0, MAX_PORTS);
  const admins = remote.filter((v) => v.role === 'admin');
  const holds = new Map<string, { vantage: string; port: number }>();
  // IPv4 only: a fresh container tracks no IPv6 connections until a rule loads conntrack, so an IPv6 hold would lie.
  for (const a of admins.filter((v) => v.family === 4)) for (const p of sshPorts) holds.set(`hold|${jobId(a, p)}`, { vantage: `${a.name} (${a.addr})`, port: p });

  const probe = async (phase: 'before' | 'after', ports: number[], release: boolean): Promise<ProbeMatrix & { raw: Record<string, unknown> }> => {
    const remoteJobs = buildJobs(remote, targetAddr, ports, sshPorts, compiled.creds ?? null, compiled.clientCert);
    if (phase === 'before') for (const [id] of holds) {
      const [, name, src, port] = id.split('|');
      const v = remote.find((x) => x.name === name && x.addr === src)!;
      remoteJobs.push({ id, src, dst: targetAddr(v), port: Number(port), hold: true });
    }
    const localJobs = buildJobs(local, targetAddr, ports, sshPorts, compiled.creds ?? null, compiled.clientCert);
    const spec = (jobs: unknown[], rel: boolean) => JSON.stringify({ jobs, timeout: PROBE_TIMEOUT_S, ...(rel && holds.size ? { release: holds.size, releaseWait: 1.5 } : {}) });
    const [r, l] = await timed('probe', `${phase}: ${remoteJobs.length + localJobs.length} probes`, () =>
      Promise.all([
        execJson<Record<string, never>>(prober.container, ['/opt/airlock/bin/airlock-probe', 'probe', spec(remoteJobs, release)], 30_000),
        execJson<Record<string, never>>(target.container, ['/opt/airlock/bin/airlock-probe', 'probe', spec(localJobs, false)], 30_000),
      ]),
    );
    const raw = { ...r.value, ...l.value } as Record<string, never>;
    return {
      rows: toRows(vantages, targetAddr, ports, raw),
      listeners: [],
      ...(release ? { held: held((raw as Record<string, unknown>).__held as Record<string, { state: string }>, holds) } : {}),
      raw,
    };
  };

  say('probing before the change');
  const before = await probe('before', basePorts, false);
  before.listeners = baseline.listeners;

  say(`applying ${compiled.steps.length} step(s)`);
  const applied = await timed('apply', `${compiled.steps.length} steps, ${compiled.validators.length} validators`, () => applyPlan(target, compiled));
  for (const s of applied.steps) {
    const pos = compiled.steps.findIndex((c) => c.index === s.index);
    const c = compiled.steps[pos];
    log.push({
      phase: 'apply',
      index: s.index,
      what: c?.kind === 'command' ? c.script : `write ${c?.kind === 'write' ? c.path : ''}`,
      rc: s.rc,
      ms: s.ms,
      out: (s.out + s.err).slice(-2000),
      notes: [...(c?.kind === 'command' ? (c.notes ?? []) : []), ...s.notes],
    });
  }
  for (const v of applied.validators) log.push({ phase: 'validate', what: (v.argv ?? [v.kind]).join(' '), rc: v.rc, ms: 0, out: v.out.slice(-2000) });

  say('probing after the change');
  const afterPorts = uniq([...basePorts, ...listenerPorts(applied.listeners)]).slice(0, MAX_PORTS);
  const after = await probe('after', afterPorts, holds.size > 0);
  after.listeners = applied.listeners;
  fillInferred(before, after);

  const findings: Finding[] = [
    ...validatorFindings(applied.validators, compiled, plan, docs),
    ...stepFailures(log, compiled),
    ...lockoutFindings(intent, vantages, before, after, plan, docs),
    ...exposureFindings(intent, vantages, before, after, plan, docs),
  ];
  const strip = (m: ProbeMatrix & { raw?: unknown }): ProbeMatrix => ({ rows: m.rows, listeners: m.listeners, ...(m.held ? { held: m.held } : {}) });
  return { findings, before: strip(before), after: strip(after), matrixDiff: matrixDiff(before, after), log };
}

interface Applied {
  steps: Array<{ index: number; rc: number | null; out: string; err: string; ms: number; notes: string[] }>;
  validators: ValidatorRun[];
  listeners: Listener[];
  systemctl: string[];
}

async function applyPlan(target: Topology['target'], compiled: Compiled): Promise<Applied> {
  const spec = JSON.stringify({ steps: compiled.steps, validators: compiled.validators.map(({ kind, file }) => ({ kind, ...(file ? { file } : {}) })) });
  await putFile(target.container, '/tmp', 'airlock-plan.json', spec);
  const budget = compiled.steps.reduce((n, s) => n + (s.kind === 'command' ? s.timeout : 1), 0) * 1000 + 30_000;
  const { value } = await execJson<Omit<Applied, 'validators'> & { validators: Array<{ kind: string; file?: string; argv?: string[]; rc: number | null; out: string }> }>(
    target.container,
    ['/opt/airlock/bin/airlock-target', 'apply', '/tmp/airlock-plan.json'],
    budget,
  );
  return {
    ...value,
    validators: value.validators.map((v, k) => ({ ...compiled.validators[k], argv: v.argv, rc: v.rc, out: v.out })),
  };
}

/** Copies a file into a container without a mount: a one-entry tar through the API. */
async function putFile(container: Topology['target']['container'], dir: string, name: string, text: string): Promise<void> {
  const body = Buffer.from(text, 'utf8');
  const header = Buffer.alloc(512, 0);
  const field = (s: string, off: number, len: number) => header.write(s, off, len, 'ascii');
  field(name, 0, 100);
  field('0000644\0', 100, 8);
  field('0000000\0', 108, 8);
  field('0000000\0', 116, 8);
  field(body.length.toString(8).padStart(11, '0') + '\0', 124, 12);
  field(Math.floor(Date.now() / 1000).toString(8).padStart(11, '0') + '\0', 136, 12);
  field('        ', 148, 8);
  field('0', 156, 1);
  field('ustar\0', 257, 6);
  field('00', 263, 2);
  let sum = 0;
  for (const b of header) sum += b;
  field(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8);
  const pad = Buffer.alloc((512 - (body.length % 512)) % 512, 0);
  await container.putArchive(Buffer.concat([header, body, pad, Buffer.alloc(1024, 0)]), { path: dir });
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

export { exec };
