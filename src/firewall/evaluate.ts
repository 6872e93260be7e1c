/**
 * The evaluator: one packet class in, the verdict and the rule (or policy) that
 * decided it out. A match the model cannot decide (an unknown extension, an
 * interface name, a source range only partly inside the packet's) forks the
 * evaluation: both outcomes are followed and each carries the assumptions it
 * made, so callers can tell "dropped" from "dropped unless 10.0.0.0/8 is you".
 *
 * The result is plain data: a differential test can compare `verdictOf()` with
 * what a sandbox probe measured for the same packet class.
 */
import { contains, overlaps, isAny, LOOPBACK, type Cidr } from './addr';
import type { Assumption, Chain, Decision, Evaluation, FirewallState, Match, Outcome, PacketClass, PortRange, Rule, Table } from './model';
import { baseChainsFor } from './state';

type Tri = 'yes' | 'no' | 'maybe';

interface Branch {
  end: 'accept' | 'drop' | 'reject' | 'return' | 'fallthrough';
  decision?: Decision;
  assumptions: Assumption[];
}

const MAX_BRANCHES = 256;
const MAX_DEPTH = 32;

export function evaluate(state: FirewallState, packet: PacketClass): Evaluation {
  const hook = packet.hook ?? 'input';
  let paths: Array<{ assumptions: Assumption[]; trail: Decision[] }> = [{ assumptions: [], trail: [] }];
  const outcomes: Outcome[] = [];
  for (const { table, chain } of baseChainsFor(state, packet.family, hook)) {
    const next: typeof paths = [];
    for (const path of paths) {
      for (const b of runChain(state, table, chain, packet, path.assumptions, 0)) {
        const decision: Decision =
          b.end === 'return' || b.end === 'fallthrough'
            ? { kind: 'policy', table, chain: chain.name, policy: chain.base!.policy, origin: chain.base!.policyOrigin, step: chain.base!.policyStep }
            : b.decision!;
        const verdict = b.end === 'return' || b.end === 'fallthrough' ? chain.base!.policy : b.end;
        const trail = [...path.trail, decision];
        if (verdict === 'accept') next.push({ assumptions: b.assumptions, trail });
        else outcomes.push({ verdict, decidedBy: decision, trail, assumptions: b.assumptions });
      }
    }
    paths = next.slice(0, MAX_BRANCHES);
  }
  for (const path of paths) {
    const decidedBy =
      [...path.trail].reverse().find((d) => d.kind === 'rule') ??
      path.trail[path.trail.length - 1] ??
      // No base chain at all on this hook: the kernel accepts.
      ({ kind: 'policy', table: { backend: 'iptables', family: packet.family, name: 'filter', chains: new Map(), sets: new Map() }, chain: 'INPUT', policy: 'accept' } as Decision);
    outcomes.push({ verdict: 'accept', decidedBy, trail: path.trail, assumptions: path.assumptions });
  }
  const verdicts = new Set(outcomes.map((o) => o.verdict));
  const verdict = verdicts.size === 1 ? [...verdicts][0] : 'mixed';
  return { packet, outcomes, verdict };
}

/** One word per packet class, the shape a sandbox probe reports: accepted, or not. */
export function verdictOf(e: Evaluation): 'accept' | 'drop' | 'reject' | 'mixed' {
  return e.verdict;
}

