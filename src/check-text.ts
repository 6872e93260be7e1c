import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { check, type CheckOptions, type CheckResult } from './check';
import type { Lang } from './core/document';
import type { RuleExample } from './rules/define';

/**
 * Checks text as if it were a file of that name (or an answer on stdin): what
 * rule examples, `airlock explain` tests and the bench use. The text goes
 * through the same pipeline as a user's input, nothing is special-cased.
 */
export async function checkText(text: string, opts: CheckOptions & { filename?: string } = {}): Promise<CheckResult> {
  if (!opts.filename) return check(['-'], { ...opts, stdin: () => Buffer.from(text), policyObject: opts.policyObject ?? {} });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'airlock-'));
  const file = path.join(dir, opts.filename);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  try {
    return await check([file], { ...opts, policyObject: opts.policyObject ?? {} });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A rule example checked as a user would: fenced answers as stdin, configs as a file (or --lang). */
export function checkExample(ex: RuleExample, opts: CheckOptions = {}): Promise<CheckResult> {
  if (ex.filename) return checkText(ex.text, { ...opts, filename: ex.filename });
  if (ex.lang === 'markdown') return checkText(ex.text, opts);
  return checkText(ex.text, { ...opts, lang: ex.lang as Lang });
}
