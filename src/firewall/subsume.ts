/**
 * Rule subsumption: does every packet rule B matches also match rule A? Then an
 * earlier A with a final verdict decides all of B's packets, and B never runs.
 * Only provable cases answer true; anything the model cannot compare answers false.
 */
import { contains, isAny } from './addr';
import type { Match, Rule } from './model';
import { normProto } from './evaluate';

function protosOf(rule: Rule): string[] | undefined {
  const p = rule.matches.find((m) => m.kind === 'proto' && !m.negate);
  if (p && p.kind === 'proto') return p.protos.map(normProto);
  // `tcp dport` in nft implies tcp.
  const port = rule.matches.find((m) => (m.kind === 'dport' || m.kind === 'sport') && m.proto && m.proto !== 'th');
  if (port && (port.kind === 'dport' || port.kind === 'sport')) return [normProto(port.proto!)];
  return undefined;
}

/** Does A's match `a` hold for every packet rule B matches? */
function covered(a: Match, b: Rule): boolean {
  if (a.kind === 'always') return !a.negate;
  if (a.negate) return b.matches.some((m) => m.kind === a.kind && m.negate && m.text === a.text);
  switch (a.kind) {
    case 'proto': {
      const ap = a.protos.map(normProto);
      if (ap.includes('all')) return true;
      const bp = protosOf(b);
      return !!bp && bp.every((p) => ap.includes(p));
    }
    case 'src':
    case 'dst': {
      if (a.set) return b.matches.some((m) => m.kind === a.kind && !m.negate && m.set === a.set);
      if (a.cidrs.some(isAny) && !a.family) return true;
      return b.matches.some(
        (m) => m.kind === a.kind && !m.negate && !m.set && (!a.family || m.family === a.family || m.cidrs.every((c) => c.family === a.family)) && m.cidrs.length > 0 && m.cidrs.every((c) => a.cidrs.some((x) => contains(x, c))),
      );
    }
    case 'dport':
    case 'sport': {
      if (a.set) return b.matches.some((m) => m.kind === a.kind && !m.negate && m.set === a.set);
      return b.matches.some((m) => m.kind === a.kind && !m.negate && !m.set && !!m.orig === !!a.orig && m.ports.length > 0 && m.ports.every((p) => a.ports.some((q) => q.lo <= p.lo && p.hi <= q.hi)));
    }
    case 'iif':
    case 'oif':
      return b.matches.some((m) => m.kind === a.kind && !m.negate && m.names.every((n) => a.names.includes(n)));
    case 'ct':
      return b.matches.some((m) => m.kind === 'ct' && !m.negate && m.states.every((s) => a.states.includes(s)));
    case 'nfproto':
      return b.matches.some((m) => (m.kind === 'nfproto' && m.family === a.family) || ((m.kind === 'src' || m.kind === 'dst') && m.family === a.family));
    case 'syn':
      return b.matches.some((m) => m.kind === 'syn' && !m.negate);
    default:
      return false;
  }
}

export function subsumes(a: Rule, b: Rule): boolean {
  return a.matches.every((m) => covered(m, b));
}

export function isFinal(r: Rule): boolean {
  return r.verdict.kind === 'accept' || r.verdict.kind === 'drop' || r.verdict.kind === 'reject';
}