function runChain(state: FirewallState, table: Table, chain: Chain, packet: PacketClass, assumptions: Assumption[], depth: number): Branch[] {
  const out: Branch[] = [];
  const from = (i: number, as: Assumption[]): void => {
    for (let r = i; r < chain.rules.length; r++) {
      if (out.length >= MAX_BRANCHES) return;
      const rule = chain.rules[r];
      const m = matchRule(rule, packet, table, as);
      if (m.result === 'no') continue;
      if (m.result === 'maybe') {
        // The branch where the rule does not match continues here; the matching branch forks off.
        fire(rule, r, [...as, ...m.assumed.map((a) => ({ ...a, holds: true }))]);
        as = [...as, ...m.assumed.map((a) => ({ ...a, holds: false }))];
        continue;
      }
      fire(rule, r, [...as, ...m.assumed]);
      return;
    }
    out.push({ end: 'fallthrough', assumptions: as });
  };
  const fire = (rule: Rule, r: number, as: Assumption[]): void => {
    const decision: Decision = { kind: 'rule', rule, table, chain: chain.name };
    const v = rule.verdict;
    switch (v.kind) {
      case 'accept':
      case 'drop':
      case 'reject':
        out.push({ end: v.kind, decision, assumptions: as });
        return;
      case 'return':
        out.push({ end: 'return', decision, assumptions: as });
        return;
      case 'continue':
        from(r + 1, as);
        return;
      case 'jump':
      case 'goto': {
        const target = table.chains.get(v.target);
        if (!target || depth >= MAX_DEPTH) {
          from(r + 1, as);
          return;
        }
        for (const b of runChain(state, table, target, packet, as, depth + 1)) {
          if (b.end === 'return' || b.end === 'fallthrough') {
            if (v.kind === 'jump') from(r + 1, b.assumptions);
            else out.push({ end: 'return', assumptions: b.assumptions });
          } else out.push(b);
        }
        return;
      }
    }
  };
  from(0, assumptions);
  return out;
}

interface RuleMatch {
  result: Tri;
  assumed: Assumption[];
}

function matchRule(rule: Rule, packet: PacketClass, table: Table, prior: Assumption[]): RuleMatch {
  const assumed: Assumption[] = [];
  for (const m of rule.matches) {
    const t = matchOne(m, packet, table, prior, rule);
    if (t.result === 'no') return { result: 'no', assumed: [] };
    if (t.result === 'maybe') assumed.push({ reason: t.reason!, holds: true, match: m, rule });
  }
  return { result: assumed.length ? 'maybe' : 'yes', assumed };
}

function negate(t: Tri, neg: boolean): Tri {
  if (!neg || t === 'maybe') return t;
  return t === 'yes' ? 'no' : 'yes';
}

const PROTO_ALIASES: Record<string, string> = {
  '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'ipv6-icmp', icmpv6: 'ipv6-icmp', icmp6: 'ipv6-icmp', 'ipv6-icmp': 'ipv6-icmp',
};

export function normProto(p: string): string {
  const l = p.toLowerCase();
  return PROTO_ALIASES[l] ?? l;
}

function inPorts(port: number, ranges: PortRange[]): boolean {
  return ranges.some((r) => r.lo <= port && port <= r.hi);
}

function ifaceMatches(pattern: string, name: string): boolean {
  return pattern.endsWith('+') || pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : pattern === name;
}

function addrTri(packetAddr: Cidr, cidrs: Cidr[]): Tri {
  const fam = cidrs.filter((c) => c.family === packetAddr.family);
  if (fam.some((c) => contains(c, packetAddr))) return 'yes';
  if (fam.some((c) => overlaps(c, packetAddr))) return 'maybe';
  return 'no';
}

