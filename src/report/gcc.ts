import type { CheckResult } from '../check';

/** `file:line:col: severity: message [id]` — what editors' problem matchers read. */
export function formatGcc(result: CheckResult): string {
  return result.findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message.replace(/\n/g, ' ')} [${f.ruleId}]\n`).join('');
}
