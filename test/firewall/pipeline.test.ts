import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check-text';
import { buildPlan } from '../../src/plan/index';
import { extract } from '../../src/input/extract';
import { makeSource } from '../../src/core/document';
import { predict } from '../../src/firewall/predict';

const ids = async (text: string, filename = 'answer.sh') => (await checkText(text, { filename })).findings.map((f) => `${f.ruleId}@${f.line}`).sort();

describe('firewall rules through the whole pipeline', () => {
  it('stays quiet on the ordinary safe ufw setup', async () => {
    expect(await ids('sudo ufw allow OpenSSH\nsudo ufw enable\n')).toEqual([]);
  });

  it('stays quiet on SSH accepted before the DROP policy with an established rule', async () => {
    expect(await ids('iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT\niptables -A INPUT -p tcp --dport 22 -j ACCEPT\niptables -P INPUT DROP\n')).toEqual([]);
  });

  it('says which line drops SSH and which line would have restored it', async () => {
    const res = await checkText('iptables -P INPUT DROP\niptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT\niptables -A INPUT -p tcp --dport 22 -j ACCEPT\n', { filename: 'a.sh' });
    const f = res.findings.find((x) => x.ruleId === 'ssh-lockout')!;
    expect(f.line).toBe(1);
    expect(f.message).toMatch(/dropped after line 1 \(policy DROP/);
    expect(f.message).toMatch(/only arrives on line 3/);
  });

  it('follows the policy: the admin from a known network is fine with a LAN-only SSH rule', async () => {
    const text = 'ufw allow from 192.168.1.0/24 to any port 22 proto tcp\nufw enable\n';
    expect(await ids(text)).toEqual(['ssh-source-restricted@1']);
    const res = await checkText(text, { filename: 'a.sh', policyObject: { ssh: { from: ['192.168.1.0/24'] } } });
    expect(res.findings).toEqual([]);
    const out = await checkText(text, { filename: 'a.sh', policyObject: { ssh: { from: ['198.51.100.7/32'] } } });
    expect(out.findings.map((f) => f.ruleId)).toEqual(['ufw-enable-without-ssh']);
  });

  it('counts the SSH port from the policy', async () => {
    const res = await checkText('ufw allow 2222/tcp\nufw enable\n', { filename: 'a.sh', policyObject: { ssh: { port: 2222 } } });
    expect(res.findings).toEqual([]);
  });

  it('an nft file that fails to load changes nothing', async () => {
    expect(await ids('table inet filter {\n  chain input {\n    type filter hook input priority 0; policy drop;\n    tcp dprt 22 accept\n  }\n}\n', 'rules.nft')).toEqual(['firewall-unknown-keyword@4']);
  });
});

describe('predictions for the differential test', () => {
  it('predicts what a probe would see after each step', () => {
    const source = makeSource('a.sh', 'ufw allow from 192.168.1.0/24 to any port 11434 proto tcp\nufw allow OpenSSH\nufw enable\n');
    const { plan } = buildPlan(extract(source, {}));
    const probes = [
      { family: 'ip' as const, proto: 'tcp' as const, src: '192.168.1.20', dport: 11434 },
      { family: 'ip' as const, proto: 'tcp' as const, src: '203.0.113.9', dport: 11434 },
      { family: 'ip6' as const, proto: 'tcp' as const, src: '2001:db8::9', dport: 22 },
      { family: 'ip' as const, proto: 'tcp' as const, src: '127.0.0.1', dport: 11434, iif: 'lo' },
    ];
    expect(predict(plan, probes).map((p) => p.verdict)).toEqual(['accept', 'drop', 'accept', 'accept']);
    // Before `ufw enable` nothing filters.
    expect(predict(plan, probes, 1).map((p) => p.verdict)).toEqual(['accept', 'accept', 'accept', 'accept']);
  });
});
