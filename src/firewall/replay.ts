/**
 * Replay: the Plan's steps applied one after another to the packet-filter model,
 * giving the state after every step. Lockout is a property of a moment, not of
 * the end result: `-P INPUT DROP` on line 3 kills the session typing line 7.
 */
import type { Document } from '../core/document';
import type { Located, Plan, Step } from '../plan/types';
import { adaptIptables, adaptIptablesRestore, adaptNft, adaptNftFile, adaptUfw } from './adapters';
import { applyOp, type FwEvent } from './apply';
import type { AddrFamily, FirewallState } from './model';
import type { Adapted, FwOp, Problem } from './ops';
import { cloneState, freshState, type StartOptions } from './state';

export interface Snapshot {
  /** The step, or undefined for the start state. */
  step?: Step;
  /** Where the step sits (for ops that came from a file written earlier, the command that loaded it). */
  origin?: Located;
  state: FirewallState;
  ops: FwOp[];
  events: FwEvent[];
  problems: Problem[];
}

export interface Replay {
  start: FirewallState;
  /** One snapshot per step that changed the firewall, in plan order. */
  snapshots: Snapshot[];
  final: FirewallState;
  /** Every problem found while adapting and applying. */
  problems: Problem[];
}

const NFT_CONF = '/etc/nftables.conf';
const RULES_V4 = '/etc/iptables/rules.v4';
const RULES_V6 = '/etc/iptables/rules.v6';

function familyOfPath(path: string): AddrFamily {
  return /v6|ip6|6\.rules$/.test(path) ? 'ip6' : 'ip';
}

function looksLikeSaveFormat(doc: Document): boolean {
  return /^\s*(\*[a-z]+|COMMIT|:[A-Za-z-]+\s+\S+)\s*$/m.test(doc.text);
}

/** Paths a later command loads into the kernel, so a write there is not applied twice. */
function loadedPaths(steps: Step[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of steps) {
    if (s.kind !== 'command') continue;
    for (const p of pathsLoadedBy(s)) if (!out.has(p)) out.set(p, s.index);
  }
  return out;
}

function pathsLoadedBy(s: Step): string[] {
  if (s.kind !== 'command') return [];
  const info = s.info;
  if (info.tool === 'nft' && info.file) return [info.file];
  if (info.tool === 'iptables-restore' && info.file) return [info.file];
  if (info.tool === 'systemctl' && /^(start|restart|reload|reload-or-restart|try-restart|enable)$/.test(info.verb)) {
    if (info.verb === 'enable' && !info.flags.includes('--now')) return [];
    const units = info.units.map((u) => u.replace(/\.service$/, ''));
    const out: string[] = [];
    if (units.includes('nftables')) out.push(NFT_CONF);
    if (units.includes('netfilter-persistent') || units.includes('iptables-persistent')) out.push(RULES_V4, RULES_V6);
    return out;
  }
  const words = s.args.map((w) => w.text);
  if ((s.name === 'netfilter-persistent' || s.name === 'iptables-persistent') && /^(start|reload|restart)$/.test(words[0] ?? '')) return [RULES_V4, RULES_V6];
  if (s.name === 'service' && /^(start|restart|reload)$/.test(words[1] ?? '')) {
    if (words[0] === 'nftables') return [NFT_CONF];
    if (words[0] === 'netfilter-persistent') return [RULES_V4, RULES_V6];
  }
  if (s.name === 'iptables-apply' || s.name === 'ip6tables-apply') {
    const file = words.filter((w) => !w.startsWith('-')).pop();
    return file ? [file] : [RULES_V4];
  }
  return [];
}

function adaptFile(doc: Document, path: string | undefined, family?: AddrFamily): Adapted {
  if (doc.lang === 'nftables') return adaptNftFile(doc);
  if (doc.lang === 'iptables') {
    const fam = family ?? (path ? familyOfPath(path) : 'ip');
    return looksLikeSaveFormat(doc) ? adaptIptablesRestore(doc, fam, false) : adaptIptables(doc, fam);
  }
  if (doc.lang === 'ufw') return adaptUfw(doc);
  return { ops: [], problems: [] };
}

/** `IPV6=no` written to /etc/default/ufw (by a write or `sed -i`): ufw then leaves IPv6 alone. */
function ufwIpv6Setting(step: Step): boolean | undefined {
  if (step.kind === 'write' && step.path === '/etc/default/ufw') {
    const m = /^\s*IPV6\s*=\s*"?(yes|no)"?/im.exec(step.content.text);
    return m ? m[1].toLowerCase() === 'yes' : undefined;
  }
  if (step.kind === 'command' && step.name === 'sed' && step.args.some((w) => w.text === '/etc/default/ufw')) {
    const expr = step.args.map((w) => w.text).find((t) => /IPV6\s*=\s*(yes|no)/i.test(t) && /^s/.test(t));
    const m = expr ? /IPV6\s*=\s*(yes|no)[^/]*\/[^/]*$/i.exec(expr) ?? /\/IPV6\s*=\s*(yes|no)/i.exec(expr) : undefined;
    return m ? m[1].toLowerCase() === 'yes' : undefined;
  }
  return undefined;
}

