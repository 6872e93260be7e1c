import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { diffName } from '../../src/cli/fix';
import { airlock } from '../helpers';

/** Files whose findings carry fixes, and the rules those fixes must silence. */
const FILES: Record<string, string> = {
  'site.nginx': ['server {', '    listen 443;', '    ssl_protocols TLSv1 TLSv1.2;', '    proxy_set_heade X-Real-IP $remote_addr;', '    location / { root /var/www; }', '}', ''].join('\n'),
  'ollama.service.d/override.conf': ['[Service]', 'ExecStart=/usr/local/bin/ollama serve', 'Environment="OLLAMA_HOST=127.0.0.1:11434"', ''].join('\n'),
  'setup.sh': ['#!/bin/sh', 'sudo echo "net.ipv4.ip_forward=1" > /etc/sysctl.d/99-fwd.conf', ''].join('\n'),
  'answer.md': ['Put this in `/etc/nginx/conf.d/tls.conf`:', '', '```nginx', 'server {', '    listen 443;', '    ssl_protocols TLSv1.1 TLSv1.2;', '}', '```', ''].join('\n'),
};
const FIXED_RULES = ['nginx-listen-443-without-ssl', 'nginx-weak-tls-protocols', 'nginx-unknown-directive', 'systemd-execstart-without-reset', 'shell-sudo-redirect'];
const NAMES = Object.keys(FILES);

function workdir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'airlock-fix-'));
  for (const [name, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  fs.chmodSync(path.join(dir, 'setup.sh'), 0o750);
  return dir;
}

const snapshot = (dir: string): Record<string, string> => Object.fromEntries(NAMES.map((n) => [n, fs.readFileSync(path.join(dir, n), 'utf8')]));

function ruleIds(dir: string): string[] {
  const r = airlock(['check', '--format', 'json', ...NAMES], { cwd: dir });
  return (JSON.parse(r.stdout).findings as Array<{ ruleId: string }>).map((f) => f.ruleId);
}

function run(cmd: string, args: string[], cwd: string, input?: string): { status: number; out: string } {
  const r = spawnSync(cmd, args, { cwd, input, encoding: 'utf8' });
  return { status: r.status ?? -1, out: r.stdout + r.stderr };
}

describe('airlock check --fix', () => {
  it('the files have findings of every rule the fixes are for', () => {
    const ids = ruleIds(workdir());
    for (const id of FIXED_RULES) expect(ids).toContain(id);
  });

  it('prints one unified diff and writes nothing without --write', () => {
    const dir = workdir();
    const before = snapshot(dir);
    const mtimes = NAMES.map((n) => fs.statSync(path.join(dir, n)).mtimeMs);
    const r = airlock(['check', '--fix', ...NAMES], { cwd: dir });
    expect(r.stderr).toBe('');
    // One diff: a ---/+++ pair per changed file, nothing but diff lines.
    expect(r.stdout.match(/^--- /gm)).toHaveLength(NAMES.length);
    for (const line of r.stdout.trimEnd().split('\n')) expect(line).toMatch(/^(--- |\+\+\+ |@@ -\d+(,\d+)? \+\d+(,\d+)? @@|[ +-]|\\ No newline)/);
    expect(snapshot(dir)).toEqual(before);
    expect(NAMES.map((n) => fs.statSync(path.join(dir, n)).mtimeMs)).toEqual(mtimes);
    expect(fs.readdirSync(dir).filter((f) => f.includes('airlock'))).toEqual([]);
  });

  it('is accepted by patch -p0 and git apply -p0, and applying it clears those findings', () => {
    const dir = workdir();
    const diff = airlock(['check', '--fix', ...NAMES], { cwd: dir }).stdout;
    const git = run('git', ['apply', '-p0', '--check', '-'], dir, diff);
    expect(git.status, git.out).toBe(0);
    const patched = run('patch', ['-p0', '--forward', '--batch'], dir, diff);
    expect(patched.status, patched.out).toBe(0);
    const after = ruleIds(dir);
    for (const id of FIXED_RULES) expect(after).not.toContain(id);
    // Nothing left to fix: a second --fix prints nothing.
    expect(airlock(['check', '--fix', ...NAMES], { cwd: dir }).stdout).toBe('');
  });

  it('--write rewrites the files to exactly what the patch gives, keeping mode and symlinks', () => {
    const viaPatch = workdir();
    run('patch', ['-p0', '--batch'], viaPatch, airlock(['check', '--fix', ...NAMES], { cwd: viaPatch }).stdout);
    const dir = workdir();
    fs.renameSync(path.join(dir, 'site.nginx'), path.join(dir, 'real-site.nginx'));
    fs.symlinkSync('real-site.nginx', path.join(dir, 'site.nginx'));
    const r = airlock(['check', '--fix', '--write', ...NAMES], { cwd: dir });
    expect(r.stdout).toMatch(/^--- site\.nginx/m);
    expect(snapshot(dir)).toEqual(snapshot(viaPatch));
    expect(fs.lstatSync(path.join(dir, 'site.nginx')).isSymbolicLink()).toBe(true);
    expect(fs.statSync(path.join(dir, 'setup.sh')).mode & 0o777).toBe(0o750);
    expect(fs.readdirSync(dir).filter((f) => f.includes('airlock'))).toEqual([]);
  });

  it('names files given by absolute path relative to the working directory, so patch -p0 takes them', () => {
    const dir = workdir();
    const diff = airlock(['check', '--fix', path.join(dir, 'site.nginx')], { cwd: dir }).stdout;
    expect(diff).toMatch(/^--- site\.nginx\t?$/m);
    expect(run('patch', ['-p0', '--dry-run', '--batch'], dir, diff).status).toBe(0);
    expect(diffName('/etc/nginx/nginx.conf', '/home/me')).toBe('/etc/nginx/nginx.conf');
    expect(diffName('/home/me/x/y.conf', '/home/me')).toBe('x/y.conf');
    expect(diffName('/home/me/..x/y.conf', '/home/me')).toBe('..x/y.conf');
  });

  it('prints nothing when no finding has a fix', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'airlock-fix-none-'));
    fs.writeFileSync(path.join(dir, 'rules.v4'), '*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n');
    const r = airlock(['check', '--fix', 'rules.v4'], { cwd: dir });
    expect(r.stdout).toBe('');
  });
});
