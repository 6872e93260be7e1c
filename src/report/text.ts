import type { SourceFile } from '../core/document';
import type { ResolvedFinding } from '../core/findings';
import type { CheckResult } from '../check';

export interface TextOptions {
  color: boolean;
  quiet: boolean;
}

const C = {
  red: '\x1b[31m',
  yellow: '\x1b[33m',
  blue: '\x1b[34m',
  dim: '\x1b[2m',
  bold: '\x1b[1m',
  green: '\x1b[32m',
  reset: '\x1b[0m',
};

/**
 * Findings grouped by input block, each with a code frame and a caret under
 * its span, then one summary line. --quiet: the findings alone, no frames.
 */
export function formatText(result: CheckResult, opts: TextOptions): string {
  const paint = (c: keyof typeof C, s: string): string => (opts.color ? `${C[c]}${s}${C.reset}` : s);
  const out: string[] = [];
  const sourceOf = new Map<string, SourceFile>(result.sources.map((s) => [s.path, s]));
  const linesOf = new Map<SourceFile, string[]>(result.sources.map((s) => [s, s.text.split('\n')]));
  let lastGroup = '';
  for (const f of result.findings) {
    const sev = f.severity === 'error' ? paint('red', 'error') : f.severity === 'warning' ? paint('yellow', 'warning') : paint('blue', 'info');
    if (opts.quiet) {
      out.push(`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message.replace(/\n/g, ' ')} [${f.ruleId}]`);
      continue;
    }
    const group = blockLabel(result, f);
    if (group !== lastGroup) {
      out.push(paint('bold', group));
      lastGroup = group;
    }
    out.push(`  ${f.file}:${f.line}:${f.column} ${sev} ${f.message} ${paint('dim', `[${f.ruleId}]`)}`);
    const src = sourceOf.get(f.file);
    if (src) out.push(...frame(linesOf.get(src)!, f, paint));
    for (const e of f.evidence ?? []) out.push(...e.text.split('\n').map((l) => `    ${paint('dim', '│')} ${l}`));
    if (f.fix) out.push(`    ${paint('green', 'fix:')} ${f.fix.description}`);
    out.push('');
  }
  if (!opts.quiet) out.push(summary(result, paint));
  return out.join('\n') + (out.length ? '\n' : '');
}

function blockLabel(result: CheckResult, f: ResolvedFinding): string {
  for (const input of result.inputs) {
    if (input.file !== f.file) continue;
    const b = input.blocks.find((x) => f.line >= x.line && f.line <= x.endLine);
    if (b) return `${f.file} lines ${b.line}-${b.endLine} (${b.lang}${b.path ? ` → ${b.path}` : ''})`;
  }
  return f.file;
}

function frame(lines: string[], f: ResolvedFinding, paint: (c: keyof typeof C, s: string) => string): string[] {
  const text = (lines[f.line - 1] ?? '').replace(/\r$/, '').replace(/\t/g, ' ');
  if (text.trim() === '') return [];
  const num = String(f.line);
  const width = f.endLine === f.line ? Math.max(1, f.endColumn - f.column) : Math.max(1, text.length - f.column + 1);
  return [`    ${paint('dim', `${num} │`)} ${text}`, `    ${' '.repeat(num.length)} ${paint('dim', '│')} ${' '.repeat(Math.max(0, f.column - 1))}${paint('red', '^'.repeat(Math.min(width, 200)))}`];
}

function summary(result: CheckResult, paint: (c: keyof typeof C, s: string) => string): string {
  const n = (sev: string): number => result.findings.filter((f) => f.severity === sev).length;
  const counts = `${n('error')} error(s), ${n('warning')} warning(s), ${n('info')} info`;
  const blocks = result.inputs.reduce((a, i) => a + i.blocks.length, 0);
  const verdict = result.verdict === 'approve' ? paint('green', 'approve') : paint('red', 'reject');
  return `${verdict}: ${counts} in ${blocks} block(s) of ${result.inputs.length} input(s)`;
}
