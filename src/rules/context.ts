import type { Document, Lang } from '../core/document';
import type { Finding } from '../core/findings';
import type { Plan } from '../plan/types';
import type { Intent } from '../policy/types';
import { toFinding, type RuleContext, type RuleDef } from './define';

export function makeContext(plan: Plan, docs: Document[], intent: Intent): RuleContext {
  const cache = new Map<string, unknown>();
  return {
    plan,
    docs,
    intent,
    docsOf: (lang: Lang) => docs.filter((d) => d.lang === lang),
    memo<T>(key: string, compute: () => T): T {
      if (!cache.has(key)) cache.set(key, compute());
      return cache.get(key) as T;
    },
  };
}

/**
 * Runs every static rule. A rule that throws is a bug in airlock, not in the
 * input: it becomes an `internal-error` finding naming the rule, so one broken
 * rule never hides the others' findings.
 */
export function runRules(rules: readonly RuleDef[], ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.requires === 'sandbox') continue;
    if (ctx.intent.ruleOverrides[rule.id] === 'off') continue;
    try {
      rule.check(ctx, (r) => findings.push(toFinding(rule, r)));
    } catch (e) {
      if (process.env.AIRLOCK_DEBUG) console.error(e);
      const doc = ctx.docs[0];
      if (doc) {
        findings.push({
          ruleId: 'internal-error',
          class: 'invalid',
          severity: 'info',
          message: `rule ${rule.id} failed on this input (${(e as Error).message.split('\n')[0]}); its findings are missing — please report this`,
          doc,
          span: { start: { row: 0, column: 0 }, end: { row: 0, column: 0 } },
          source: 'static',
        });
      }
    }
  }
  return findings;
}
