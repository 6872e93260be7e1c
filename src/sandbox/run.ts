import type { Finding } from '../core/findings';
import type { Document } from '../core/document';
import type { Plan } from '../plan/types';
import type { Intent } from '../policy/types';
import { contains, type AddressPlan, type VantagePlan } from './addresses';
import type { Compiled } from './compile';
import { buildJobs, fillInferred, held, jobId, listenerPorts, matrixDiff, toRows, type Vantage } from './matrix';
import type { Topology } from './topology';
import type { Listener, ProbeMatrix, SandboxResult, StepLog } from './types';
import { validatorFindings, type ValidatorRun } from './validators';
import { exposureFindings, lockoutFindings, standinFor, stepFailures } from './verdict';

export interface SandboxInput {
  plan: Plan;
  docs: Document[];
  intent: Intent;
}

/** How one answer is run; the defaults are what `check --sandbox` does. */
export interface RunOptions {
  /** Ports probed on every vantage beyond the ones the answer, the intent and the listeners name. */
  ports?: number[];
  /** false: no matrix before the change and no held session (only the end state is wanted). */
  before?: boolean;
  /** A bare dual-stack listener on each of these ports, so a probe tells accept (open), reject (refused) and drop (filtered) apart. */
  listen?: number[];
  /** false: no stand-ins for the intent's services (bare listeners only). */
  standins?: boolean;
  /** One address plan for many answers, so a bulk run keeps its topology. */
  addresses?: AddressPlan;
}

export type Timed = <T>(phase: StepLog['phase'], what: string, f: () => Promise<T>) => Promise<T>;

export interface RunContext {
  log: StepLog[];
  timed: Timed;
  say: (m: string) => void;
  opts: RunOptions;
  /** The target was reset after an answer with the same baseline: its services already run. */
  baselineRunning: boolean;
  /** The prober already holds this address plan's extra addresses. */
  proberNetDone: boolean;
}

const PROBE_TIMEOUT_S = 0.35;
const MAX_PORTS = 16;

/** What the server runs before the answer: sshd, the intent's services (stand-ins), the daemons the answer configures. */
export function baselineSpec(
  intent: Intent,
  compiled: Compiled,
  opts: RunOptions,
): { units: string[]; standins: Array<{ name: string; args: string[] }>; listen: number[]; expect: number[] } {
  const units = ['ssh'];
  const standins: Array<{ name: string; args: string[] }> = [];
  const expect = [...intent.ssh.ports];
  if (opts.standins !== false) {
    for (const svc of intent.services) {
      const s = standinFor(svc);
      if (s.unit) units.push(s.unit);
      else standins.push({ name: s.name, args: s.args });
      if (svc.proto === 'tcp') expect.push(svc.port);
    }
  }
  units.push(...compiled.daemons);
  // The probes start once these listen.
  return { units: [...new Set(units)], standins, listen: opts.listen ?? [], expect: uniq([...expect, ...(opts.listen ?? [])]) };
}

export async function runIn(topo: Topology, addr: AddressPlan, input: SandboxInput, compiled: Compiled, ctx: RunContext): Promise<SandboxResult> {
  const { plan, docs, intent } = input;
  const { log, timed, say, opts } = ctx;
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
  const spec = baselineSpec(intent, compiled, opts);
  const [baseline] = await timed('baseline', ctx.baselineRunning ? 'already running (reset target)' : 'addresses, sshd, stand-ins, daemons', () =>
    Promise.all([
      ctx.baselineRunning
        ? target.agent.call<Listener[]>('target.listeners', {}, 15_000).then((listeners) => ({ notes: [] as string[], listeners }))
        : target.agent.call<{ notes: string[]; listeners: Listener[] }>('target.baseline', spec, 30_000),
      ctx.proberNetDone ? undefined : prober.agent.call('target.net', proberNet, 15_000),
    ]),
  );
  for (const n of baseline.notes) log.push({ phase: 'baseline', what: n, ms: 0 });

  const sshPorts = intent.ssh.ports;
  const extra = opts.ports ?? [];
  const basePorts = uniq([...sshPorts, ...intent.services.map((s) => s.port), ...extra, ...listenerPorts(baseline.listeners)]).slice(0, Math.max(MAX_PORTS, extra.length + sshPorts.length));
  const admins = remote.filter((v) => v.role === 'admin');
  const holds = new Map<string, { vantage: string; port: number }>();
  // IPv4 only: a fresh container tracks no IPv6 connections until a rule loads conntrack, so an IPv6 hold would lie.
  if (opts.before !== false) for (const a of admins.filter((v) => v.family === 4)) for (const p of sshPorts) holds.set(`hold|${jobId(a, p)}`, { vantage: `${a.name} (${a.addr})`, port: p });

  const probe = async (phase: 'before' | 'after', ports: number[], release: boolean): Promise<ProbeMatrix & { raw: Record<string, unknown> }> => {
    const remoteJobs = buildJobs(remote, targetAddr, ports, sshPorts, compiled.creds ?? null, compiled.clientCert);
    if (phase === 'before') for (const [id] of holds) {
      const [, name, src, port] = id.split('|');
      const v = remote.find((x) => x.name === name && x.addr === src)!;
      remoteJobs.push({ id, src, dst: targetAddr(v), port: Number(port), hold: true });
    }
    const localJobs = buildJobs(local, targetAddr, ports, sshPorts, compiled.creds ?? null, compiled.clientCert);
    const spec = (jobs: unknown[], rel: boolean) => ({ jobs, timeout: PROBE_TIMEOUT_S, ...(rel && holds.size ? { release: holds.size, releaseWait: 1.5 } : {}) });
    const [r, l] = await timed('probe', `${phase}: ${remoteJobs.length + localJobs.length} probes`, () =>
      Promise.all([
        prober.agent.call<Record<string, never>>('probe.probe', spec(remoteJobs, release), 30_000),
        target.agent.call<Record<string, never>>('probe.probe', spec(localJobs, false), 30_000),
      ]),
    );
    const raw = { ...r, ...l } as Record<string, never>;
    return {
      rows: toRows(vantages, targetAddr, ports, raw),
      listeners: [],
      ...(release ? { held: held((raw as Record<string, unknown>).__held as Record<string, { state: string }>, holds) } : {}),
      raw,
    };
  };

  let before: Awaited<ReturnType<typeof probe>>;
  if (opts.before === false) before = { rows: [], listeners: baseline.listeners, raw: {} };
  else {
    say('probing before the change');
    before = await probe('before', basePorts, false);
    before.listeners = baseline.listeners;
  }

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
  const afterPorts = uniq([...basePorts, ...listenerPorts(applied.listeners)]).slice(0, Math.max(MAX_PORTS, basePorts.length));
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
  const spec = { steps: compiled.steps, validators: compiled.validators.map(({ kind, file }) => ({ kind, ...(file ? { file } : {}) })) };
  const budget = compiled.steps.reduce((n, s) => n + (s.kind === 'command' ? s.timeout : 1), 0) * 1000 + 30_000;
  const value = await target.agent.call<Omit<Applied, 'validators'> & { validators: Array<{ kind: string; file?: string; argv?: string[]; rc: number | null; out: string }> }>(
    'target.apply',
    spec,
    budget,
  );
  return {
    ...value,
    validators: value.validators.map((v, k) => ({ ...compiled.validators[k], argv: v.argv, rc: v.rc, out: v.out })),
  };
}


function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
