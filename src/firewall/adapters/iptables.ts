/**
 * iptables command lines and iptables-save files → model operations. Reads the
 * typed syntax model (src/model/iptables.ts); a command iptables itself would
 * reject (unknown option, --dport without -p) becomes a Problem and no operation,
 * because on the server it changes nothing.
 */
import type { Document } from '../../core/document';
import { findMatch, findTarget, suggestMatch, suggestOption, suggestTarget } from '../../knowledge/iptables-extensions';
import { iptablesModel, type IptCommand, type IptOption } from '../../model/iptables';
import { parseCidr } from '../addr';
import { mk, type AddrFamily, type CtState, type Match, type PortRange, type Verdict } from '../model';
import type { Adapted, IptOp, Problem, RestoreTable } from '../ops';
import { textOf } from './text';

const PORT_OPTIONS = new Set(['--dport', '--sport', '--dports', '--sports', '--ports', '--destination-port', '--source-port', '--destination-ports', '--source-ports']);
const PORT_PROTOCOLS = new Set(['tcp', 'udp', 'udplite', 'sctp', 'dccp', '6', '17']);

/** Options that steer the command, not the rule. */
const COMMAND_OPTIONS = new Set(['--wait', '--wait-interval', '--verbose', '--numeric', '--exact', '--line-numbers', '--modprobe', '--ipv4', '--ipv6', '--set-counters', '--help', '--version', '--table', '--match', '--jump', '--goto']);

const NOOP_TARGETS = new Set(['LOG', 'NFLOG', 'ULOG', 'MARK', 'CONNMARK', 'CT', 'NOTRACK', 'TRACE', 'TCPMSS', 'TOS', 'TTL', 'HL', 'DSCP', 'CLASSIFY', 'SECMARK', 'CONNSECMARK', 'AUDIT', 'CHECKSUM', 'SET', 'IDLETIMER', 'LED', 'RATEEST', 'TEE', 'TCPOPTSTRIP']);

export function parsePorts(text: string): PortRange[] | undefined {
  const out: PortRange[] = [];
  for (const part of text.split(',')) {
    const m = /^(\d*)(?:[:-](\d*))?$/.exec(part.trim());
    if (!m || (m[1] === '' && m[2] === undefined)) return undefined;
    const lo = m[1] === '' ? 0 : Number(m[1]);
    const hi = m[2] === undefined ? lo : m[2] === '' ? 65535 : Number(m[2]);
    if (lo > 65535 || hi > 65535) return undefined;
    out.push({ lo: Math.min(lo, hi), hi: Math.max(lo, hi) });
  }
  return out;
}

function ctStates(text: string): CtState[] {
  return text.toLowerCase().split(',').map((s) => s.trim() as CtState);
}

interface Converted {
  matches: Match[];
  problems: Problem[];
}

