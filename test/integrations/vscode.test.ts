import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { airlock, CLI, ROOT } from '../helpers';

interface Task {
  label: string;
  type: 'process' | 'shell';
  command: string;
  args: string[];
  options?: { cwd?: string };
  problemMatcher: unknown;
}
interface Matcher {
  owner: string;
  fileLocation: unknown;
  pattern: { regexp: string; file: number; line: number; column: number; severity: number; message: number; code: number };
}

/** tasks.json as the docs give it: the first ```json block of docs/vscode.md. */
const DOC = fs.readFileSync(path.join(ROOT, 'docs', 'vscode.md'), 'utf8');
const tasksJson = JSON.parse(/```json\n([\s\S]*?)```/.exec(DOC)![1]) as { version: string; tasks: Task[] };
const task = (label: string): Task => {
  const t = tasksJson.tasks.find((x) => x.label === label);
  if (!t) throw new Error(`docs/vscode.md: no task '${label}'`);
  return t;
};

const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'airlock vscode '));
/** `airlock` on PATH, as `npm install -g` puts it: this checkout's CLI. */
const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'airlock-bin-'));
fs.writeFileSync(path.join(bin, 'airlock'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`, { mode: 0o755 });

/** VS Code's variable substitution, then the task run the way a `process` task runs: argv, no shell. */
function runTask(t: Task, vars: Record<string, string>): { status: number; stdout: string; stderr: string } {
  const sub = (s: string): string => s.replace(/\$\{(\w+)\}/g, (m, name: string) => vars[name] ?? m);
  expect(t.type).toBe('process');
  const r = spawnSync(sub(t.command), t.args.map(sub), {
    cwd: sub(t.options?.cwd ?? vars.workspaceFolder),
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: undefined, FORCE_COLOR: undefined },
    timeout: 60_000,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const NGINX = [
  'server {',
  '    listen 80;',
  '    listen 443;',
  '    ssl_protocols TLSv1 TLSv1.2;',
  '    location / {',
  '        proxy_pass http://127.0.0.1:11434;',
  '        proxy_set_header Host $host;',
  '    }',
  '}',
  '',
].join('\n');

describe('docs/vscode.md', () => {
  const fileTask = task('airlock: check current file');
  const matcher = fileTask.problemMatcher as Matcher;
  const regexp = new RegExp(matcher.pattern.regexp);
  const file = path.join(workspace, 'nginx', 'sites-available', 'ollama: test.conf');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, NGINX);

  it('is a tasks.json VS Code reads (version 2.0.0) with the gcc problem matcher on the file task', () => {
    expect(tasksJson.version).toBe('2.0.0');
    expect(fileTask.args).toEqual(['check', '--format', 'gcc', '${file}']);
    expect(matcher.owner).toBe('airlock');
    expect(Object.keys(matcher.pattern).sort()).toEqual(['code', 'column', 'file', 'line', 'message', 'regexp', 'severity']);
  });

  it("captures file, line, column, severity, message and rule id from the task's real output", () => {
    const r = runTask(fileTask, { file, workspaceFolder: workspace });
    expect(r.status, r.stderr).toBe(1);
    const expected = JSON.parse(airlock(['check', '--format', 'json', file]).stdout).findings as Array<Record<string, any>>;
    expect(expected.length).toBeGreaterThanOrEqual(4);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(expected.length);
    lines.forEach((line, i) => {
      const m = regexp.exec(line);
      expect(m, line).not.toBeNull();
      const g = (k: keyof Omit<Matcher['pattern'], 'regexp'>): string => m![matcher.pattern[k]];
      const f = expected[i];
      expect({ file: g('file'), line: Number(g('line')), column: Number(g('column')), severity: g('severity'), message: g('message'), code: g('code') }).toEqual({
        file,
        line: f.line,
        column: f.column,
        severity: f.severity,
        message: f.message.replace(/\n/g, ' '),
        code: f.ruleId,
      });
    });
    // The severities VS Code knows: error, warning, info.
    expect(new Set(lines.map((l) => regexp.exec(l)![matcher.pattern.severity]))).toEqual(new Set(['error', 'warning']));
  });

  it('matches relative paths, Windows drive letters and messages with brackets and colons', () => {
    const samples = [
      ['etc/nginx/nginx.conf:12:3: warning: `listen 443` has no `ssl`: see [docs] [nginx-listen-443-without-ssl]', 'etc/nginx/nginx.conf', 'see [docs]'],
      ['C:\\work\\answer.md:7:1: info: a block airlock cannot tell [unknown-language]', 'C:\\work\\answer.md', 'a block airlock cannot tell'],
    ] as const;
    for (const [line, f, tail] of samples) {
      const m = regexp.exec(line)!;
      expect(m[matcher.pattern.file]).toBe(f);
      expect(m[matcher.pattern.message].endsWith(tail)).toBe(true);
    }
    expect(regexp.exec('approve: 0 error(s), 0 warning(s), 0 info in 1 block(s) of 1 input(s)')).toBeNull();
  });

  it('pipes the selection in untouched: quotes, $VARS, backticks and newlines', () => {
    const selection = [
      "Here's the config (don't skip it):",
      '',
      '```nginx',
      'server {',
      '    listen 80;',
      '    location / {',
      '        proxy_pass http://127.0.0.1:11434;',
      '        proxy_set_header Host $host;',
      '    }',
      '}',
      '```',
      '',
      'Run `sudo nginx -t` and "reload" $(whoami);',
    ].join('\n');
    const r = runTask(task('airlock: check selection'), { selectedText: selection, workspaceFolder: workspace });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/<stdin>:7:9 error .*\[nginx-unauthenticated-proxy\]/);
    // $host reached airlock literally: the shell did not expand it.
    expect(r.stdout).toContain('`proxy_set_header Host $host` forwards');
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('the fix task rewrites the file with the fixes airlock knows', () => {
    const copy = path.join(workspace, 'fix.conf');
    fs.writeFileSync(copy, NGINX);
    const r = runTask(task('airlock: fix current file'), { file: copy, workspaceFolder: workspace });
    expect(r.stdout).toMatch(/^--- /m);
    expect(fs.readFileSync(copy, 'utf8')).toContain('ssl_protocols TLSv1.2 TLSv1.3;');
  });
});
