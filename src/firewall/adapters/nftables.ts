/**
 * nftables rulesets and `nft` command lines → model operations, read from the
 * syntax model (src/model/nftables.ts). A ruleset file is one atomic batch, as
 * `nft -f` loads it: one unknown keyword and nothing of it is applied.
 * Payload expressions carry their dependencies, as nft adds them: `ip saddr`
 * only matches IPv4 packets (also in an inet table), `tcp dport` only TCP.
 */
import type { Document } from '../../core/document';
import type { Located } from '../../plan/types';
import { nftModel, type NftChain, type NftCommand, type NftMatch, type NftRule, type NftSet, type NftValue } from '../../model/nftables';
import { KNOWN_SERVICES } from '../../model/ufw';
import { parseAddrRange, parseCidr, type Cidr } from '../addr';
import { mk, type AddrFamily, type CtState, type Hook, type Match, type PortRange, type TableFamily, type Verdict } from '../model';
import type { Adapted, NftOp, Problem, RuleSpec } from '../ops';
import { textOf } from './text';

const HOOKS = new Set<Hook>(['prerouting', 'input', 'forward', 'output', 'postrouting']);
const L4 = new Set(['tcp', 'udp', 'sctp', 'dccp', 'udplite']);

function flatten(v: NftValue | undefined): NftValue[] {
  if (!v) return [];
  switch (v.kind) {
    case 'list':
      return v.items.flatMap(flatten);
    case 'set':
      return v.elements.flatMap((e) => flatten(e.key));
    case 'variable':
      return v.resolved ? flatten(v.resolved) : [v];
    default:
      return [v];
  }
}

function scalar(v: NftValue): string | undefined {
  if (v.kind === 'literal') return v.value;
  if (v.kind === 'prefix') return `${v.address}/${v.length}`;
  if (v.kind === 'range') return `${v.from}-${v.to}`;
  return undefined;
}

function toCidrs(values: NftValue[]): Cidr[] | undefined {
  const out: Cidr[] = [];
  for (const v of values) {
    const s = scalar(v);
    const c = s ? (v.kind === 'range' ? parseAddrRange(s) : parseCidr(s)) : undefined;
    if (!c) return undefined;
    out.push(c);
  }
  return out;
}

function portNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  const svc = KNOWN_SERVICES.get(s.toLowerCase());
  return svc ? Number(svc) : undefined;
}

function toPorts(values: NftValue[]): PortRange[] | undefined {
  const out: PortRange[] = [];
  for (const v of values) {
    if (v.kind === 'range') {
      const lo = portNumber(v.from);
      const hi = portNumber(v.to);
      if (lo === undefined || hi === undefined) return undefined;
      out.push({ lo, hi });
      continue;
    }
    const s = scalar(v);
    const n = s !== undefined ? portNumber(s) : undefined;
    if (n === undefined) return undefined;
    out.push({ lo: n, hi: n });
  }
  return out;
}

