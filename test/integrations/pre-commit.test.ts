import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { langFromPath } from '../../src/input/detect';
import { CLI, ROOT } from '../helpers';
import { readHooks, selectFiles, type Hook } from './manifest';

const hooks = readHooks();
const hook = (id: string): Hook => {
  const h = hooks.find((x) => x.id === id);
  if (!h) throw new Error(`no hook ${id} in .pre-commit-hooks.yaml`);
  return h;
};

/** Names the hook must pass (a config airlock reads by name) and must not. */
const MATCHED = [
  'nginx.conf',
  'etc/nginx/nginx.conf',
  'etc/nginx/fastcgi.conf',
  'etc/nginx/sites-available/ollama',
  'etc/nginx/sites-enabled/default',
  'etc/nginx/conf.d/api.conf',
  'deploy/nginx/snippets/auth.conf',
  'proxy.nginx',
  'firewall/ruleset.nft',
  'etc/nftables.conf',
  'etc/iptables/rules.v4',
  'rules.v6',
  'etc/ufw/user.rules',
  'firewall/home.rules',
  'etc/sysconfig/iptables',
  'ollama.service',
  'units/backup.timer',
  'units/ollama.socket',
  'etc/systemd/system/ollama.service.d/override.conf',
  'etc/systemd/system/ssh.socket.d/listen.conf',
  'Caddyfile',
  'deploy/Caddyfile.prod',
  'sites/api.caddy',
  'etc/ssh/sshd_config',
  'etc/ssh/sshd_config.d/10-hardening.conf',
  'compose.yaml',
  'docker-compose.yml',
  'deploy/docker-compose.prod.yaml',
  'scripts/setup.sh',
  'install.bash',
];
const UNMATCHED = [
  'README.md',
  'package.json',
  'src/index.ts',
  'etc/udev/rules.d/99-usb.rules',
  'etc/polkit-1/rules.d/50-admin.rules',
  'etc/audit/rules.d/audit.rules',
  'etc/sysctl.d/99-net.conf',
  'etc/modprobe.d/blacklist.conf',
  'etc/nginx/html/index.html',
  'etc/ssh/ssh_config',
  'notes/nginx.conf.md',
  'shell.sh.txt',
];

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

function repoWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'airlock-precommit-'));
  git(dir, 'init', '-q');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  git(dir, 'add', '--', ...Object.keys(files));
  return dir;
}

/** What pre-commit gives a hook: the staged names, not deleted ones (its own git call). */
function stagedNames(repo: string): string[] {
  return git(repo, 'diff', '--staged', '--name-only', '--no-ext-diff', '-z', '--diff-filter=ACMRTUXB').split('\0').filter(Boolean);
}

/**
 * Runs a hook as pre-commit does: shlex-split `entry`, then `args`, then the
 * selected file names (when pass_filenames), from the repository root. The
 * entry's first word is the `airlock` bin that `language: node` installs; here
 * it is this checkout's bin/airlock.js.
 */
function runHook(h: Hook, repo: string): { status: number; output: string; passed: string[] } {
  const entry = h.entry.split(/\s+/);
  expect(entry[0]).toBe('airlock');
  const passed = selectFiles(h, stagedNames(repo));
  const argv = [...entry.slice(1), ...h.args, ...(h.pass_filenames ? passed : [])];
  const r = spawnSync(process.execPath, [CLI, ...argv], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, PRE_COMMIT: '1' },
    timeout: 60_000,
  });
  return { status: r.status ?? -1, output: r.stdout + r.stderr, passed };
}

const BAD_NGINX = [
  'server {',
  '    listen 80;',
  '    server_name _;',
  '    location / {',
  '        proxy_pass http://127.0.0.1:11434;',
  '    }',
  '}',
  '',
].join('\n');

const GOOD_NGINX = [
  'server {',
  '    listen 127.0.0.1:8080;',
  '    location / {',
  '        proxy_pass http://127.0.0.1:11434;',
  '        proxy_set_header Host localhost:11434;',
  '    }',
  '}',
  '',
].join('\n');

/** A README whose fenced block airlock would reject: if the hook passed it, the hook would fail. */
const README = ['# ops notes', '', '```nginx', BAD_NGINX, '```', ''].join('\n');

