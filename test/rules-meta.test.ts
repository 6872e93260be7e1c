import { describe, expect, it } from 'vitest';
import { checkExample } from '../src/check-text';
import { ALL_RULES } from '../src/rules/index';

/**
 * Every rule carries docs with a bad and a good example, and both run: the bad
 * one must raise the rule, the good one must not. A rule without them fails here.
 */
describe('every rule is documented and its examples hold', () => {
  it('ids are unique and kebab-case', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  for (const rule of ALL_RULES) {
    describe(rule.id, () => {
      it('has docs: summary, what, why, references, bad and good examples', () => {
        expect(rule.summary.length).toBeGreaterThan(10);
        expect(rule.docs.what.length).toBeGreaterThan(20);
        expect(rule.docs.why.length).toBeGreaterThan(20);
        expect(rule.docs.references.length).toBeGreaterThan(0);
        expect(rule.docs.bad.text.trim()).not.toBe('');
        expect(rule.docs.good.text.trim()).not.toBe('');
        expect(rule.docs.bad.text).not.toBe(rule.docs.good.text);
      });
      if (rule.requires === 'sandbox') return; // their examples run in test/sandbox
      it('fires on its bad example', async () => {
        const res = await checkExample(rule.docs.bad);
        expect(res.findings.map((f) => f.ruleId)).toContain(rule.id);
      });
      it('stays quiet on its good example', async () => {
        const res = await checkExample(rule.docs.good);
        expect(res.findings.filter((f) => f.ruleId === rule.id)).toEqual([]);
      });
    });
  }
});
