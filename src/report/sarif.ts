import type { CheckResult } from '../check';
import { ALL_RULES } from '../rules/index';
import { VERSION, ruleDocUrl } from '../version';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0 with what GitHub code scanning needs: rules with help, results with regions. */
export function toSarif(result: CheckResult): object {
  const rules = ALL_RULES.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: r.summary },
    fullDescription: { text: r.docs.what },
    help: { text: `${r.docs.why}\n\nBad:\n${r.docs.bad.text}\nGood:\n${r.docs.good.text}`, markdown: `${r.docs.why}\n\n**Bad**\n\n\`\`\`\n${r.docs.bad.text}\`\`\`\n\n**Good**\n\n\`\`\`\n${r.docs.good.text}\`\`\`` },
    helpUri: ruleDocUrl(r.id),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: [r.class], 'problem.severity': r.severity === 'info' ? 'recommendation' : r.severity },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const artifacts = [...new Set(result.findings.map((f) => f.file))];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'airlock', version: VERSION, informationUri: ruleDocUrl(''), rules } },
        artifacts: artifacts.map((a) => ({ location: { uri: uriOf(a) } })),
        results: result.findings.map((f) => ({
          ruleId: f.ruleId,
          ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uriOf(f.file), index: artifacts.indexOf(f.file) },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(f.endColumn, f.endLine === f.line ? f.column + 1 : 1) },
              },
            },
          ],
          properties: { class: f.class, source: f.source },
        })),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

function uriOf(file: string): string {
  if (file === '<stdin>') return 'stdin';
  return file.replace(/\\/g, '/').replace(/^\.\//, '').split('/').map(encodeURIComponent).join('/');
}

export function formatSarif(result: CheckResult): string {
  return JSON.stringify(toSarif(result), null, 2) + '\n';
}
