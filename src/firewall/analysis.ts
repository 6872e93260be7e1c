/**
 * Shared questions the firewall rules ask of the replay, cached per run:
 * "is the admin's SSH admitted after this step?", "who may reach this port?".
 */
import type { Intent, ProtectedService } from '../policy/types';
import type { RuleContext } from '../rules/define';
import type { Located } from '../plan/types';
import { addressOutside, anyAddr, DOC_OUTSIDER, contains, isAny, LOOPBACK, parseCidr, type Cidr } from './addr';
import { evaluate, evaluateChain } from './evaluate';
import { DOCKER_USER } from './apply';
import { iptTable } from './state';
import type { AddrFamily, Decision, Evaluation, FirewallState, PacketClass, Rule } from './model';
import { replayPlan, type Replay } from './replay';
import { textOf } from './adapters/text';
import type { Problem, ProblemKind } from './ops';
import type { Fix } from '../core/findings';
import { globalSettings } from '../rules/sshd/settings';

export function firewallReplay(ctx: RuleContext): Replay {
  return ctx.memo('firewall:replay', () => replayPlan(ctx.plan));
}

/** True when the plan touched the packet filter at all. */
export function touched(replay: Replay): boolean {
  return replay.snapshots.length > 0;
}

/** The admin's SSH sources per family, as ranges. With no policy: IPv4 anywhere (IPv6 is only judged when the policy names it). */
export function adminSources(intent: Intent): Cidr[] {
  const parsed = intent.ssh.adminSources.map((s) => parseCidr(s)).filter((c): c is Cidr => !!c);
  const defaults = parsed.every(isAny);
  return defaults ? parsed.filter((c) => c.family === 'ip') : parsed;
}

export function adminIsAnywhere(intent: Intent): boolean {
  return intent.ssh.adminSources.every((s) => {
    const c = parseCidr(s);
    return !!c && isAny(c);
  });
}

export function sshPackets(intent: Intent, ct: 'new' | 'established' = 'new'): PacketClass[] {
  const out: PacketClass[] = [];
  for (const src of adminSources(intent)) for (const port of intent.ssh.ports) out.push({ family: src.family, proto: 'tcp', src, dport: port, sport: 50022, ct });
  return out;
}

export function describeSrc(c: Cidr): string {
  return isAny(c) ? (c.family === 'ip' ? 'anywhere' : 'anywhere over IPv6') : c.text;
}

export function lineOf(l: Located): number {
  const o = l.doc.lines[Math.min(l.span.start.row, l.doc.lines.length - 1)];
  return (o?.line ?? l.span.start.row) + 1;
}

/** "policy DROP set on line 3", "the rule on line 5 (`-A INPUT -j DROP`)", "ufw's default deny incoming". */
export function describeDecision(d: Decision): string {
  if (d.kind === 'policy') {
    const what = `policy ${d.policy.toUpperCase()} of ${d.chain}`;
    if (!d.origin) return d.table.backend === 'iptables' ? `${what} (the default)` : what;
    const text = textOf(d.origin);
    if (/\bufw\b/.test(text) && /enable/.test(text)) return `ufw's default deny incoming (enabled on line ${lineOf(d.origin)})`;
    return `${what}, set on line ${lineOf(d.origin)}`;
  }
  const r = d.rule;
  if (r.backend === 'ufw' && !r.ufw) return `ufw's ${r.text.replace(/^ufw /, '')}`;
  return `the rule on line ${lineOf(r.origin)} (\`${short(textOf(r.origin))}\`)`;
}

export function short(s: string, n = 70): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

export type SshStatus = 'ok' | 'locked' | 'src-restricted' | 'uncertain';

export interface SshVerdict {
  status: SshStatus;
  evaluation: Evaluation;
}

