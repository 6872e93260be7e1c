import { UsageError } from '../core/errors';
import { ALL_RULES, ruleById } from '../rules/index';
import { ruleDocUrl } from '../version';

export function listRules(json: boolean): string {
  if (json) return JSON.stringify(ALL_RULES.map((r) => ({ id: r.id, class: r.class, severity: r.severity, summary: r.summary, sandbox: r.requires === 'sandbox' })), null, 2) + '\n';
  const w = Math.max(...ALL_RULES.map((r) => r.id.length));
  return ALL_RULES.map((r) => `${r.id.padEnd(w)}  ${r.class.padEnd(9)}  ${r.severity.padEnd(7)}  ${r.summary}${r.requires === 'sandbox' ? ' (--sandbox)' : ''}`).join('\n') + '\n';
}

export function explainRule(id: string): string {
  const r = ruleById(id);
  if (!r) {
    const near = ALL_RULES.map((x) => x.id).filter((x) => x.includes(id) || id.includes(x)).slice(0, 3);
    throw new UsageError(`no rule '${id}'${near.length ? `; did you mean ${near.join(', ')}?` : ''} (airlock rules lists them)`);
  }
  return renderRuleDoc(r.id) + '\n';
}

/** The rule's page: what, why, bad, good, references. Also written to docs/rules/<id>.md. */
export function renderRuleDoc(id: string): string {
  const r = ruleById(id)!;
  const fence = (lang: string, text: string): string => `\`\`\`${lang === 'markdown' ? 'markdown' : lang}\n${text.replace(/\n?$/, '\n')}\`\`\``;
  return [
    `# ${r.id}`,
    '',
    `${r.summary}`,
    '',
    `Class: ${r.class} · Severity: ${r.severity}${r.requires === 'sandbox' ? ' · Runs with --sandbox' : ''}`,
    '',
    '## What it does',
    '',
    r.docs.what,
    '',
    '## Why is this bad?',
    '',
    r.docs.why,
    '',
    '## Example',
    '',
    fence(r.docs.bad.lang, r.docs.bad.text),
    '',
    '## Use instead',
    '',
    fence(r.docs.good.lang, r.docs.good.text),
    '',
    '## References',
    '',
    ...r.docs.references.map((u) => `- ${u}`),
    '',
    `Silence one finding with a reason: \`# airlock-ignore ${r.id}: <why this is fine here>\`. Page: ${ruleDocUrl(r.id)}`,
  ].join('\n');
}
