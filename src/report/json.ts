import type { CheckResult } from '../check';

export const REPORT_VERSION = 1;

/** The JSON report (schema/report.schema.json): positions are the original input's. */
export function toJson(result: CheckResult): object {
  return {
    version: REPORT_VERSION,
    verdict: result.verdict,
    findings: result.findings.map(({ docId: _docId, ...f }) => f),
    inputs: result.inputs,
    ...(result.sandbox ? { sandbox: result.sandbox } : {}),
  };
}

export function formatJson(result: CheckResult): string {
  return JSON.stringify(toJson(result), null, 2) + '\n';
}