/** How new SSH from one admin source fares in a state. */
export function sshStatus(state: FirewallState, packet: PacketClass): SshVerdict {
  const e = evaluate(state, packet);
  if (e.verdict === 'accept') return { status: 'ok', evaluation: e };
  if (e.verdict !== 'mixed') return { status: 'locked', evaluation: e };
  const accepting = e.outcomes.filter((o) => o.verdict === 'accept');
  // Interface names we cannot know: assume the admin's rules name the right interface.
  if (accepting.some((o) => o.assumptions.filter((a) => a.holds).every((a) => a.reason === 'iface'))) return { status: 'ok', evaluation: e };
  if (accepting.some((o) => o.assumptions.some((a) => a.holds && a.reason === 'src'))) return { status: 'src-restricted', evaluation: e };
  return { status: 'uncertain', evaluation: e };
}

/** The first drop among outcomes, for messages. */
export function dropDecision(e: Evaluation): Decision | undefined {
  return e.outcomes.find((o) => o.verdict !== 'accept')?.decidedBy;
}

export interface ProtectedPort {
  service: ProtectedService;
  /** Sources meant to reach it: the policy's, the trusted networks, and what the answer itself allows. */
  intended: Cidr[];
}

/** Source ranges the answer's own accept rules name for a port: `allow from 192.168.1.0/24 to any port 11434`. */
export function answerAllowedSources(state: FirewallState, port: number): Cidr[] {
  const out: Cidr[] = [];
  for (const t of state.tables) for (const c of t.chains.values()) for (const r of c.rules) {
    if (r.verdict.kind !== 'accept') continue;
    const dport = r.matches.find((m) => m.kind === 'dport' && !m.negate);
    if (!dport || dport.kind !== 'dport' || !dport.ports.some((p) => p.lo <= port && port <= p.hi)) continue;
    for (const m of r.matches) if (m.kind === 'src' && !m.negate && !m.set) out.push(...m.cidrs.filter((x) => !isAny(x)));
  }
  return out;
}

export function protectedPorts(intent: Intent, state: FirewallState): ProtectedPort[] {
  return intent.services
    .filter((s) => !intent.ssh.ports.includes(s.port))
    .map((service) => ({
      service,
      intended: [
        ...service.allow.map((a) => parseCidr(a)).filter((c): c is Cidr => !!c),
        ...intent.trustedNetworks.map((a) => parseCidr(a)).filter((c): c is Cidr => !!c),
        ...answerAllowedSources(state, service.port),
        LOOPBACK.ip,
        LOOPBACK.ip6,
      ],
    }));
}

/** A representative address outside every intended range: 203.0.113.9 unless that is intended. */
export function outsider(family: AddrFamily, intended: Cidr[]): Cidr | undefined {
  const doc = DOC_OUTSIDER[family];
  if (!intended.some((c) => contains(c, doc))) return doc;
  return addressOutside(anyAddr(family), intended);
}

/** The rule that accepted, when an answer's rule (not a policy, not ufw's before.rules) did. */
export function acceptingRule(e: Evaluation): Rule | undefined {
  if (e.verdict !== 'accept') return undefined;
  // The outcome that needed the fewest assumptions is the one to name.
  const best = [...e.outcomes].sort((a, b) => a.assumptions.length - b.assumptions.length)[0];
  const d = best?.decidedBy;
  if (!d || d.kind !== 'rule') return undefined;
  if (d.rule.backend === 'ufw' && !d.rule.ufw) return undefined;
  return d.rule;
}

