/**
 * The model's side of the differential test against the kernel (issue 4, item 6):
 * for the probes the sandbox sends (a TCP connect from a vantage address to a
 * port of the target), what the model predicts — reachable or filtered — after
 * the whole plan or after any step. The sandbox reports the same shape, so a
 * test compares the two lists and fails on a disagreement.
 */
import type { Plan } from '../plan/types';
import { parseCidr } from './addr';
import { describeDecision } from './analysis';
import { evaluate } from './evaluate';
import type { AddrFamily } from './model';
import { replayPlan } from './replay';

export interface Probe {
  family: AddrFamily;
  proto: 'tcp' | 'udp';
  /** The vantage address, e.g. '192.168.1.20' or 'fd00:1::20'. */
  src: string;
  dport: number;
  /** 'lo' for a probe from the target itself. */
  iif?: string;
  ct?: 'new' | 'established';
}

export interface Prediction {
  probe: Probe;
  /** accept = the SYN reaches the socket; drop = silence; reject = RST / ICMP error; mixed = the model cannot tell. */
  verdict: 'accept' | 'drop' | 'reject' | 'mixed';
  /** "the rule on line 5 (…)", "policy DROP of INPUT, set on line 3". */
  decidedBy: string;
}

export function predict(plan: Plan, probes: Probe[], afterStep?: number): Prediction[] {
  const replay = replayPlan(plan);
  let state = replay.final;
  if (afterStep !== undefined) {
    const last = [...replay.snapshots].reverse().find((s) => (s.step?.index ?? -1) <= afterStep);
    state = last ? last.state : replay.start;
  }
  return probes.map((probe) => {
    const src = parseCidr(probe.src);
    if (!src) throw new Error(`not an address: ${probe.src}`);
    const e = evaluate(state, { family: probe.family, proto: probe.proto, src, dport: probe.dport, sport: 40000, iif: probe.iif, ct: probe.ct ?? 'new' });
    return { probe, verdict: e.verdict, decidedBy: e.outcomes.length ? describeDecision(e.outcomes[0].decidedBy) : 'no base chain' };
  });
}
