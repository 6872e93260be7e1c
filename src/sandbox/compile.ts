import type { Document } from '../core/document';
import type { CommandStep, Plan, Step, WriteStep } from '../plan/types';

/** What the target runs for one plan step. */
export type ApplyStep =
  | { index: number; kind: 'write'; path: string; append: boolean; content: string }
  | { index: number; kind: 'command'; script: string; stdin?: string; timeout: number; notes?: string[] };

export interface Validator {
  kind: 'nginx' | 'nft' | 'iptables-restore' | 'ip6tables-restore' | 'sshd' | 'caddy' | 'systemd';
  file?: string;
  /** The document the file's lines come from: validator messages map onto it. */
  doc?: Document;
  /** The plan step that wrote it. */
  step?: number;
}

export interface Compiled {
  steps: ApplyStep[];
  /** Steps of the plan that ran, by ApplyStep position (a pipeline runs as one). */
  origin: Step[][];
  validators: Validator[];
  /** Basic-auth credentials the answer set up (htpasswd), for the authenticated probes. */
  creds?: string;
  /** Client certificate + key the answer made, for the TLS probes. */
  clientCert?: { cert: string; key: string };
  /** The answer configures these daemons: the baseline server runs them already. */
  daemons: Array<'nginx' | 'caddy'>;
  notes: string[];
}

/** The password the sandbox types when an answer's htpasswd would prompt for one. */
export const SANDBOX_PASSWORD = 'airlock-sandbox';