function convertMatches(cmd: IptCommand, family: AddrFamily): Converted {
  const matches: Match[] = [];
  const problems: Problem[] = [];
  const proto = cmd.protocol && !cmd.protocol.negated ? cmd.protocol.value.toLowerCase() : undefined;
  for (const mod of cmd.modules) {
    if (mod.explicit && !findMatch(mod.name)) {
      const s = suggestMatch(mod.name);
      problems.push({ kind: 'unknown-match', message: `iptables has no match module '${mod.name}'${s ? `; did you mean -m ${s}?` : ''}`, origin: mod, suggestion: s ? `-m ${s}` : undefined });
    }
  }
  for (const opt of cmd.options) {
    const arg = opt.args[0]?.text ?? '';
    const text = textOf(opt);
    const base = { negate: opt.negated, text };
    if (PORT_OPTIONS.has(opt.name) && (!proto || !PORT_PROTOCOLS.has(proto))) {
      problems.push({
        kind: 'port-without-proto',
        message: `${opt.written} needs a transport protocol: iptables rejects it without -p tcp or -p udp (“unknown option”), so this rule is never added`,
        origin: opt,
        suggestion: `-p tcp ${text}`,
      });
      continue;
    }
    if (!opt.known) {
      if (opt.owner === 'target') continue; // an unknown target is reported once, for the target
      const ext = opt.owner ? findMatch(opt.owner) : undefined;
      const hint = ext ? suggestOption(ext, opt.written) : { elsewhere: [] as string[] };
      const tips: string[] = [];
      if (hint.closest) tips.push(`did you mean ${hint.closest}?`);
      if (hint.elsewhere.length) tips.push(`${hint.elsewhere.slice(0, 3).join(', ')} ${hint.elsewhere.length > 1 ? 'have' : 'has'} ${opt.written} (load it with -m ${hint.elsewhere[0]})`);
      problems.push({
        kind: 'unknown-option',
        message: `unknown option ${opt.written}${ext ? ` for match '${ext.name}'` : ''}${tips.length ? `; ${tips.join('; ')}` : ''}`,
        origin: opt,
        suggestion: hint.closest,
      });
      continue;
    }
    if (opt.owner === 'target' || COMMAND_OPTIONS.has(opt.name)) continue;
    switch (opt.name) {
      case '--protocol':
        matches.push(mk({ kind: 'proto', protos: [arg.toLowerCase()], ...base }));
        break;
      case '--source':
      case '--destination': {
        const cidrs = arg.split(',').map((a) => parseCidr(a, family));
        if (cidrs.some((c) => !c)) matches.push(mk({ kind: 'unknown', ...base }));
        else matches.push(mk({ kind: opt.name === '--source' ? 'src' : 'dst', cidrs: cidrs as NonNullable<(typeof cidrs)[number]>[], ...base }));
        break;
      }
      case '--in-interface':
      case '--out-interface':
        matches.push(mk({ kind: opt.name === '--in-interface' ? 'iif' : 'oif', names: [arg], ...base }));
        break;
      case '--dport':
      case '--sport':
      case '--dports':
      case '--sports': {
        const ports = parsePorts(arg);
        if (!ports) matches.push(mk({ kind: 'unknown', ...base }));
        else matches.push(mk({ kind: opt.name.startsWith('--d') ? 'dport' : 'sport', ports, ...base }));
        break;
      }
      case '--ctstate':
      case '--state':
        matches.push(mk({ kind: 'ct', states: ctStates(arg), ...base }));
        break;
      case '--syn':
        matches.push(mk({ kind: 'syn', ...base }));
        break;
      case '--tcp-flags': {
        const [mask, set] = [opt.args[0]?.text.toUpperCase() ?? '', opt.args[1]?.text.toUpperCase() ?? ''];
        if (set === 'SYN' && /SYN/.test(mask) && /ACK/.test(mask)) matches.push(mk({ kind: 'syn', ...base }));
        else matches.push(mk({ kind: 'unknown', ...base }));
        break;
      }
      // A first connection from the admin is under every rate limit and on no blacklist.
      case '--comment':
      case '--limit':
      case '--limit-burst':
      case '--hashlimit':
      case '--hashlimit-upto':
      case '--hashlimit-burst':
      case '--hashlimit-mode':
      case '--hashlimit-name':
      case '--hashlimit-srcmask':
      case '--hashlimit-dstmask':
      case '--hashlimit-htable-expire':
      case '--set':
      case '--name':
      case '--rsource':
      case '--rdest':
      case '--seconds':
      case '--hitcount':
      case '--rttl':
      case '--reap':
      case '--mask':
      case '--remove':
      case '--connlimit-upto':
      case '--connlimit-mask':
      case '--connlimit-saddr':
      case '--connlimit-daddr':
        matches.push(mk({ kind: 'always', ...base }));
        break;
      case '--update':
      case '--rcheck':
      case '--connlimit-above':
      case '--hashlimit-above':
        matches.push(mk({ kind: 'never', ...base }));
        break;
      // Docker DNATs before DOCKER-USER: --ctorigdstport is the published host port, --dport the container's.
      case '--ctorigdstport': {
        const ports = parsePorts(arg);
        if (!ports) matches.push(mk({ kind: 'unknown', ...base }));
        else matches.push(mk({ kind: 'dport', ports, orig: true, ...base }));
        break;
      }
      case '--ctdir':
        // The model asks about a client's packets: the original direction.
        matches.push(mk({ kind: /^ORIGINAL$/i.test(arg) ? 'always' : /^REPLY$/i.test(arg) ? 'never' : 'unknown', ...base }));
        break;
      case '--dst-type':
        matches.push(mk({ kind: /LOCAL/i.test(arg) ? 'always' : 'unknown', ...base }));
        break;
      case '--icmp-type':
      case '--icmpv6-type':
        // Only ICMP packets get this far (-p icmp came first); the model asks about TCP/UDP.
        matches.push(mk({ kind: 'unknown', ...base }));
        break;
      default:
        matches.push(mk({ kind: 'unknown', ...base }));
    }
  }
  return { matches, problems };
}