const PROTO_NAMES: Record<string, string> = { icmpv6: 'ipv6-icmp', 'ipv6-icmp': 'ipv6-icmp', '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'ipv6-icmp' };

function convertMatch(m: NftMatch, problems: Problem[]): Match[] {
  const negate = m.op === '!=';
  const text = textOf(m);
  const base = { negate, text };
  const out: Match[] = [];
  const [head, field] = m.left;
  // Implicit dependencies of payload expressions.
  if (head === 'ip') out.push(mk({ kind: 'nfproto', family: 'ip', text: 'ip' }));
  if (head === 'ip6') out.push(mk({ kind: 'nfproto', family: 'ip6', text: 'ip6' }));
  if (L4.has(head) || head === 'icmp' || head === 'icmpv6') out.push(mk({ kind: 'proto', protos: [PROTO_NAMES[head] ?? head], text: head }));
  if (m.op !== '==' && m.op !== '!=') return [...out, mk({ kind: 'unknown', ...base })];
  const values = flatten(m.right);
  const setRef = m.right?.kind === 'setref' ? m.right.name : undefined;
  switch (m.selector) {
    case 'ip saddr':
    case 'ip daddr':
    case 'ip6 saddr':
    case 'ip6 daddr': {
      const kind = field === 'saddr' ? 'src' : 'dst';
      const family: AddrFamily = head === 'ip' ? 'ip' : 'ip6';
      if (setRef) return [...out, mk({ kind, cidrs: [], set: setRef, family, ...base })];
      const cidrs = toCidrs(values);
      return [...out, cidrs ? mk({ kind, cidrs, family, ...base }) : mk({ kind: 'unknown', ...base })];
    }
    case 'tcp dport':
    case 'tcp sport':
    case 'udp dport':
    case 'udp sport':
    case 'sctp dport':
    case 'sctp sport':
    case 'th dport':
    case 'th sport': {
      const kind = field === 'dport' ? 'dport' : 'sport';
      if (setRef) return [...out, mk({ kind, ports: [], set: setRef, proto: head, ...base })];
      const ports = toPorts(values);
      return [...out, ports ? mk({ kind, ports, proto: head, ...base }) : mk({ kind: 'unknown', ...base })];
    }
    case 'meta l4proto':
    case 'ip protocol':
    case 'ip6 nexthdr': {
      const protos = values.map((v) => scalar(v)?.toLowerCase() ?? '?').map((p) => PROTO_NAMES[p] ?? p);
      return [...out, mk({ kind: 'proto', protos, ...base })];
    }
    case 'ct state': {
      const states = values.map((v) => scalar(v)?.toLowerCase() as CtState);
      return [...out, mk({ kind: 'ct', states, ...base })];
    }
    case 'meta iif':
    case 'meta iifname':
    case 'meta oif':
    case 'meta oifname': {
      const names = values.map((v) => scalar(v) ?? v.text.replace(/^"|"$/g, ''));
      const key = m.selector.split(' ').pop();
      return [...out, mk({ kind: key === 'iif' || key === 'iifname' ? 'iif' : 'oif', names, ...base })];
    }
    case 'meta nfproto': {
      const v = scalar(values[0] ?? ({} as NftValue))?.toLowerCase();
      if (v === 'ipv4' || v === 'ipv6') return [...out, mk({ kind: 'nfproto', family: v === 'ipv4' ? 'ip' : 'ip6', ...base })];
      return [...out, mk({ kind: 'unknown', ...base })];
    }
    case 'tcp flags': {
      const v = values.map((x) => scalar(x)).join(',');
      if (v === 'syn' && (!m.mask || /syn/.test(m.mask))) return [...out, mk({ kind: 'syn', ...base })];
      return [...out, mk({ kind: 'unknown', ...base })];
    }
    case 'dport':
    case 'sport':
      problems.push({ kind: 'port-without-proto', message: `nft has no bare '${m.selector}': name the protocol, e.g. \`tcp ${m.selector} ${m.right?.text ?? ''}\` (or \`meta l4proto { tcp, udp } th ${m.selector} …\`)`, origin: m, suggestion: `tcp ${textOf(m)}` });
      return out;
    default:
      return [...out, mk({ kind: 'unknown', ...base })];
  }
}

function convertVerdict(r: NftRule): Verdict {
  const v = r.verdict;
  if (!v) {
    // NAT statements end the traversal of a nat chain; they never drop.
    const nat = r.statements.some((s) => s.kind === 'statement' && /^(dnat|snat|masquerade|redirect)$/.test(s.name));
    return nat ? { kind: 'accept' } : { kind: 'continue' };
  }
  switch (v.verdict) {
    case 'accept':
    case 'drop':
    case 'reject':
    case 'return':
      return { kind: v.verdict };
    case 'queue':
      return { kind: 'accept' };
    case 'continue':
      return { kind: 'continue' };
    case 'jump':
    case 'goto':
      return v.chain ? { kind: v.verdict, target: v.chain } : { kind: 'continue' };
  }
}

/** One rule as written may be several model rules: a verdict map is a rule per element. */
function convertRule(r: NftRule, problems: Problem[]): RuleSpec[] {
  const origin: Located = r;
  for (const u of r.unknown) {
    // A bare dport is reported as a missing protocol, not as an unknown word.
    if (u.role === 'statement' && (u.word === 'dport' || u.word === 'sport')) continue;
    problems.push({
      kind: 'unknown-option',
      message: `nft does not know '${u.word}'${u.head ? ` after '${u.head}'` : ''}${u.suggestion ? `; did you mean '${u.suggestion}'?` : ''} — \`nft -f\` rejects the whole file`,
      origin: u,
      suggestion: u.suggestion,
    });
  }
  const matches: Match[] = [];
  let vmap: RuleSpec[] | undefined;
  for (const s of r.statements) {
    switch (s.kind) {
      case 'match':
        matches.push(...convertMatch(s, problems));
        break;
      case 'unknown':
        if (s.word === 'dport' || s.word === 'sport') {
          problems.push({ kind: 'port-without-proto', message: `nft has no bare '${s.word}': name the protocol, e.g. \`tcp ${s.raw}\` (or \`meta l4proto { tcp, udp } th ${s.raw}\`)`, origin: s, suggestion: `tcp ${s.raw}` });
        }
        matches.push(mk({ kind: 'unknown', text: s.raw }));
        break;
      case 'statement':
        // A first connection is under every rate: `limit rate over` never matches it, `limit rate` always does.
        if (s.name === 'limit') matches.push(mk({ kind: /\bover\b/.test(s.raw) ? 'never' : 'always', text: s.raw }));
        // The same limit inside a meter or a set update from the packet path (nftables wiki "Meters",
        // "Updating sets from the packet path"): only a source over the rate matches, and a first
        // connection is not; nor is it over a per-source `ct count over N`.
        else if (/^(meter|add|update|flow)$/.test(s.name) && /\blimit\s+rate\s+over\b|\bct\s+count\s+over\b/.test(s.raw)) matches.push(mk({ kind: 'never', text: s.raw }));
        break;
      case 'vmap': {
        if (s.map.kind !== 'set') {
          matches.push(mk({ kind: 'unknown', text: textOf(s) }));
          break;
        }
        vmap = s.map.elements.map((e) => {
          const fake = { ...s, kind: 'match', op: '==', explicitOp: false, right: e.key } as unknown as NftMatch;
          const verdict: Verdict = e.verdict === 'jump' || e.verdict === 'goto' ? { kind: e.verdict, target: e.chain ?? '' } : e.verdict === 'accept' || e.verdict === 'drop' || e.verdict === 'reject' || e.verdict === 'return' ? { kind: e.verdict } : { kind: 'continue' };
          return { matches: [...matches, ...convertMatch(fake, problems)], verdict, text: r.text, origin };
        });
        break;
      }
      default:
        break;
    }
  }
  if (vmap) return vmap;
  return [{ matches, verdict: convertVerdict(r), text: r.text, origin }];
}

function setOp(family: TableFamily, table: string, s: NftSet, origin: Located): NftOp {
  const values = s.elements.flatMap((e) => flatten(e.key));
  const isAddr = /addr/.test(s.type ?? s.typeof ?? '');
  return {
    kind: 'nft', action: 'add-set', family, table, origin,
    set: { name: s.name, type: s.type ?? s.typeof ?? '' },
    elements: isAddr ? { cidrs: toCidrs(values) ?? [], ports: [] } : { cidrs: [], ports: toPorts(values) ?? [] },
  };
}

function chainOps(family: TableFamily, table: string, c: NftChain, problems: Problem[], withRules: boolean, withChain: boolean): NftOp[] {
  const ops: NftOp[] = [];
  const origin: Located = c;
  if (withChain) {
    const hook = c.hook as Hook | undefined;
    const filtering = c.type === undefined || c.type === 'filter' || c.type === 'route';
    const base = hook && HOOKS.has(hook) && filtering && c.type ? { hook, priority: c.priorityValue ?? 0, policy: c.policy === 'drop' ? ('drop' as const) : c.policy === 'accept' ? ('accept' as const) : undefined } : undefined;
    ops.push({ kind: 'nft', action: 'add-chain', family, table, chain: c.name, base, origin: c.policyAt ?? c.specAt ?? origin });
  }
  if (withRules) {
    for (const r of c.rules) for (const spec of convertRule(r, problems)) ops.push({ kind: 'nft', action: 'add-rule', family, table, chain: c.name, rule: spec, origin: r });
  }
  return ops;
}

function commandOps(cmd: NftCommand, problems: Problem[]): NftOp[] {
  const family = cmd.family as TableFamily;
  if (!['ip', 'ip6', 'inet'].includes(cmd.family)) return [];
  const table = cmd.table ?? '';
  const origin: Located = cmd;
  const op = (action: NftOp['action'], extra: Partial<NftOp> = {}): NftOp => ({ kind: 'nft', action, family, table, origin, ...extra });
  if (cmd.fragment) return [];
  switch (cmd.object) {
    case 'ruleset':
      return cmd.verb === 'flush' ? [{ kind: 'nft', action: 'flush-ruleset', family: 'inet', table: '', origin }] : [];
    case 'table': {
      if (cmd.verb === 'flush') return [op('flush-table')];
      if (cmd.verb === 'delete' || cmd.verb === 'destroy') return [op('delete-table', { ifExists: cmd.verb === 'destroy' })];
      if (cmd.verb !== 'add' && cmd.verb !== 'create') return [];
      const ops = [op('add-table', { create: cmd.verb === 'create' })];
      const body = cmd.tableBody;
      if (body) {
        for (const s of [...body.sets, ...body.maps]) ops.push(setOp(family, table, s, s));
        // Chains first, rules after: a rule may jump to a chain declared further down the block.
        for (const c of body.chains) ops.push(...chainOps(family, table, c, problems, false, true));
        for (const c of body.chains) ops.push(...chainOps(family, table, c, problems, true, false));
      }
      return ops;
    }
    case 'chain': {
      if (cmd.verb === 'flush') return [op('flush-chain', { chain: cmd.chain })];
      if (cmd.verb === 'delete' || cmd.verb === 'destroy') return [op('delete-chain', { chain: cmd.chain, ifExists: cmd.verb === 'destroy' })];
      if (cmd.verb !== 'add' && cmd.verb !== 'create') return [];
      if (cmd.chainBody) return chainOps(family, table, { ...cmd.chainBody, name: cmd.chain ?? cmd.chainBody.name }, problems, true, true).map((o, i) => (i === 0 ? { ...o, origin: cmd.chainBody!.policyAt ?? origin } : o));
      return [op('add-chain', { chain: cmd.chain })];
    }
    case 'rule': {
      const r = cmd.rule;
      if (cmd.verb === 'delete' || cmd.verb === 'destroy') return [op('delete-rule', { chain: cmd.chain, handle: cmd.handle ?? r?.handle, ifExists: cmd.verb === 'destroy' })];
      if (!r || (cmd.verb !== 'add' && cmd.verb !== 'insert' && cmd.verb !== 'create')) return [];
      const specs = convertRule(r, problems);
      const action = cmd.verb === 'insert' ? 'insert-rule' : 'add-rule';
      const ordered = action === 'insert-rule' ? [...specs].reverse() : specs;
      return ordered.map((rule) => op(action, { chain: cmd.chain, rule, handle: r.position ?? r.handle, index: r.index }));
    }
    case 'set':
    case 'map':
      if (cmd.verb === 'flush') return [op('flush-set', { set: { name: cmd.name ?? '', type: '' } })];
      if ((cmd.verb === 'add' || cmd.verb === 'create') && cmd.setBody) return [setOp(family, table, cmd.setBody, origin)];
      return [];
    case 'element': {
      const values = (cmd.elements ?? []).flatMap((e) => flatten(e.key));
      const cidrs = toCidrs(values);
      const elements = cidrs ? { cidrs, ports: [] } : { cidrs: [], ports: toPorts(values) ?? [] };
      if (cmd.verb === 'add' || cmd.verb === 'create') return [op('add-element', { set: { name: cmd.name ?? '', type: '' }, elements })];
      if (cmd.verb === 'delete' || cmd.verb === 'destroy') return [op('delete-element', { set: { name: cmd.name ?? '', type: '' }, elements, ifExists: cmd.verb === 'destroy' })];
      return [];
    }
    default:
      return [];
  }
}

/** `nft add rule …` lines: each line is its own transaction. */
export function adaptNft(doc: Document): Adapted {
  const problems: Problem[] = [];
  const ops: Adapted['ops'] = [];
  for (const cmd of nftModel(doc).commands) {
    if (cmd.invocation?.check) continue;
    const local: Problem[] = [];
    const cmdOps = commandOps(cmd, local);
    problems.push(...local);
    if (local.length === 0 && cmdOps.length) ops.push({ kind: 'nft-batch', ops: cmdOps, origin: cmd });
  }
  return { ops, problems };
}

/** A ruleset file (`nft -f`, /etc/nftables.conf): one atomic transaction. */
export function adaptNftFile(doc: Document): Adapted {
  const model = nftModel(doc);
  // A block of `nft add …` lines is a sequence of transactions, not one file.
  if (model.invocations.length > 0) return adaptNft(doc);
  const problems: Problem[] = [];
  const ops = model.commands.flatMap((c) => commandOps(c, problems));
  if (problems.length || ops.length === 0) return { ops: [], problems };
  return { ops: [{ kind: 'nft-batch', ops, origin: { doc, span: model.commands[0].span } }], problems };
}
