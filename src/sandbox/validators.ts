import type { Document } from '../core/document';
import type { Finding } from '../core/findings';
import type { Plan } from '../plan/types';
import { toFinding } from '../rules/define';
import { sandboxValidator } from '../rules/sandbox/sandbox-validator';
import type { Compiled, Validator } from './compile';
import { fallbackWhere, lineSpan, type Where } from './locate';

export interface ValidatorRun extends Validator {
  argv?: string[];
  rc: number | null;
  out: string;
}

/** file + line in each tool's own message format. */
const LOCATORS: Array<{ re: RegExp; file: number; line: number }> = [
  { re: /\bin (\/[^\s:]+):(\d+)/, file: 1, line: 2 }, // nginx: ... in /etc/nginx/conf.d/x.conf:12
  { re: /^(\/[^\s:]+):(\d+):\d+(?:-\d+)?: Error/m, file: 1, line: 2 }, // nft
  { re: /^(\/[^\s:]+) line (\d+):/m, file: 1, line: 2 }, // sshd -t
  { re: /^(\/[^\s:]+):(\d+): /m, file: 1, line: 2 }, // systemd-analyze verify
  { re: /(\S*Caddyfile):(\d+)/, file: 1, line: 2 }, // caddy validate
];

function docForFile(file: string, compiled: Compiled, plan: Plan): { doc: Document; step?: number } | undefined {
  const base = file.split('/').pop();
  let hit: { doc: Document; step?: number } | undefined;
  for (const s of plan.steps) {
    const path = s.kind === 'write' ? s.path : s.kind === 'config' ? s.path : undefined;
    if (!path || (s.kind !== 'write' && s.kind !== 'config')) continue;
    // sites-enabled/x is a link to sites-available/x: match by name as a fallback.
    if (path === file || (!hit && path.split('/').pop() === base)) hit = { doc: s.content, step: s.index };
  }
  return hit ?? compiled.validators.find((v) => v.file === file && v.doc) as { doc: Document } | undefined;
}

export function validatorFindings(runs: ValidatorRun[], compiled: Compiled, plan: Plan, docs: Document[]): Finding[] {
  const out: Finding[] = [];
  for (const v of runs) {
    if (v.rc === 0 || v.rc === undefined) continue;
    const text = v.out.trim();
    // systemd-analyze verify also complains about things a container lacks; keep what names the file's own lines.
    if (v.kind === 'systemd' && !/Unknown (key|section)|Failed to parse|Invalid|Missing '='|bad-setting|Unknown lvalue/i.test(text)) continue;
    let where: Where | undefined;
    for (const l of LOCATORS) {
      const m = l.re.exec(text);
      if (!m) continue;
      const d = docForFile(m[l.file], compiled, plan);
      if (d) {
        where = { doc: d.doc, span: lineSpan(d.doc, Number(m[l.line]) - 1) };
        break;
      }
    }
    if (!where && v.kind === 'iptables-restore' || !where && v.kind === 'ip6tables-restore') {
      const m = /line:? (\d+)/.exec(text);
      if (m && v.doc) where = { doc: v.doc, span: lineSpan(v.doc, Number(m[1]) - 1) };
    }
    if (!where && v.doc) where = { doc: v.doc, span: lineSpan(v.doc, 0) };
    where ??= fallbackWhere(plan, docs);
    const first = text.split('\n').find((l) => /emerg|error|Error|failed|Bad|Unknown|invalid|Invalid/.test(l)) ?? text.split('\n')[0] ?? '';
    out.push(
      toFinding(
        sandboxValidator,
        {
          message: `${(v.argv ?? [v.kind]).join(' ')} rejected the change: ${first.replace(/^nginx: /, '').trim()}`,
          ...where,
          evidence: [{ kind: 'validator', text, data: { argv: v.argv, rc: v.rc } }],
        },
        'sandbox',
      ),
    );
  }
  return out;
}