function sq(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

function home(p: string): string {
  return p.startsWith('~') ? '/root' + p.slice(1) : p;
}

/** The command as the shell would see it, rebuilt from its words (sudo already stripped). */
function commandText(s: CommandStep): string {
  const env = Object.entries(s.env).map(([k, v]) => `${k}=${sq(v)}`);
  const redirects = s.redirects.map((r) => `${r.op}${r.target.raw}`);
  return [...env, s.name, ...s.args.map((a) => a.raw), ...redirects].join(' ');
}

const DEFAULT_TIMEOUT_S = 20;

/**
 * Turns the Plan into what the target executes. Writes the planner recognised
 * (tee, cat > F, heredocs) are performed as writes and their producing commands
 * skipped, so a file is never written twice; every other command runs as written.
 */
export function compilePlan(plan: Plan): Compiled {
  const out: Compiled = { steps: [], origin: [], validators: [], daemons: [], notes: [] };
  const steps = plan.steps;
  const writesBySpan = new Map<string, WriteStep[]>();
  const key = (s: Step) => `${s.doc.id}:${s.span.start.row}:${s.span.start.column}`;
  for (const s of steps) if (s.kind === 'write') writesBySpan.set(key(s), [...(writesBySpan.get(key(s)) ?? []), s]);
  let certGuess: { cert?: string; key?: string } = {};
  const written = new Map<string, { doc: Document; step: number }>();

  for (let k = 0; k < steps.length; k++) {
    const s = steps[k];
    if (s.kind === 'write') {
      out.steps.push({ index: s.index, kind: 'write', path: home(s.path), append: s.append, content: s.content.text });
      out.origin.push([s]);
      written.set(home(s.path), { doc: s.content, step: s.index });
      continue;
    }
    if (s.kind === 'config') {
      if (!s.path) {
        out.notes.push(`block ${s.content.id} (${s.content.lang}) has no install path; not applied`);
        continue;
      }
      const text = s.content.text.endsWith('\n') ? s.content.text : s.content.text + '\n';
      out.steps.push({ index: s.index, kind: 'write', path: home(s.path), append: false, content: text });
      out.origin.push([s]);
      written.set(home(s.path), { doc: s.content, step: s.index });
      continue;
    }
    // A pipeline runs as one command line; its members are consecutive steps.
    const group: CommandStep[] = [s];
    if (s.pipeline) {
      while (k + 1 < steps.length) {
        const n = steps[k + 1];
        if (n.kind === 'command' && n.pipeline?.id === s.pipeline.id && n.doc === s.doc) group.push(n), k++;
        else break;
      }
    }
    // Writes recorded for any member replace the member (tee F, cat > F): skip the command.
    const writes = group.flatMap((g) => writesBySpan.get(key(g)) ?? []);
    if (writes.length > 0) {
      // The writes themselves follow in the plan.
      continue;
    }
    const notes: string[] = [];
    const parts = group.map((g) => htpasswdNonInteractive(g, notes, out) ?? commandText(g));
    const stdin = group[0].stdin?.text;
    out.steps.push({ index: s.index, kind: 'command', script: parts.join(' | '), ...(stdin !== undefined ? { stdin } : {}), timeout: DEFAULT_TIMEOUT_S, ...(notes.length ? { notes } : {}) });
    out.origin.push(group);
    if (group.some((g) => g.name === 'ufw')) out.steps[out.steps.length - 1] = { ...out.steps[out.steps.length - 1], stdin: stdin ?? 'y\n' } as ApplyStep;
    for (const g of group) {
      const words = g.args.map((a) => a.text);
      if (g.name === 'openssl' && words.includes('-out')) {
        const f = words[words.indexOf('-out') + 1];
        if (/client.*\.(crt|pem)$/.test(f)) certGuess.cert = home(f);
      }
      if (g.name === 'openssl' && words.includes('-keyout')) {
        const f = words[words.indexOf('-keyout') + 1];
        if (/client.*\.(key|pem)$/.test(f)) certGuess.key = home(f);
      }
      if (g.name === 'openssl' && words.includes('-out') && words.includes('genrsa')) {
        const f = words[words.indexOf('-out') + 1];
        if (/client.*\.key$/.test(f)) certGuess.key = home(f);
      }
    }
  }
  if (certGuess.cert && certGuess.key) out.clientCert = { cert: certGuess.cert, key: certGuess.key };

  // Validators for what the answer wrote, plus the daemons it configures.
  // `docker run … nginx` runs an image, not the server's nginx.
  const touched = (re: RegExp) => [...written.keys()].some((p) => re.test(p)) || steps.some((s) => s.kind === 'command' && s.name !== 'docker' && re.test(commandText(s)));
  if (touched(/\/etc\/nginx\b|\bnginx\b/)) {
    out.daemons.push('nginx');
    out.validators.push({ kind: 'nginx' });
  }
  if (touched(/\/etc\/caddy\b|\bcaddy\b|Caddyfile/)) {
    out.daemons.push('caddy');
    const c = [...written.entries()].find(([p, w]) => /Caddyfile$/.test(p) || w.doc.lang === 'caddyfile');
    out.validators.push({ kind: 'caddy', file: c?.[0] ?? '/etc/caddy/Caddyfile', doc: c?.[1].doc, step: c?.[1].step });
  }
  for (const [path, w] of written) {
    if (w.doc.lang === 'nftables' || /\.nft$|nftables\.conf$/.test(path)) out.validators.push({ kind: 'nft', file: path, doc: w.doc, step: w.step });
    else if (w.doc.lang === 'iptables' && /^\*(filter|nat|mangle|raw)/m.test(w.doc.text)) {
      out.validators.push({ kind: /v6|ip6/.test(path) ? 'ip6tables-restore' : 'iptables-restore', file: path, doc: w.doc, step: w.step });
    } else if (w.doc.lang === 'sshd' || /\/etc\/ssh\/sshd_config/.test(path)) {
      if (!out.validators.some((v) => v.kind === 'sshd')) out.validators.push({ kind: 'sshd', file: path, doc: w.doc, step: w.step });
    } else if (w.doc.lang === 'systemd' || /\/etc\/systemd\/system\/.+\.(service|socket|timer)(\.d\/.+\.conf)?$/.test(path)) {
      // A drop-in is verified through its unit, which loads it.
      const unit = path.replace(/\.d\/[^/]+\.conf$/, '');
      out.validators.push({ kind: 'systemd', file: unit, doc: w.doc, step: w.step });
    }
  }
  return out;
}

/** `htpasswd -c F user` prompts for a password; the sandbox gives it one with -b and says so. */
function htpasswdNonInteractive(s: CommandStep, notes: string[], out: Compiled): string | undefined {
  if (s.name !== 'htpasswd') return undefined;
  const words = s.args.map((a) => a.text);
  const flags = words.filter((w) => w.startsWith('-')).join('');
  const rest = words.filter((w) => !w.startsWith('-'));
  if (flags.includes('b')) {
    if (rest.length >= 3) out.creds = `${rest[1]}:${rest[2]}`;
    return undefined;
  }
  if (flags.includes('n') || flags.includes('i') || rest.length < 2) return undefined;
  out.creds = `${rest[1]}:${SANDBOX_PASSWORD}`;
  notes.push(`htpasswd would prompt for a password: the sandbox typed '${SANDBOX_PASSWORD}'`);
  return ['htpasswd', ...s.args.map((a) => a.raw).filter((r) => r.startsWith('-')), '-b', ...rest.map(sq), SANDBOX_PASSWORD].join(' ');
}
