import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { describe, expect, it } from 'vitest';

/**
 * Our own labelled cases: corpus/<lang>/<name>.<ext> with <name>.<ext>.expect.json
 * beside it: { description, findings: [{ ruleId, line }], args? }. Each runs
 * through the built CLI as a user would run it; the set of (ruleId, line) must
 * match exactly, so a false alarm fails as surely as a miss.
 */
const root = path.join(__dirname, '..');
const corpus = path.join(root, 'corpus');
const cli = path.join(root, 'bin', 'airlock.js');

interface Expect {
  description: string;
  findings: Array<{ ruleId: string; line: number }>;
  args?: string[];
}

function cases(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (!e.name.endsWith('.expect.json') && fs.existsSync(`${p}.expect.json`)) out.push(p);
    }
  };
  if (fs.existsSync(corpus)) walk(corpus);
  return out.sort();
}

describe('corpus', () => {
  const all = cases();
  it('has cases', () => {
    expect(all.length).toBeGreaterThan(0);
  });
  for (const file of all) {
    const rel = path.relative(root, file);
    it(rel, () => {
      const exp = JSON.parse(fs.readFileSync(`${file}.expect.json`, 'utf8')) as Expect;
      let out: string;
      try {
        out = execFileSync(process.execPath, [cli, 'check', '--format', 'json', ...(exp.args ?? []), rel], { cwd: root, encoding: 'utf8' });
      } catch (e) {
        const err = e as { status: number; stdout: string; stderr: string };
        if (err.status !== 1) throw new Error(`exit ${err.status}: ${err.stderr}`);
        out = err.stdout;
      }
      const report = JSON.parse(out) as { findings: Array<{ ruleId: string; line: number }> };
      const got = report.findings.map((f) => `${f.ruleId}@${f.line}`).sort();
      const want = exp.findings.map((f) => `${f.ruleId}@${f.line}`).sort();
      expect(got, exp.description).toEqual(want);
    });
  }
});
