import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../helpers';
import { readHooks } from './manifest';

const DOC = fs.readFileSync(path.join(ROOT, 'docs', 'ci.md'), 'utf8');

/** The `run: |` script of the workflow step with `id: airlock`, as the runner gets it. */
function airlockStepScript(): string {
  const workflow = /```yaml\n([\s\S]*?)```/.exec(DOC)?.[1];
  if (!workflow) throw new Error('docs/ci.md: no yaml block');
  const lines = workflow.split('\n');
  const id = lines.findIndex((l) => /^\s+id: airlock$/.test(l));
  const run = lines.findIndex((l, i) => i > id && /^\s+run: \|$/.test(l));
  expect(id).toBeGreaterThan(0);
  const indent = /^\s*/.exec(lines[run + 1])![0];
  const body: string[] = [];
  for (const l of lines.slice(run + 1)) {
    if (l.trim() !== '' && !l.startsWith(indent)) break;
    body.push(l.slice(indent.length));
  }
  return body.join('\n');
}

/** `npx --yes airlock ARGS` on the runner; here: this checkout's CLI. */
function shimBin(): string {
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'airlock-ci-bin-'));
  fs.writeFileSync(path.join(bin, 'npx'), `#!/bin/sh\n[ "$1" = --yes ] && shift\n[ "$1" = airlock ] || exit 127\nshift\nexec "${process.execPath}" "${CLI}" "$@"\n`, { mode: 0o755 });
  return bin;
}

function repoWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'airlock-ci-'));
  spawnSync('git', ['init', '-q'], { cwd: dir });
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  spawnSync('git', ['add', '--', ...Object.keys(files)], { cwd: dir });
  return dir;
}

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'sarif-2.1.0-rtm.5.json'), 'utf8'));

describe('docs/ci.md GitHub Actions job', () => {
  const script = airlockStepScript();

  it('selects files with the pre-commit hook pattern', () => {
    const hook = readHooks().find((h) => h.id === 'airlock')!;
    expect(script).toContain(`files='${hook.files}'`);
    expect(script).toContain(`grep -zEv '${hook.exclude}'`);
  });

  it('runs: writes a valid SARIF log for the tracked configs only, exit 1 on reject', () => {
    const repo = repoWith({
      'etc/nginx/sites-available/ollama': 'server {\n    listen 80;\n    location / {\n        proxy_pass http://127.0.0.1:11434;\n    }\n}\n',
      'README.md': '```bash\nsudo iptables -P INPUT DROP\n```\n',
    });
    const r = spawnSync('bash', ['-e', '-c', script], { cwd: repo, encoding: 'utf8', env: { ...process.env, PATH: `${shimBin()}:${process.env.PATH}` } });
    expect(r.status, r.stderr).toBe(1);
    const log = JSON.parse(fs.readFileSync(path.join(repo, 'airlock.sarif'), 'utf8'));
    const ajv = new AjvDraft04({ strict: false, unicodeRegExp: false });
    addFormats(ajv);
    expect(ajv.validate(schema, log), JSON.stringify(ajv.errors)).toBe(true);
    const uris = log.runs[0].results.map((x: any) => x.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris).toContain('etc/nginx/sites-available/ollama');
    expect(uris).not.toContain('README.md');
  });

  it('runs with no config files at all: an empty log, exit 0', () => {
    const repo = repoWith({ 'README.md': 'nothing here\n' });
    const r = spawnSync('bash', ['-e', '-c', script], { cwd: repo, encoding: 'utf8', env: { ...process.env, PATH: `${shimBin()}:${process.env.PATH}` } });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(repo, 'airlock.sarif'), 'utf8')).runs[0].results).toEqual([]);
  });
});
