import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PolicyFile } from '../../src/policy/types';
import { engineReady, hostRuleset, labelled } from './engine';

// Each case applies a real answer in real containers: one at a time, they share 2 cores.
const ready = await engineReady();
const d = ready.ok ? describe.sequential : describe.skip;
const T = 180_000;

const CLI = join(__dirname, '..', '..', 'bin', 'airlock.js');

interface Report {
  verdict: string;
  findings: Array<{ ruleId: string; line: number; message: string; source: string; severity: string }>;
  sandbox: { matrixDiff: string };
}

/** The real pipeline, as a user runs it: `airlock check --sandbox --format json -`. */
async function sandbox(answer: string, policy?: PolicyFile): Promise<Report & { sb: { matrixDiff: string } }> {
  const args = [CLI, 'check', '--sandbox', '--format', 'json'];
  if (policy) {
    const f = join(mkdtempSync(join(tmpdir(), 'airlock-policy-')), 'airlock.json');
    writeFileSync(f, JSON.stringify(policy));
    args.push('--policy', f);
  }
  const r = spawnSync(process.execPath, [...args, '-'], { input: answer, encoding: 'utf8', timeout: T, cwd: tmpdir() });
  if (r.status !== 0 && r.status !== 1) throw new Error(`airlock exited ${r.status}: ${r.stderr}`);
  const rep = JSON.parse(r.stdout) as Report;
  return Object.assign(rep, { sb: rep.sandbox });
}
const ids = (r: Report) => r.findings.filter((f) => f.source === 'sandbox').map((f) => f.ruleId);

const FENCE = '```';
const OLLAMA_OPEN = [
  `${FENCE}bash`,
  'sudo mkdir -p /etc/systemd/system/ollama.service.d',
  "sudo tee /etc/systemd/system/ollama.service.d/override.conf <<'EOF'",
  '[Service]',
  'Environment="OLLAMA_HOST=0.0.0.0"',
  'EOF',
  'sudo systemctl daemon-reload',
  'sudo systemctl restart ollama',
  FENCE,
  '',
].join('\n');

const nginxProxy = (auth: string[], extra: string[]) =>
  [
    `${FENCE}bash`,
    'sudo htpasswd -bc /etc/nginx/.htpasswd admin s3cret',
    "sudo tee /etc/nginx/conf.d/ollama.conf <<'EOF'",
    'server {',
    '    listen 8081;',
    '    location / {',
    ...auth,
    '        proxy_pass http://127.0.0.1:11434;',
    '    }',
    ...extra,
    '}',
    'EOF',
    'sudo nginx -t && sudo systemctl reload nginx',
    FENCE,
    '',
  ].join('\n');

