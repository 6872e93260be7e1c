import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check-text';
import { makeSource, wholeDocument } from '../../src/core/document';
import { MATCH_KEYWORDS, firstGlobal, sshdModel, splitWords } from '../../src/model/sshd';
import { replacements } from '../../src/rules/sshd/settings';
import { allowsPort } from '../../src/rules/sshd/port-not-allowed';

const doc = (text: string) => wholeDocument(makeSource('sshd_config', text), 'sshd', 'sshd_config', 0);
const ids = async (text: string, filename?: string) => (await checkText(text, filename ? { filename } : {})).findings.map((f) => `${f.ruleId}@${f.line}`);

describe('sshd model', () => {
  it('reads keyword=value, keyword = value, quotes and comments as servconf does', () => {
    const m = sshdModel(doc('Port=2222\nListenAddress = 0.0.0.0\nBanner "/etc/my banner" # note\n  # comment\n'));
    expect(m.global.map((d) => [d.key, d.args.map((a) => a.text)])).toEqual([
      ['port', ['2222']],
      ['listenaddress', ['0.0.0.0']],
      ['banner', ['/etc/my banner']],
    ]);
    expect(m.global[0].args[0].span).toEqual({ start: { row: 0, column: 5 }, end: { row: 0, column: 9 } });
  });
  it('keeps everything after Match in the Match block, indentation or not', () => {
    const m = sshdModel(doc('PasswordAuthentication no\nMatch User a\n  X11Forwarding yes\nPermitRootLogin no\nMatch all\nAllowTcpForwarding no\n'));
    expect(m.global.map((d) => d.key)).toEqual(['passwordauthentication']);
    expect(m.matches.map((x) => x.directives.map((d) => d.key))).toEqual([['x11forwarding', 'permitrootlogin'], ['allowtcpforwarding']]);
    expect(firstGlobal(m, 'permitrootlogin')).toBeUndefined();
  });
  it('knows which keywords Match accepts', () => {
    expect(MATCH_KEYWORDS.has('passwordauthentication')).toBe(true);
    expect(MATCH_KEYWORDS.has('port')).toBe(false);
    expect(MATCH_KEYWORDS.has('usepam')).toBe(false);
  });
  it('splits words with # only at a word start', () => {
    expect(splitWords('AllowUsers a#b c # d').map((w) => w.text)).toEqual(['AllowUsers', 'a#b', 'c']);
  });
  it('reads sed replacements with any delimiter', () => {
    expect(replacements('s/^#\\?PasswordAuthentication .*/PasswordAuthentication no/')).toEqual(['PasswordAuthentication no']);
    expect(replacements('s|^#Port 22|Port 2222|g')).toEqual(['Port 2222']);
  });
  it('finds firewall allows of a port in ufw, iptables, nft and firewalld lines', () => {
    expect(allowsPort('ufw allow 2222/tcp', 2222)).toBe(true);
    expect(allowsPort('ufw deny 2222/tcp', 2222)).toBe(false);
    expect(allowsPort('iptables -A INPUT -p tcp --dport 2222 -j ACCEPT', 2222)).toBe(true);
    expect(allowsPort('tcp dport { 22, 2222 } accept', 2222)).toBe(true);
    expect(allowsPort('firewall-cmd --add-port=2222/tcp', 2222)).toBe(true);
    expect(allowsPort('ufw allow 22222/tcp', 2222)).toBe(false);
  });
});

describe('sshd rules', () => {
  it('reports a Port change a ufw setup does not allow, and stays quiet once it does', async () => {
    const bad = '```bash\nsudo ufw allow 22/tcp\nsudo ufw enable\necho "Port 2222" | sudo tee /etc/ssh/sshd_config.d/port.conf\n```\n';
    expect(await ids(bad)).toContain('sshd-port-not-allowed@4');
    expect(await ids(bad.replace('22/tcp', '2222/tcp'))).not.toContain('sshd-port-not-allowed@4');
  });
  it('keeps quiet when sshd also stays on 22', async () => {
    expect(await ids('Port 22\nPort 2222\n', 'sshd_config')).toEqual([]);
  });
  it('matches AllowUsers patterns with globs and user@host', async () => {
    const answer = (allow: string) => `\`\`\`bash\nssh-copy-id alice@server\n\`\`\`\n\n\`\`\`\n# /etc/ssh/sshd_config\nAllowUsers ${allow}\n\`\`\`\n`;
    expect(await ids(answer('al*'))).not.toContain('sshd-allow-users-lockout@7');
    expect(await ids(answer('alice@192.168.1.*'))).not.toContain('sshd-allow-users-lockout@7');
    expect(await ids(answer('bob'))).toContain('sshd-allow-users-lockout@7');
  });
  it('reports AllowUsers root with root logins off', async () => {
    expect(await ids('PermitRootLogin no\nAllowUsers root\n', 'sshd_config')).toContain('sshd-allow-users-lockout@2');
  });
  it('does not treat a LAN-only Match as re-enabling passwords', async () => {
    const text = 'PasswordAuthentication no\nMatch Address 10.0.0.0/8,192.168.0.0/16\n  PasswordAuthentication yes\n';
    expect(await ids(text, 'sshd_config')).toEqual([]);
  });
});