function convertTarget(cmd: IptCommand): { verdict: Verdict; problems: Problem[] } {
  const t = cmd.target;
  if (!t || !t.name) return { verdict: { kind: 'continue' }, problems: [] };
  const name = t.name;
  switch (name) {
    case 'ACCEPT':
      return { verdict: { kind: 'accept' }, problems: [] };
    case 'DROP':
      return { verdict: { kind: 'drop' }, problems: [] };
    case 'REJECT':
      return { verdict: { kind: 'reject' }, problems: [] };
    case 'RETURN':
      return { verdict: { kind: 'return' }, problems: [] };
  }
  if (NOOP_TARGETS.has(name)) return { verdict: { kind: 'continue' }, problems: [] };
  if (findTarget(name)) {
    // NAT and queue targets end traversal of filter chains without dropping in the model's terms.
    return { verdict: findTarget(name)!.terminal ? { kind: 'accept' } : { kind: 'continue' }, problems: [] };
  }
  return { verdict: { kind: t.goto ? 'goto' : 'jump', target: name }, problems: [] };
}

function toOp(cmd: IptCommand, family: AddrFamily, problems: Problem[], inRestore: boolean): IptOp | undefined {
  const origin = { doc: cmd.doc, span: cmd.span };
  const fam = inRestore ? family : cmd.family;
  const op: IptOp = { kind: 'ipt', family: fam, table: cmd.table, action: 'noop', chain: cmd.chain, origin };
  switch (cmd.op) {
    case undefined:
    case 'check':
    case 'list':
    case 'list-rules':
    case 'zero':
      return op;
    case 'policy': {
      const p = (cmd.policy ?? '').toUpperCase();
      if (p !== 'ACCEPT' && p !== 'DROP') {
        problems.push({ kind: 'unknown-target', message: `'${cmd.policy ?? ''}' is not a chain policy: a built-in chain's policy is ACCEPT or DROP ("Bad policy name")${p === 'REJECT' ? '; to reject, append -j REJECT as the chain\'s last rule' : ''}`, origin });
        return undefined;
      }
      return { ...op, action: 'policy', policy: p === 'DROP' ? 'drop' : 'accept' };
    }
    case 'new-chain':
    case 'delete-chain':
    case 'flush':
      return { ...op, action: cmd.op };
    case 'rename':
      return { ...op, action: 'rename', newName: cmd.newName };
    case 'append':
    case 'insert':
    case 'replace':
    case 'delete': {
      if (cmd.op === 'delete' && cmd.ruleNum !== undefined && cmd.options.length === 0) return { ...op, action: 'delete', position: cmd.ruleNum };
      const conv = convertMatches(cmd, fam);
      const target = convertTarget(cmd);
      problems.push(...conv.problems, ...target.problems);
      if (conv.problems.length || target.problems.length) return undefined;
      const unknownTarget = cmd.target && (target.verdict.kind === 'jump' || target.verdict.kind === 'goto') ? suggestTarget(cmd.target.name) : undefined;
      return {
        ...op,
        action: cmd.op,
        position: cmd.ruleNum,
        rule: { matches: conv.matches, verdict: target.verdict, text: textOf(cmd), origin },
        targetHint: unknownTarget,
      };
    }
  }
}

export function adaptIptables(doc: Document, family: AddrFamily): Adapted {
  const model = iptablesModel(doc);
  if (model.restore) return adaptIptablesRestore(doc, family, false);
  const problems: Problem[] = [];
  const ops: IptOp[] = [];
  for (const cmd of model.commands) {
    const op = toOp(cmd, cmd.binary ? cmd.family : family, problems, false);
    if (op) ops.push(op);
  }
  return { ops, problems };
}

export function adaptIptablesRestore(doc: Document, family: AddrFamily, noflush: boolean): Adapted {
  const model = iptablesModel(doc);
  const fam = model.family === 'ip6' ? 'ip6' : family;
  if (!model.restore) return adaptIptables(doc, fam);
  const problems: Problem[] = [];
  const tables: RestoreTable[] = [];
  for (const t of model.restore.tables) {
    const chains = t.chains.map((c) => {
      const p = (c.policy ?? '-').toUpperCase();
      return { name: c.name, policy: p === 'DROP' ? ('drop' as const) : p === 'ACCEPT' ? ('accept' as const) : undefined, origin: { doc: c.doc, span: c.span } };
    });
    const commands: IptOp[] = [];
    for (const r of t.rules) {
      const op = toOp({ ...r, table: t.name }, fam, problems, true);
      if (op) commands.push(op);
    }
    tables.push({ name: t.name, chains, commands, committed: t.committed, origin: { doc: t.doc, span: { start: t.span.start, end: { row: t.span.start.row, column: 999 } } } });
  }
  return { ops: [{ kind: 'ipt-restore', family: fam, noflush, tables, origin: model.restore }], problems };
}