/** The firewall operations a step performs, given the files written before it. */
function adaptStep(step: Step, files: Map<string, Document>, loaded: Map<string, number>): Adapted {
  if (step.kind === 'config') return adaptFile(step.content, step.path);
  const ipv6 = ufwIpv6Setting(step);
  if (ipv6 !== undefined) return { ops: [{ kind: 'ufw', action: 'set-ipv6', ipv6, origin: step }], problems: [] };
  if (step.kind === 'write') {
    const later = loaded.get(step.path);
    // A ruleset written and never loaded still takes effect at the next boot; count it now.
    if (later !== undefined && later > step.index) return { ops: [], problems: [] };
    if (!['nftables', 'iptables'].includes(step.content.lang)) return { ops: [], problems: [] };
    if (step.append) return { ops: [], problems: [] };
    return adaptFile(step.content, step.path);
  }
  const info = step.info;
  switch (info.tool) {
    case 'iptables':
      return adaptIptables(info.doc, info.family);
    case 'iptables-restore': {
      const doc = info.input ?? (info.file ? files.get(info.file) : undefined) ?? step.stdin;
      if (!doc) return { ops: [], problems: [] };
      const noflush = step.args.some((w) => w.text === '-n' || w.text === '--noflush');
      const test = step.args.some((w) => w.text === '-t' || w.text === '--test');
      const adapted = adaptIptablesRestore(doc, info.family, noflush);
      return test ? { ops: [], problems: adapted.problems } : adapted;
    }
    case 'nft': {
      if (info.doc) return adaptNft(info.doc);
      if (info.file) {
        const doc = files.get(info.file);
        if (doc) return adaptNftFile(doc);
      }
      if (step.stdin) return adaptNftFile(step.stdin);
      return { ops: [], problems: [] };
    }
    case 'ufw':
      return adaptUfw(info.doc);
    default: {
      const out: Adapted = { ops: [], problems: [] };
      for (const p of pathsLoadedBy(step)) {
        const doc = files.get(p);
        if (!doc) continue;
        const a = adaptFile(doc, p);
        // The ops point at the file's lines; the command that loads them is the step.
        out.ops.push(...a.ops);
        out.problems.push(...a.problems);
      }
      return out;
    }
  }
}

export function replayPlan(plan: Plan, opts: StartOptions = {}): Replay {
  const start = freshState(opts);
  let state = start;
  const snapshots: Snapshot[] = [];
  const problems: Problem[] = [];
  const loaded = loadedPaths(plan.steps);
  for (const step of plan.steps) {
    if (step.kind === 'write' || step.kind === 'config') {
      if (step.kind === 'write') {
        state = cloneState(state);
        state.files.set(step.path, step.content);
      }
    }
    if (step.kind === 'command' && step.info.tool === 'docker' && step.info.publish.length) {
      state = cloneState(state);
      for (const p of step.info.publish) {
        const port = Number(p.hostPort);
        if (Number.isInteger(port)) state.published.push({ hostAddress: p.hostAddress, hostPort: port, ...(Number.isInteger(Number(p.containerPort?.split('-')[0])) ? { containerPort: Number(p.containerPort.split('-')[0]) } : {}), proto: p.proto, origin: { doc: p.doc, span: p.span }, step: step.index });
      }
      snapshots.push({ step, origin: step, state, ops: [], events: [], problems: [] });
      continue;
    }
    const adapted = adaptStep(step, state.files, loaded);
    problems.push(...adapted.problems);
    if (adapted.ops.length === 0) {
      if (adapted.problems.length) snapshots.push({ step, origin: step, state, ops: [], events: [], problems: adapted.problems });
      continue;
    }
    // One snapshot per operation: a block of command lines can lock out between two of its own lines.
    let first = true;
    for (const op of adapted.ops) {
      const next = cloneState(state);
      const cx = { step: step.index, problems: [] as Problem[], events: [] as FwEvent[] };
      applyOp(next, op, cx);
      problems.push(...cx.problems);
      snapshots.push({ step, origin: op.origin, state: next, ops: [op], events: cx.events, problems: [...(first ? adapted.problems : []), ...cx.problems] });
      first = false;
      state = next;
    }
  }
  return { start, snapshots, final: state, problems };
}
