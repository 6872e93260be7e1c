import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../../src/check-text';
import { parseCidr } from '../../src/firewall/addr';
import { lineOf } from '../../src/firewall/analysis';
import { evaluate } from '../../src/firewall/evaluate';
import type { Decision, Evaluation, FirewallState } from '../../src/firewall/model';
import { replayPlan } from '../../src/firewall/replay';
import type { Plan } from '../../src/plan/types';
import type { Intent } from '../../src/policy/types';
import type { Document } from '../../src/core/document';
import type { ProbeRow } from '../../src/sandbox/types';

export const ROOT = path.join(__dirname, '..', '..');
export const BACKENDS = ['iptables', 'nftables', 'ufw'] as const;

export interface Case {
  /** corpus/<backend>/<file>, as people name it. */
  name: string;
  backend: (typeof BACKENDS)[number];
  /** What both interpreters run: the file itself, or for a bare .nft ruleset an answer that loads it. */
  text: string;
  filename?: string;
  /** Lines the wrapper added before the case's own first line. */
  lineShift: number;
}

/** Every firewall case with an .expect.json beside it. */
export function firewallCases(): Case[] {
  const out: Case[] = [];
  for (const backend of BACKENDS) {
    const dir = path.join(ROOT, 'corpus', backend);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (f.endsWith('.expect.json') || !fs.existsSync(path.join(dir, `${f}.expect.json`))) continue;
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const name = `corpus/${backend}/${f}`;
      if (f.endsWith('.md')) out.push({ name, backend, text, lineShift: 0 });
      else if (f.endsWith('.nft')) {
        // A bare ruleset has no install path: the kernel side needs the answer that loads it, and the model gets the same answer.
        const body = text.endsWith('\n') ? text : text + '\n';
        out.push({ name, backend, text: "```bash\nsudo tee /etc/nftables.conf <<'EOF'\n" + body + 'EOF\nsudo nft -f /etc/nftables.conf\n```\n', lineShift: 2 });
      } else out.push({ name, backend, text, filename: f, lineShift: 0 });
    }
  }
  return out;
}

export interface Prepared {
  c: Case;
  plan: Plan;
  docs: Document[];
  intent: Intent;
  final: FirewallState;
  /** TCP ports the case's rules name (first of a range), for the probe matrix. */
  ports: number[];
  /** IPv4 source ranges the rules name: vantages inside them make the matrix tell. */
  ranges: string[];
}

/** The static side: the same pipeline a user runs, then the replay of the Plan to its end state. */
export async function prepare(c: Case): Promise<Prepared> {
  const r = await checkText(c.text, c.filename ? { filename: c.filename } : {});
  const final = replayPlan(r.plan).final;
  const ports = new Set<number>();
  const ranges = new Set<string>();
  for (const t of final.tables)
    for (const ch of t.chains.values())
      for (const rule of ch.rules)
        for (const m of rule.matches) {
          if (m.kind === 'dport') for (const p of m.ports) ports.add(p.lo);
          if (m.kind === 'src') for (const cidr of m.cidrs) if (cidr.family === 'ip' && cidr.prefix > 0) ranges.add(cidr.text);
        }
  for (const u of final.ufw.rules) {
    for (const p of u.dports ?? []) ports.add(p.lo);
    if (u.src?.family === 'ip' && u.src.prefix > 0) ranges.add(u.src.text);
  }
  return { c, plan: r.plan, docs: r.docs, intent: r.intent, final, ports: [...ports].filter((p) => p > 0 && p < 65536), ranges: [...ranges] };
}

export type Kernel = 'accept' | 'reject' | 'drop' | 'accept-or-reject' | 'error';

/**
 * With a listener on the port: open = accepted, refused = rejected, silence = dropped.
 * Without one (the answer moved or stopped the service that held it) a refusal is
 * either a reject or an accepted packet meeting no socket.
 */
export function kernelVerdict(tcp: ProbeRow['tcp'], listening: boolean): Kernel {
  if (tcp === 'refused') return listening ? 'reject' : 'accept-or-reject';
  return tcp === 'open' ? 'accept' : tcp === 'filtered' ? 'drop' : 'error';
}

export function agrees(model: Evaluation['verdict'], kernel: Kernel): boolean {
  return model === kernel || (kernel === 'accept-or-reject' && (model === 'accept' || model === 'reject'));
}

export interface Cell {
  family: 4 | 6;
  vantage: string;
  from: string;
  to: string;
  port: number;
  model: Evaluation['verdict'];
  decidedBy: string;
  kernel: Kernel;
}

function describe(d: Decision, shift: number): string {
  if (d.kind === 'policy') return `policy ${d.policy} of ${d.chain}${d.origin ? ` (line ${lineOf(d.origin) - shift})` : ' (default)'}`;
  const line = lineOf(d.rule.origin) - shift;
  return `${d.rule.ufw ? `ufw rule \`${d.rule.ufw}\`` : `\`${d.rule.text}\``} (line ${line}, chain ${d.chain})`;
}

/** The model's answer for the packet a probe row sent: new TCP from its source to its destination port, on input. */
export function modelCell(p: Prepared, row: ProbeRow, listening: boolean): Cell {
  const family = row.family === 4 ? 'ip' : 'ip6';
  const src = parseCidr(row.from, family)!;
  const dst = parseCidr(row.to, family);
  const e = evaluate(p.final, {
    family,
    proto: 'tcp',
    src,
    ...(dst ? { dst } : {}),
    dport: row.port,
    ct: 'new',
    // Loopback probes arrive on lo; the others on a named interface no rule of the corpus names.
    ...(row.vantage === 'loopback' ? { iif: 'lo' } : {}),
  });
  const o = e.outcomes.find((x) => x.verdict === e.verdict) ?? e.outcomes[0];
  return {
    family: row.family,
    vantage: row.vantage,
    from: row.from,
    to: row.to,
    port: row.port,
    model: e.verdict,
    decidedBy: o ? describe(o.decidedBy, p.c.lineShift) : 'no base chain',
    kernel: kernelVerdict(row.tcp, listening),
  };
}

export interface Known {
  case: string;
  family?: 4 | 6;
  vantage?: string;
  port?: number;
  model: string;
  kernel: string;
  reason: string;
}

export function loadKnown(): Known[] {
  return JSON.parse(fs.readFileSync(path.join(__dirname, 'known-disagreements.json'), 'utf8')) as Known[];
}

export function isKnown(known: Known[], name: string, c: Cell): Known | undefined {
  return known.find(
    (k) =>
      k.case === name &&
      (k.family === undefined || k.family === c.family) &&
      (k.vantage === undefined || k.vantage === c.vantage) &&
      (k.port === undefined || k.port === c.port) &&
      k.model === c.model &&
      k.kernel === c.kernel,
  );
}

export function cellText(name: string, c: Cell): string {
  return `${name}: v${c.family} tcp/${c.port} from ${c.vantage} (${c.from} -> ${c.to}): model ${c.model} by ${c.decidedBy}; kernel ${c.kernel}`;
}
