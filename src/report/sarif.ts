import * as path from 'path';
import { pathToFileURL } from 'url';
import type { CheckResult } from '../check';
import type { FindingClass, Severity } from '../core/findings';
import type { RuleDef, RuleExample } from '../rules/define';
import { ALL_RULES } from '../rules/index';
import { VERSION, ruleDocUrl } from '../version';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** Classes GitHub should file under security alerts (tag `security` + a security-severity score). */
const SECURITY: ReadonlySet<FindingClass> = new Set(['exposure', 'lockout', 'dangerous']);
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.0', info: '2.0' };

/**
 * Relative paths are resolved against the checkout (%SRCROOT%), which is how
 * GitHub code scanning places them on the repository's files.
 */
const SRCROOT = '%SRCROOT%';

/** SARIF 2.1.0 with what GitHub code scanning needs: rules with help, results with regions. */
export function toSarif(result: CheckResult): object {
  const rules = ALL_RULES.map(sarifRule);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const artifacts = [...new Set(result.findings.map((f) => f.file))];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'airlock', semanticVersion: VERSION, version: VERSION, informationUri: ruleDocUrl(''), rules } },
        invocations: [{ executionSuccessful: true }],
        artifacts: artifacts.map((a) => ({ location: artifactLocation(a) })),
        results: result.findings.map((f) => ({
          ruleId: f.ruleId,
          ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { ...artifactLocation(f.file), index: artifacts.indexOf(f.file) },
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

interface SarifRule {
  id: string;
  [key: string]: unknown;
}

function sarifRule(r: RuleDef): SarifRule {
  const refs = r.docs.references.length ? `\n\nReferences:\n${r.docs.references.map((u) => `- ${u}`).join('\n')}` : '';
  const refsMd = r.docs.references.length ? `\n\n**References**\n\n${r.docs.references.map((u) => `- <${u}>`).join('\n')}` : '';
  return {
    id: r.id,
    name: r.id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: r.summary },
    fullDescription: { text: r.docs.what },
    help: {
      text: `${r.docs.why}\n\nBad:\n${withNewline(r.docs.bad.text)}\nGood:\n${withNewline(r.docs.good.text)}${refs}`,
      markdown: `${r.docs.why}\n\n**Bad**\n\n${fenced(r.docs.bad)}\n\n**Good**\n\n${fenced(r.docs.good)}${refsMd}`,
    },
    helpUri: ruleDocUrl(r.id),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      tags: SECURITY.has(r.class) ? ['security', r.class] : [r.class],
      precision: 'high',
      'problem.severity': r.severity === 'info' ? 'recommendation' : r.severity,
      ...(SECURITY.has(r.class) ? { 'security-severity': SECURITY_SEVERITY[r.severity] } : {}),
    },
  };
}

function withNewline(s: string): string {
  return s.endsWith('\n') ? s : `${s}\n`;
}

/** A code fence longer than any backtick run inside (bad examples are often whole markdown answers). */
function fenced(ex: RuleExample): string {
  const longest = Math.max(2, ...(ex.text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const info = ex.lang === 'unknown' ? '' : ex.lang;
  return `${fence}${info}\n${withNewline(ex.text)}${fence}`;
}

/** Relative files against %SRCROOT%, absolute ones as file:// URIs, standard input as a bare name. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (file === '<stdin>') return { uri: 'stdin' };
  const slashed = file.replace(/\\/g, '/');
  if (path.isAbsolute(file) || /^[A-Za-z]:\//.test(slashed)) return { uri: pathToFileURL(file).href };
  return { uri: slashed.replace(/^(\.\/)+/, '').split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

export function formatSarif(result: CheckResult): string {
  return JSON.stringify(toSarif(result), null, 2) + '\n';
}