describe('.pre-commit-hooks.yaml', () => {
  it('defines the static hook and the manual sandbox hook over the same files', () => {
    const a = hook('airlock');
    const s = hook('airlock-sandbox');
    expect(a).toMatchObject({ entry: 'airlock check', language: 'node', pass_filenames: true, require_serial: true });
    expect(a.stages).toBeUndefined();
    expect(s).toMatchObject({ entry: 'airlock check --sandbox', language: 'node', stages: ['manual'], require_serial: true });
    expect(s.files).toBe(a.files);
    expect(s.exclude).toBe(a.exclude);
  });

  it('selects the configs airlock knows and nothing else', () => {
    const h = hook('airlock');
    expect(selectFiles(h, MATCHED)).toEqual(MATCHED);
    expect(selectFiles(h, UNMATCHED)).toEqual([]);
  });

  it('only selects names that airlock itself reads as a config language', () => {
    // Paths arrive relative to the repository root; airlock's path rules are
    // written for server paths, so ask with the root as '/'.
    const unknown = MATCHED.filter((f) => langFromPath(f) === undefined && langFromPath(`/${f}`) === undefined);
    expect(unknown).toEqual([]);
  });

  it('reads the same under PyYAML and Python re as here, when python3 has yaml', () => {
    const script = [
      'import json, re, sys, yaml',
      'hooks = yaml.safe_load(open(sys.argv[1]))',
      'names = json.loads(sys.stdin.read())',
      'out = {}',
      'for h in hooks:',
      "    f, x = re.compile(h.get('files', '')), re.compile(h.get('exclude', '^$'))",
      "    out[h['id']] = {'hook': h, 'selected': [n for n in names if f.search(n) and not x.search(n)]}",
      'print(json.dumps(out))',
    ].join('\n');
    const r = spawnSync('python3', ['-c', script, path.join(ROOT, '.pre-commit-hooks.yaml')], { input: JSON.stringify([...MATCHED, ...UNMATCHED]), encoding: 'utf8' });
    if (r.error || /No module named .?yaml/.test(r.stderr ?? '')) return; // no python3 or no PyYAML: the subset reader stands alone
    expect(r.status, r.stderr).toBe(0);
    const py = JSON.parse(r.stdout) as Record<string, { hook: Record<string, unknown>; selected: string[] }>;
    for (const h of hooks) {
      expect(py[h.id].selected).toEqual(MATCHED);
      for (const [k, v] of Object.entries(py[h.id].hook)) expect(h[k], k).toEqual(v);
    }
  });

  it('fails the commit on a bad staged nginx config, naming its line, and never passes the README', () => {
    const repo = repoWith({ 'etc/nginx/sites-available/ollama': BAD_NGINX, 'README.md': README, 'etc/udev/rules.d/99-x.rules': '-P INPUT DROP\n' });
    const r = runHook(hook('airlock'), repo);
    expect(r.passed).toEqual(['etc/nginx/sites-available/ollama']);
    expect(r.status, r.output).toBe(1);
    expect(r.output).toMatch(/^ {2}etc\/nginx\/sites-available\/ollama:5:9 error .*\[nginx-unauthenticated-proxy\]$/m);
    expect(r.output).not.toContain('README.md');
    expect(r.output).not.toContain('99-x.rules');
  });

  it('gcc lines when the user adds args: [--format, gcc]', () => {
    const repo = repoWith({ 'etc/nginx/sites-available/ollama': BAD_NGINX });
    const r = runHook({ ...hook('airlock'), args: ['--format', 'gcc'] }, repo);
    expect(r.status).toBe(1);
    expect(r.output).toMatch(/^etc\/nginx\/sites-available\/ollama:5:9: error: .* \[nginx-unauthenticated-proxy\]$/m);
  });

  it('passes a good staged config (and the README it must not read)', () => {
    const repo = repoWith({ 'etc/nginx/sites-available/ollama': GOOD_NGINX, 'README.md': README });
    const r = runHook(hook('airlock'), repo);
    expect(r.passed).toEqual(['etc/nginx/sites-available/ollama']);
    expect(r.status, r.output).toBe(0);
  });

  it('passes no names at all when nothing staged matches (pre-commit then skips the hook)', () => {
    const repo = repoWith({ 'README.md': README, 'src/app.ts': 'export {};\n' });
    expect(selectFiles(hook('airlock'), stagedNames(repo))).toEqual([]);
  });

  it('runs under the real pre-commit when it is installed', () => {
    const which = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
    if (which.error || which.status !== 0) return;
    const manifest = spawnSync('pre-commit', ['validate-manifest', path.join(ROOT, '.pre-commit-hooks.yaml')], { encoding: 'utf8' });
    expect(manifest.status, manifest.stdout + manifest.stderr).toBe(0);
    // A local hook with this manifest's selection, run by pre-commit itself;
    // `system` instead of `node` so pre-commit does not npm-install the checkout.
    const h = hook('airlock');
    const yamlQuote = (s: string): string => `'${s.replace(/'/g, "''")}'`;
    const config = [
      'repos:',
      '- repo: local',
      '  hooks:',
      '  - id: airlock',
      '    name: airlock',
      `    entry: ${yamlQuote(`${process.execPath} ${CLI} check`)}`,
      '    language: system',
      `    files: ${yamlQuote(h.files)}`,
      `    exclude: ${yamlQuote(h.exclude)}`,
      '    require_serial: true',
      '',
    ].join('\n');
    const repo = repoWith({ '.pre-commit-config.yaml': config, 'etc/nginx/sites-available/ollama': BAD_NGINX, 'README.md': README });
    const env = { ...process.env, HOME: repo, PRE_COMMIT_HOME: path.join(repo, '.cache'), NO_COLOR: '1' };
    const bad = spawnSync('pre-commit', ['run', '--color', 'never'], { cwd: repo, encoding: 'utf8', env, timeout: 120_000 });
    expect(bad.status, bad.stdout + bad.stderr).toBe(1);
    expect(bad.stdout).toContain('etc/nginx/sites-available/ollama:5:9');
    expect(bad.stdout).not.toContain('README.md');
    fs.writeFileSync(path.join(repo, 'etc/nginx/sites-available/ollama'), GOOD_NGINX);
    git(repo, 'add', 'etc/nginx/sites-available/ollama');
    const good = spawnSync('pre-commit', ['run', '--color', 'never'], { cwd: repo, encoding: 'utf8', env, timeout: 120_000 });
    expect(good.status, good.stdout + good.stderr).toBe(0);
  }, 180_000);
});
