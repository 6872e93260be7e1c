import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { progressLine, type ProgressStream } from '../../src/cli/progress';
import { engineReady } from '../sandbox/engine';
import { airlock, CLI } from '../helpers';

const ANSWER = [
  'Put nginx in front of Ollama:',
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
  '```bash',
  'sudo iptables -P INPUT DROP',
  'curl -fsSL https://example.com/install.sh | sh',
  '```',
  '',
].join('\n');
const CLEAN = '```bash\nsudo ufw allow 22/tcp\n```\n';
const ESC = /\x1b\[/;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'airlock-pipe-'));
fs.writeFileSync(path.join(tmp, 'answer.md'), ANSWER);

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const sh = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Runs a shell command line on a pseudo-terminal (util-linux `script`): what
 * the command leaves on the terminal comes back as stdout. Redirect a stream
 * inside `cmd` to keep it off the terminal.
 */
function onTty(cmd: string, env: NodeJS.ProcessEnv = {}): { status: number; tty: string } {
  const r = spawnSync('script', ['-qec', cmd, '/dev/null'], {
    cwd: tmp,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: 'xterm', ...env },
    timeout: 240_000,
  });
  return { status: r.status ?? -1, tty: r.stdout };
}
const cli = `${sh(process.execPath)} ${sh(CLI)}`;

describe('reading an answer from a pipe', () => {
  it('prints no colour when stdout is a pipe, even with findings', () => {
    const r = airlock(['check', '-'], { input: ANSWER, cwd: tmp });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/error/);
    expect(r.stdout).not.toMatch(ESC);
    expect(r.stderr).toBe('');
  });

  it.runIf(hasScript)('colours on a terminal, and not with NO_COLOR or --no-color', () => {
    expect(onTty(`${cli} check answer.md`).tty).toMatch(/\x1b\[31merror\x1b\[0m/);
    expect(onTty(`${cli} check answer.md`, { NO_COLOR: '1' }).tty).not.toMatch(ESC);
    expect(onTty(`${cli} check --no-color answer.md`).tty).not.toMatch(ESC);
    // stdin a pipe, stdout the terminal: colour follows stdout.
    expect(onTty(`${cli} check - < answer.md`).tty).toMatch(ESC);
  });

  it('--quiet prints the findings alone: one line each, no frames, no summary', () => {
    const json = JSON.parse(airlock(['check', '--format', 'json', '-'], { input: ANSWER, cwd: tmp }).stdout) as { findings: Array<{ ruleId: string; line: number }> };
    const r = airlock(['check', '--quiet', '-'], { input: ANSWER, cwd: tmp });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(json.findings.length);
    lines.forEach((l, i) => {
      expect(l).toMatch(/^<stdin>:\d+:\d+: (error|warning|info): .+ \[[a-z0-9-]+\]$/);
      expect(l).toContain(`<stdin>:${json.findings[i].line}:`);
      expect(l.endsWith(`[${json.findings[i].ruleId}]`)).toBe(true);
    });
    expect(r.stdout).not.toMatch(/^(approve|reject):|│/m);
    const clean = airlock(['check', '--quiet', '-'], { input: CLEAN, cwd: tmp });
    expect(clean).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it.runIf(hasScript)('a static check writes nothing to a terminal stderr', () => {
    const r = onTty(`${cli} check --format json answer.md > out.json`);
    expect(r.status).toBe(1);
    expect(r.tty).toBe('');
  });
});

describe('progressLine', () => {
  const fake = (isTTY: boolean, columns = 40): ProgressStream & { out: string } => {
    const s = { isTTY, columns, out: '', write: (x: string) => (s.out += x) };
    return s;
  };

  it('is off when stderr is not a terminal, or a dumb one', () => {
    expect(progressLine(fake(false), {})).toBeUndefined();
    expect(progressLine(fake(true), { TERM: 'dumb' })).toBeUndefined();
  });

  it('rewrites one line, cut to the terminal width, with the elapsed time, and clears it when done', () => {
    let t = 0;
    const s = fake(true, 40);
    const p = progressLine(s, { TERM: 'xterm' }, () => t)!;
    p('probing before the change');
    t = 12_500;
    p('building airlock-sandbox:1 from debian:bookworm-slim\n step 3/9: RUN apt-get install -y nginx openssh-server');
    p('applying 3 step(s)');
    p.done();
    const frames = s.out.split('\r\x1b[K');
    expect(frames).toEqual(['', 'airlock: probing before the change', 'airlock: building airlock-sandbox:1 fr…', 'airlock: applying 3 step(s) (12s)', '']);
    expect([...frames[2]].length).toBe(39);
    expect(s.out).not.toContain('\n');
  });

  it('done() on a line never shown writes nothing', () => {
    const s = fake(true);
    progressLine(s, {})!.done();
    expect(s.out).toBe('');
  });
});

// --sandbox: a run takes tens of seconds in real containers, so once on a
// terminal and once with stderr a pipe, and only where Docker is usable.
const ready = hasScript ? await engineReady() : { ok: false };
describe.runIf(ready.ok).sequential('--sandbox progress on stderr', () => {
  const answer = path.join(tmp, 'ufw.md');
  fs.writeFileSync(answer, '```bash\nsudo ufw allow 22/tcp\nsudo ufw enable\n```\n');

  it('shows a rewriting status line when stderr is a terminal, and clears it', () => {
    const r = onTty(`${cli} check --sandbox --format json ${sh(answer)} > sandbox.json`);
    expect(r.tty).toMatch(/\r\x1b\[K\S/);
    expect(r.tty.endsWith('\r\x1b[K')).toBe(true);
    expect(r.tty).not.toMatch(/\n/);
    expect(JSON.parse(fs.readFileSync(path.join(tmp, 'sandbox.json'), 'utf8')).findings).toBeDefined();
  }, 240_000);

  it('writes no status line when stderr is a pipe', () => {
    const r = spawnSync(process.execPath, [CLI, 'check', '--sandbox', '--format', 'json', answer], { cwd: tmp, encoding: 'utf8', timeout: 240_000 });
    expect(r.stderr).not.toMatch(/\r|\x1b/);
    expect(JSON.parse(r.stdout).findings).toBeDefined();
  }, 240_000);
});