/** The replay's problems of some kinds, once per place (a file loaded twice is reported once). */
export function problemsOf(ctx: RuleContext, kinds: ProblemKind[]): Problem[] {
  const replay = firewallReplay(ctx);
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const p of replay.problems) {
    if (!kinds.includes(p.kind)) continue;
    const key = `${p.origin.doc.id}:${p.origin.span.start.row}:${p.origin.span.start.column}:${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}

/** A fix replacing the offending word with its suggestion, when there is one and it sits at the problem's start. */
export function suggestionFix(p: Problem): Fix | undefined {
  if (!p.suggestion || !['port-without-proto', 'unknown-option', 'unknown-match'].includes(p.kind)) return undefined;
  const text = textOf(p.origin);
  const { start } = p.origin.span;
  if (/\s/.test(p.suggestion)) {
    return { description: `write \`${p.suggestion}\``, edits: [{ doc: p.origin.doc, span: p.origin.span, text: p.suggestion }] };
  }
  const first = text.split(/\s+/)[0];
  if (!first || first === p.suggestion) return undefined;
  const span = { start, end: { row: start.row, column: start.column + first.length } };
  return { description: `replace \`${first}\` with \`${p.suggestion}\``, edits: [{ doc: p.origin.doc, span, text: p.suggestion }] };
}

/**
 * The intent as the firewall rules use it. The SSH port stays the policy's (or 22):
 * a port moved in sshd_config only matters once sshd restarts, and the sshd rules
 * (sshd-port-not-allowed) report a firewall that does not follow it.
 */
/**
 * The intent the firewall rules judge by. When the answer moves sshd to another
 * port (sshd_config `Port`, or a `sed -i` of it) and its firewall ends up
 * admitting that port, the admin's SSH is that port: judging 22 there would call
 * a correct migration a lockout. When the new port is never admitted, 22 stays
 * the admin's port and sshd-port-not-allowed reports the mismatch, once.
 */
export function firewallIntent(ctx: RuleContext): Intent {
  return ctx.memo('firewall:intent', () => {
    const intent = ctx.intent;
    if (intent.ssh.fromPolicy) return intent;
    const moved = [...new Set(globalSettings(ctx, 'port').flatMap((s) => s.args.map((a) => a.text)).filter((t) => /^\d+$/.test(t)).map(Number))];
    if (moved.length === 0 || moved.some((p) => intent.ssh.ports.includes(p))) return intent;
    const replay = firewallReplay(ctx);
    const final = replay.snapshots.length ? replay.snapshots[replay.snapshots.length - 1].state : replay.start;
    const candidate: Intent = { ...intent, ssh: { ...intent.ssh, ports: moved } };
    const admitted = sshPackets(candidate).every((p) => sshStatus(final, p).status !== 'locked');
    return admitted ? candidate : intent;
  });
}

/** Sources a DOCKER-USER filter meant for "only my network" must stop: documentation ranges and one public address. */
const DOCKER_OUTSIDERS = [DOC_OUTSIDER.ip, parseCidr('198.51.100.9')!, parseCidr('192.0.2.9')!, parseCidr('11.22.33.44')!];

/**
 * Whether the answer's DOCKER-USER rules stop new connections from outsiders to a
 * published port. Docker DNATs before DOCKER-USER, so the packet there carries the
 * container port (`--dport`), and `-m conntrack --ctorigdstport` the host port.
 * An input interface the rules name (`-i eth0`) is taken as the one outsiders arrive on.
 */
export function dockerUserBlocks(state: FirewallState, pub: { hostPort?: number; containerPort?: number; proto?: string }): boolean {
  const table = iptTable(state, 'ip', 'filter');
  const chain = table?.chains.get(DOCKER_USER);
  if (!table || !chain || chain.rules.length === 0) return false;
  const names = new Set<string>();
  for (const r of chain.rules) for (const m of r.matches) if (m.kind === 'iif' && !m.negate) for (const n of m.names) if (!/^(lo|docker|br-|veth)/.test(n)) names.add(n);
  const iif = names.size === 1 ? [...names][0] : undefined;
  const proto = pub.proto === 'udp' ? 'udp' : 'tcp';
  const dport = pub.containerPort ?? pub.hostPort;
  return DOCKER_OUTSIDERS.every((src) => {
    const v = evaluateChain(state, table, chain, { family: 'ip', proto, src, dport, origDport: pub.hostPort, sport: 40000, ct: 'new', hook: 'forward', ...(iif ? { iif } : {}) });
    return v === 'drop' || v === 'reject';
  });
}
