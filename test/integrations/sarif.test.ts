import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { airlock, ROOT } from '../helpers';

/** An AI answer with findings in three languages (nginx, shell/iptables, sshd). */
const ANSWER = [
  'Here is how to expose Ollama safely.',
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
  'Then the firewall:',
  '',
  '```bash',
  'sudo iptables -P INPUT DROP',
  'sudo iptables -A INPUT -p tcp --dport 80 -j ACCEPT',
  'curl -fsSL https://example.com/install.sh | sh',
  '```',
  '',
  'And in `/etc/ssh/sshd_config`:',
  '',
  '```',
  'PermitRootLogin yes',
  'PasswordAuthentication yes',
  '```',
  '',
].join('\n');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'airlock-sarif-'));
fs.mkdirSync(path.join(tmp, 'docs'));
fs.writeFileSync(path.join(tmp, 'docs', 'ollama answer.md'), ANSWER);

/** The official 2.1.0 schema. Its language-tag pattern is not valid under the `u` flag, hence unicodeRegExp: false. */
function validator(): (data: unknown) => string | undefined {
  const ajv = new AjvDraft04({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'sarif-2.1.0-rtm.5.json'), 'utf8')));
  return (data) => (validate(data) ? undefined : JSON.stringify(validate.errors, null, 1));
}
const invalid = validator();

interface SarifLog {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: Array<Record<string, any>> } };
    artifacts: Array<{ location: { uri: string } }>;
    results: Array<Record<string, any>>;
  }>;
}

function sarifOf(args: string[], opts: { input?: string; cwd?: string } = {}): SarifLog {
  const r = airlock(['check', '--format', 'sarif', ...args], { cwd: opts.cwd ?? tmp, input: opts.input });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as SarifLog;
}

describe('--format sarif for GitHub code scanning', () => {
  const log = sarifOf(['docs/ollama answer.md']);
  const run = log.runs[0];
  const json = JSON.parse(airlock(['check', '--format', 'json', 'docs/ollama answer.md'], { cwd: tmp }).stdout) as {
    findings: Array<{ ruleId: string; line: number; column: number; message: string }>;
  };

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(invalid(log)).toBeUndefined();
    expect(log.version).toBe('2.1.0');
  });

  it('names the tool and describes every rule with an id, help and a help URI', () => {
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe('airlock');
    expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    const rulesOut = JSON.parse(airlock(['rules', '--format', 'json']).stdout) as Array<{ id: string }>;
    expect(run.tool.driver.rules.map((r) => r.id).sort()).toEqual(rulesOut.map((r) => r.id).sort());
    for (const rule of run.tool.driver.rules) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.shortDescription.text.length, rule.id).toBeGreaterThan(0);
      expect(rule.help.text.length, rule.id).toBeGreaterThan(0);
      expect(rule.help.markdown, rule.id).toContain('**Bad**');
      expect(rule.helpUri).toBe(`${run.tool.driver.informationUri}/blob/main/docs/rules/${rule.id}.md`);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
      const score = rule.properties['security-severity'];
      if (score !== undefined) {
        expect(rule.properties.tags).toContain('security');
        expect(Number(score)).toBeGreaterThan(0);
        expect(Number(score)).toBeLessThanOrEqual(10);
      }
    }
  });

  it('gives every finding a result: ruleId, message, file URI and start line', () => {
    expect(json.findings.length).toBeGreaterThanOrEqual(5);
    expect(new Set(json.findings.map((f) => f.ruleId)).size).toBeGreaterThanOrEqual(4);
    expect(run.results).toHaveLength(json.findings.length);
    run.results.forEach((res, i) => {
      const f = json.findings[i];
      expect(res.ruleId).toBe(f.ruleId);
      expect(run.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
      expect(res.message.text).toBe(f.message);
      const loc = res.locations[0].physicalLocation;
      // Relative to the checkout, percent-encoded: what code scanning matches against repository paths.
      expect(loc.artifactLocation).toMatchObject({ uri: 'docs/ollama%20answer.md', uriBaseId: '%SRCROOT%' });
      expect(run.artifacts[loc.artifactLocation.index].location.uri).toBe(loc.artifactLocation.uri);
      expect(loc.region.startLine).toBe(f.line);
      expect(loc.region.startColumn).toBe(f.column);
      expect(loc.region.endLine).toBeGreaterThanOrEqual(loc.region.startLine);
    });
  });

  it('writes absolute paths as file:// URIs, standard input as "stdin", and stays valid with no findings', () => {
    const abs = sarifOf([path.join(tmp, 'docs', 'ollama answer.md')]);
    expect(invalid(abs)).toBeUndefined();
    expect(abs.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(`file://${tmp.split(path.sep).map(encodeURIComponent).join('/')}/docs/ollama%20answer.md`);
    const piped = sarifOf(['-'], { input: ANSWER });
    expect(invalid(piped)).toBeUndefined();
    expect(piped.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('stdin');
    const clean = sarifOf(['-'], { input: '```bash\nsudo ufw allow 22/tcp\n```\n' });
    expect(invalid(clean)).toBeUndefined();
    expect(clean.runs[0].results).toEqual([]);
  });
});
