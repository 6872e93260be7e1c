import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../helpers';

/** One hook of `.pre-commit-hooks.yaml`, with pre-commit's defaults filled in. */
export interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
  exclude: string;
  args: string[];
  pass_filenames: boolean;
  require_serial: boolean;
  stages?: string[];
  [key: string]: unknown;
}

/**
 * Reads the hooks manifest. The repository carries no YAML library, and the
 * manifest keeps to a small subset on purpose: a list of flat mappings whose
 * values are plain or quoted scalars, booleans or flow lists. Anything else
 * throws, so the file cannot drift into YAML this reader would misread (the
 * pre-commit test also compares with PyYAML when python3 has it).
 */
export function readHooks(file = path.join(ROOT, '.pre-commit-hooks.yaml')): Hook[] {
  const hooks: Array<Record<string, unknown>> = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.replace(/\r$/, '');
      if (/^\s*(#.*)?$/.test(line)) return;
      const m = /^(- |  )([a-z_]+):\s+(.*)$/.exec(line);
      if (!m) throw new Error(`.pre-commit-hooks.yaml:${i + 1}: outside the subset this reader knows: ${line}`);
      if (m[1] === '- ') hooks.push({});
      const hook = hooks[hooks.length - 1];
      if (!hook) throw new Error(`.pre-commit-hooks.yaml:${i + 1}: a key before the first '- '`);
      hook[m[2]] = scalar(m[3], i + 1);
    });
  return hooks.map((h) => ({ files: '', exclude: '^$', args: [], pass_filenames: true, require_serial: false, ...h }) as Hook);
}

function scalar(text: string, line: number): unknown {
  const v = text.trim();
  if (v.startsWith("'")) {
    if (!/^'([^']|'')*'$/.test(v)) throw new Error(`line ${line}: unclosed single-quoted scalar`);
    return v.slice(1, -1).replace(/''/g, "'");
  }
  if (v.startsWith('"')) return JSON.parse(v) as string;
  if (v.startsWith('[')) {
    if (!v.endsWith(']')) throw new Error(`line ${line}: flow list must close on its line`);
    const inner = v.slice(1, -1).trim();
    return inner === '' ? [] : inner.split(',').map((s) => scalar(s, line));
  }
  if (/^(true|false)$/.test(v)) return v === 'true';
  if (/[#&*!|>{}]|:\s/.test(v)) throw new Error(`line ${line}: plain scalar with YAML syntax in it: ${v}`);
  return v;
}

/**
 * The names pre-commit hands a hook: staged (added, copied, modified, renamed…,
 * not deleted) files, kept when `files` matches and `exclude` does not — both
 * with Python's re.search, which for these patterns is RegExp.test.
 */
export function selectFiles(hook: Hook, staged: string[]): string[] {
  const files = new RegExp(hook.files);
  const exclude = new RegExp(hook.exclude);
  return staged.filter((f) => files.test(f) && !exclude.test(f));
}
