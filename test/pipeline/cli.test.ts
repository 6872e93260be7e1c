import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { explainRule } from '../../src/cli/rules';
import { airlock, ROOT } from '../helpers';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'airlock-cli-'));
const write = (name: string, data: string | Buffer): string => {
  const p = path.join(tmp, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, data);
  return p;
};

const ANSWER = [
  'To lock down Ollama, put nginx in front of it.',
  '',
  'Create `/etc/nginx/sites-available/ollama`:',
  '',
  '```nginx',
  'server {',
  '    listen 8080;',
  '    location / {',
  '        proxy_pass http://127.0.0.1:11434',
  '    }',
  '}',
  '```',
  '',
  'Then open the firewall:',
  '',
  '```bash',
  'sudo ufw allow 22/tcp',
  'sudo ufw enable',
  '```',
  '',
].join('\n');

describe('airlock check: exit codes and formats', () => {
  let reportSchema: object;
  beforeAll(() => {
    reportSchema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
  });

  it('rejects with exit 1 and names the line inside the markdown answer', () => {
    const r = airlock(['check', '--format', 'json', '-'], { input: ANSWER });
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    const ajv = new Ajv({ strict: false });
    expect(ajv.validate(reportSchema, report), JSON.stringify(ajv.errors)).toBe(true);
    const syntax = report.findings.find((f: { ruleId: string }) => f.ruleId === 'syntax-error');
    expect(syntax).toMatchObject({ file: '<stdin>', line: 9, class: 'invalid', severity: 'error', source: 'static' });
    expect(syntax.message).toContain('missing `;`');
    expect(report.inputs[0].blocks.map((b: { lang: string }) => b.lang)).toEqual(['nginx', 'shell']);
  });

  it('gives the same findings when the fences are removed (a page pasted as text)', () => {
    const fenced = JSON.parse(airlock(['check', '--format', 'json', '-'], { input: ANSWER }).stdout);
    const plain = JSON.parse(airlock(['check', '--format', 'json', '-'], { input: ANSWER.replace(/^```.*$/gm, '') }).stdout);
    const key = (r: { findings: Array<{ ruleId: string; line: number; column: number }> }): string[] => r.findings.map((f) => `${f.ruleId}@${f.line}:${f.column}`);
    expect(key(plain)).toEqual(key(fenced));
    expect(key(fenced).length).toBeGreaterThan(0);
  });

  it('approves a clean config with exit 0', () => {
    const f = write('ok/nginx.conf', 'events {}\nhttp {\n  server {\n    listen 127.0.0.1:8080;\n    location / { proxy_pass http://127.0.0.1:11434; }\n  }\n}\n');
    const r = airlock(['check', '--format', 'json', f]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).verdict).toBe('approve');
    expect(r.status).toBe(0);
  });

  it('prints gcc lines an editor can jump to', () => {
    const f = write('gcc/site.conf', 'server {\n  listen 127.0.0.1:80;\n  location / {\n    proxy_pass http://127.0.0.1:11434\n  }\n}\n');
    const r = airlock(['check', '--lang', 'nginx', '--format', 'gcc', f]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:\\d+: error: .+ \\[syntax-error\\]$`, 'm'));
  });

  it('prints a code frame with a caret and a summary line, without colour when piped', () => {
    const r = airlock(['check', '-'], { input: ANSWER });
    expect(r.stdout).toContain('9 │         proxy_pass http://127.0.0.1:11434');
    expect(r.stdout).toMatch(/│ +\^+/);
    expect(r.stdout).toMatch(/^reject: \d+ error\(s\)/m);
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('--quiet prints only the findings', () => {
    const r = airlock(['check', '--quiet', '-'], { input: ANSWER });
    for (const line of r.stdout.trim().split('\n')) expect(line).toMatch(/^<stdin>:\d+:\d+: (error|warning|info): .* \[[a-z0-9-]+\]$/);
  });

  it('--fail-on warning rejects on a warning; error does not', () => {
    const input = '```bash\nsudo ufw allow 22/tcp\n# airlock-ignore syntax-error\nsudo ufw enable\n```\n';
    const warn = airlock(['check', '--format', 'json', '--fail-on', 'warning', '-'], { input });
    const rep = JSON.parse(warn.stdout);
    expect(rep.findings.some((f: { ruleId: string }) => f.ruleId === 'suppression-without-reason')).toBe(true);
    expect(warn.status).toBe(1);
    const err = airlock(['check', '--format', 'json', '-'], { input });
    expect(JSON.parse(err.stdout).findings.every((f: { severity: string }) => f.severity !== 'error') ? err.status : 0).toBe(0);
  });
});

describe('airlock check: suppressions', () => {
  it('a reasoned airlock-ignore on the line before silences that finding only', () => {
    const text = 'server {\n  location / {\n    # airlock-ignore syntax-error: demo of a broken line\n    proxy_pass http://127.0.0.1:11434\n  }\n}\n';
    const f = write('sup/a.conf', text);
    const r = JSON.parse(airlock(['check', '--lang', 'nginx', '--format', 'json', f]).stdout);
    expect(r.findings.filter((x: { ruleId: string }) => x.ruleId === 'syntax-error')).toEqual([]);
    expect(r.findings.filter((x: { ruleId: string }) => x.ruleId === 'suppression-without-reason')).toEqual([]);
  });
});

describe('bad input: one line, exit 2, never a trace', () => {
  const bad = (args: string[], input?: string | Buffer): { status: number; err: string } => {
    const r = airlock(args, { input });
    return { status: r.status, err: r.stderr };
  };
  const oneLine = (s: string): void => {
    expect(s.trim().split('\n')).toHaveLength(1);
    expect(s).not.toMatch(/\bat .+:\d+:\d+\)/);
  };

  it('a path that does not exist', () => {
    const r = bad(['check', path.join(tmp, 'nope.conf')]);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/nope\.conf: no such file/);
    oneLine(r.err);
  });
  it('a directory', () => {
    const r = bad(['check', tmp]);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/is a directory/);
    oneLine(r.err);
  });
  it('a binary file, with the line of the first NUL', () => {
    const r = bad(['check', write('bin.dat', Buffer.from([0x6c, 0x0a, 0x0a, 0x00, 0x01]))]);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/bin\.dat:3: binary data/);
    oneLine(r.err);
  });
  it('invalid UTF-8, with its line', () => {
    const r = bad(['check', write('latin1.conf', Buffer.from('server {\n  # caf\xe9\n}\n', 'latin1'))]);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/latin1\.conf:2: is not valid UTF-8/);
    oneLine(r.err);
  });
  it('a 50 MB input is refused quickly, not read into a hang', () => {
    const big = write('big.txt', Buffer.alloc(50 * 1024 * 1024, 'a'));
    const r = bad(['check', big]);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/big\.txt: is 50\.0 MiB; airlock reads inputs up to/);
    oneLine(r.err);
  });
  it('empty input approves with nothing to check', () => {
    const r = airlock(['check', '--format', 'json', '-'], { input: '' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).inputs[0].blocks).toEqual([]);
  });
  it('a block whose language cannot be told is an info finding, not a crash', () => {
    const r = airlock(['check', '--format', 'json', '-'], { input: 'Try this:\n\n```\nfoo: bar\nbaz qux\n```\n' });
    expect(r.status).toBe(0);
    const f = JSON.parse(r.stdout).findings;
    expect(f).toEqual([expect.objectContaining({ ruleId: 'unknown-language', severity: 'info', line: 4 })]);
  });
  it('an invalid policy names the JSON path', () => {
    const p = write('policy.json', JSON.stringify({ ssh: { port: 'twenty-two' } }, null, 2));
    const r = bad(['check', '--policy', p, '-'], 'x');
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/policy\.json:3: invalid policy at ssh\.port/);
    oneLine(r.err);
  });
  it('a policy that is not JSON', () => {
    const p = write('broken.json', '{ "ssh": ');
    const r = bad(['check', '--policy', p, '-'], 'x');
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/broken\.json:\d+: policy is not valid JSON/);
  });
  it('an unknown option or format is a usage error', () => {
    expect(bad(['check', '--format', 'xml', '-'], '').status).toBe(2);
    expect(bad(['check', '--bogus'], '').status).toBe(2);
    expect(bad(['frobnicate'], '').status).toBe(2);
  });
});

describe('airlock rules / explain', () => {
  it('explain works for every id rules lists', () => {
    const ids = JSON.parse(airlock(['rules', '--format', 'json']).stdout).map((r: { id: string }) => r.id) as string[];
    expect(ids.length).toBeGreaterThan(1);
    // Every id in-process (one CLI start per rule would be slow), and the CLI itself on the first and last.
    for (const id of ids) {
      const page = explainRule(id);
      expect(page, id).toContain(`# ${id}`);
      expect(page).toContain('## Why is this bad?');
      expect(page).toContain('## Use instead');
    }
    for (const id of [ids[0], ids[ids.length - 1]]) {
      const r = airlock(['explain', id]);
      expect(r.status, id).toBe(0);
      expect(r.stdout).toBe(explainRule(id));
    }
  });
  it('explain of an unknown id is a usage error', () => {
    const r = airlock(['explain', 'no-such-rule']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no rule 'no-such-rule'/);
  });
});