d('sandbox against the real engine', () => {
  let before = '';
  beforeAll(() => {
    before = hostRuleset();
  });

  it('ufw enabled without an SSH rule: SSH open before, blocked after → lockout', { timeout: T }, async () => {
    const r = await sandbox(`${FENCE}bash\nsudo ufw default deny incoming\nsudo ufw allow 80/tcp\nsudo ufw enable\n${FENCE}\n`);
    expect(ids(r)).toContain('sandbox-lockout');
    expect(r.findings.find((x) => x.ruleId === 'sandbox-lockout')!.line).toBe(4);
    expect(r.sb.matrixDiff).toMatch(/-22\/tcp v4 admin 203\.0\.113\.50 -> 203\.0\.113\.2: open/);
    expect(r.sb.matrixDiff).toMatch(/\+22\/tcp v4 admin 203\.0\.113\.50 -> 203\.0\.113\.2: filtered/);
    expect(r.verdict).toBe('reject');
  });

  it('OLLAMA_HOST=0.0.0.0 override: the outsider reaches 11434 after → exposure', { timeout: T }, async () => {
    const r = await sandbox(OLLAMA_OPEN);
    expect(ids(r)).toContain('sandbox-exposure');
    expect(r.findings.find((x) => x.ruleId === 'sandbox-exposure')!.line).toBe(5); // the Environment= line
    expect(r.sb.matrixDiff).toMatch(/\+11434\/tcp v4 admin 203\.0\.113\.50 -> 203\.0\.113\.2: open/);
    expect(r.sb.matrixDiff).toMatch(/\+11434\/tcp v6 admin \S+ -> \S+: open/); // dual-stack, as Ollama binds
  });

  it('nginx basic-auth proxy: 401 without credentials, 200 with → no sandbox finding', { timeout: T }, async () => {
    const r = await sandbox(nginxProxy(['        auth_basic "Ollama";', '        auth_basic_user_file /etc/nginx/.htpasswd;'], []));
    expect(ids(r)).toEqual([]);
    expect(r.sb.matrixDiff).toMatch(/8081\/tcp v4 admin 203\.0\.113\.50 -> 203\.0\.113\.2: open http\[\/ 401 auth:200\(ollama\)/);
  });

  it('nginx auth_request to a `return 200` location: reachable without credentials → exposure', { timeout: T }, async () => {
    const r = await sandbox(nginxProxy(['        auth_request /auth;'], ['    location = /auth { return 200; }']));
    expect(ids(r)).toContain('sandbox-exposure');
    expect(r.findings.find((x) => x.ruleId === 'sandbox-exposure')!.message).toMatch(/through port 8081 without credentials/);
  });

  it('inet rule filtering only `ip saddr`: IPv6 reaches the port → exposure', { timeout: T }, async () => {
    const answer = [
      OLLAMA_OPEN,
      `${FENCE}bash`,
      "sudo tee /etc/nftables.conf <<'EOF'",
      'table inet filter {',
      '  chain input {',
      '    type filter hook input priority 0; policy accept;',
      '    tcp dport 11434 ip saddr != 192.168.1.0/24 drop',
      '  }',
      '}',
      'EOF',
      'sudo nft -f /etc/nftables.conf',
      FENCE,
      '',
    ].join('\n');
    const r = await sandbox(answer, { services: [{ name: 'ollama', port: 11434, allow: ['192.168.1.0/24'] }] });
    const f = r.findings.find((x) => x.ruleId === 'sandbox-exposure');
    expect(f).toBeDefined();
    expect(f!.message).toMatch(/over IPv6/);
    expect(r.sb.matrixDiff).toMatch(/\+11434\/tcp v4 peer 192\.168\.1\.0\/24 192\.168\.1\.50 -> 192\.168\.1\.2: open/);
    expect(r.sb.matrixDiff).not.toMatch(/\+11434\/tcp v4 admin 203\.0\.113\.50 -> 203\.0\.113\.2: open/);
  });

  it('a safe answer → approve', { timeout: T }, async () => {
    const r = await sandbox(`${FENCE}bash\nsudo ufw allow OpenSSH\nsudo ufw allow from 192.168.1.0/24 to any port 11434 proto tcp\nsudo ufw enable\n${FENCE}\n`);
    expect(ids(r)).toEqual([]);
    expect(r.verdict).toBe('approve');
  });

  it("an invalid nginx config: nginx -t's message lands on the input line", { timeout: T }, async () => {
    const r = await sandbox(
      [`${FENCE}bash`, "sudo tee /etc/nginx/conf.d/api.conf <<'EOF'", 'server {', '    listen 8082;', '    proxy_pas http://127.0.0.1:11434;', '}', 'EOF', FENCE, ''].join('\n'),
    );
    const f = r.findings.find((x) => x.ruleId === 'sandbox-validator');
    expect(f).toBeDefined();
    expect(f!.line).toBe(5);
    expect(f!.message).toMatch(/unknown directive "proxy_pas"/);
  });

  it('leaves the host packet filter untouched', { timeout: T }, async () => {
    // Runs return before their networks are gone (the watchdog removes them); Docker's own rules for a live network are not ours.
    const t0 = Date.now();
    while (labelled().networks.length && Date.now() - t0 < 30_000) await new Promise((r) => setTimeout(r, 250));
    expect(hostRuleset()).toBe(before);
  });

  it('a run killed with SIGKILL leaves nothing behind 10 s later', { timeout: T }, async () => {
    const child = spawn(process.execPath, [CLI, 'check', '--sandbox', '-'], { stdio: ['pipe', 'ignore', 'pipe'], cwd: tmpdir() });
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.stdin.end(OLLAMA_OPEN);
    const count = () => labelled().containers.length;
    const t0 = Date.now();
    while (count() < 2 && Date.now() - t0 < 90_000 && child.exitCode === null) await new Promise((r) => setTimeout(r, 200));
    expect(count(), `containers never appeared; airlock said: ${err}`).toBeGreaterThanOrEqual(2);
    child.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 10_000));
    expect(labelled()).toEqual({ containers: [], networks: [] });
  });
});
