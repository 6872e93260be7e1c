import * as fs from 'fs';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../src/rules/index';
import { rulePage, withTable } from '../src/tools/gen-rule-docs';
import { ROOT } from './helpers';

describe('rule docs are generated from the rules and up to date (npm run docs:rules)', () => {
  it.each(ALL_RULES.map((r) => r.id))('docs/rules/%s.md', (id) => {
    const file = path.join(ROOT, 'docs', 'rules', `${id}.md`);
    expect(fs.existsSync(file), `${file} is missing: run npm run docs:rules`).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe(rulePage(id));
  });
  it('no page for a rule that does not exist', () => {
    const pages = fs.readdirSync(path.join(ROOT, 'docs', 'rules')).filter((f) => f.endsWith('.md'));
    expect(pages.sort()).toEqual(ALL_RULES.map((r) => `${r.id}.md`).sort());
  });
  it('README lists every rule', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toBe(withTable(readme));
    for (const r of ALL_RULES) expect(readme).toContain(`[${r.id}](docs/rules/${r.id}.md)`);
  });
});