function matchOne(m: Match, p: PacketClass, table: Table, prior: Assumption[], rule: Rule): { result: Tri; reason?: Assumption['reason'] } {
  // An earlier fork already decided this very match (same text) for this path.
  const settled = prior.find((a) => a.match.text === m.text && a.match.kind === m.kind);
  switch (m.kind) {
    case 'always':
      return { result: negate('yes', m.negate) };
    case 'never':
      return { result: negate('no', m.negate) };
    case 'nfproto':
      return { result: negate(m.family === p.family ? 'yes' : 'no', m.negate) };
    case 'proto': {
      const protos = m.protos.map(normProto);
      const hit = protos.includes('all') || protos.includes('0') || protos.includes(normProto(p.proto));
      return { result: negate(hit ? 'yes' : 'no', m.negate) };
    }
    case 'src':
    case 'dst': {
      // `ip saddr` never matches an IPv6 packet, negated or not: the expression implies the family.
      if (m.family && m.family !== p.family) return { result: 'no' };
      let cidrs = m.cidrs;
      if (m.set) {
        const set = table.sets.get(m.set);
        if (!set) return { result: 'maybe', reason: 'set' };
        cidrs = set.cidrs;
      }
      const addr = m.kind === 'src' ? p.src : p.dst;
      let t: Tri;
      if (!addr) {
        // The server's own address: not loopback (unless on lo), otherwise not known.
        const allLoop = cidrs.length > 0 && cidrs.every((c) => contains(LOOPBACK[c.family], c));
        t = allLoop && p.iif !== 'lo' ? 'no' : cidrs.some((c) => c.family === p.family && isAny(c)) ? 'yes' : 'maybe';
      } else t = addrTri(addr, cidrs);
      if (t === 'maybe' && settled) return { result: settled.holds ? 'yes' : 'no' };
      if (t === 'maybe') {
        // Consistency with an earlier fork on a wider or narrower range of the same kind.
        for (const a of prior) {
          if (a.match.kind !== m.kind || a.reason !== 'src') continue;
          const ac = (a.match as Extract<Match, { kind: 'src' | 'dst' }>).cidrs;
          if (a.holds && !a.match.negate && ac.every((c) => cidrs.some((d) => contains(d, c)))) t = 'yes';
        }
      }
      const r = negate(t, m.negate);
      return r === 'maybe' ? { result: r, reason: addr ? 'src' : 'dst' } : { result: r };
    }
    case 'dport':
    case 'sport': {
      if (m.proto && normProto(m.proto) !== 'th' && normProto(m.proto) !== normProto(p.proto)) return { result: 'no' };
      if (p.proto !== 'tcp' && p.proto !== 'udp') return { result: 'no' };
      const port = m.kind === 'dport' ? (m.orig ? p.origDport ?? p.dport : p.dport) : p.sport;
      let ports = m.ports;
      if (m.set) {
        const set = table.sets.get(m.set);
        if (!set) return { result: 'maybe', reason: 'set' };
        ports = set.ports;
      }
      if (port === undefined) return settled ? { result: settled.holds ? 'yes' : 'no' } : { result: 'maybe', reason: 'unknown' };
      return { result: negate(inPorts(port, ports) ? 'yes' : 'no', m.negate) };
    }
    case 'iif':
    case 'oif': {
      const name = m.kind === 'iif' ? p.iif : undefined;
      let t: Tri;
      if (name !== undefined) t = m.names.some((n) => ifaceMatches(n, name)) ? 'yes' : 'no';
      else if (m.kind === 'iif' && m.names.every((n) => n === 'lo')) t = 'no';
      else t = 'maybe';
      if (t === 'maybe' && settled) return { result: settled.holds ? 'yes' : 'no' };
      const r = negate(t, m.negate);
      return r === 'maybe' ? { result: r, reason: 'iface' } : { result: r };
    }
    case 'ct': {
      const state = p.ct === 'new' ? 'new' : 'established';
      return { result: negate(m.states.includes(state) ? 'yes' : 'no', m.negate) };
    }
    case 'syn':
      if (p.proto !== 'tcp') return { result: 'no' };
      return { result: negate(p.ct === 'new' ? 'yes' : 'no', m.negate) };
    case 'unknown':
      if (settled) return { result: settled.holds ? 'yes' : 'no' };
      void rule;
      return { result: 'maybe', reason: 'unknown' };
  }
}

/**
 * One chain run as a jump to it would run: 'pass' when the packet returns or
 * falls off its end (the caller's chain goes on), 'mixed' when branches disagree.
 */
export function evaluateChain(state: FirewallState, table: Table, chain: Chain, packet: PacketClass): 'accept' | 'drop' | 'reject' | 'pass' | 'mixed' {
  const ends = new Set(runChain(state, table, chain, packet, [], 0).map((b) => (b.end === 'return' || b.end === 'fallthrough' ? 'pass' : b.end)));
  return ends.size === 1 ? [...ends][0] : 'mixed';
}
