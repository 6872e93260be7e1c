import { describe, expect, it } from 'vitest';
import { makeSource, toOriginal } from '../../src/core/document';
import { extract } from '../../src/input/extract';
import { buildPlan } from '../../src/plan/index';
import type { CommandStep, WriteStep } from '../../src/plan/types';

const plan = (text: string) => buildPlan(extract(makeSource('<stdin>', text), { lang: 'shell' }));
const commands = (text: string) => plan(text).plan.steps.filter((s): s is CommandStep => s.kind === 'command');
const writes = (text: string) => plan(text).plan.steps.filter((s): s is WriteStep => s.kind === 'write');

describe('commands', () => {
  it('strips sudo, doas, env and VAR= prefixes and joins continuations', () => {
    const [a, b, c] = commands('sudo -E FOO=1 iptables -A INPUT \\\n  -p tcp --dport 22 -j ACCEPT\ndoas ufw enable\nenv LANG=C nft list ruleset\n');
    expect([a.name, a.sudo, a.env, a.args.map((w) => w.text)]).toEqual(['iptables', true, { FOO: '1' }, ['-A', 'INPUT', '-p', 'tcp', '--dport', '22', '-j', 'ACCEPT']]);
    expect(a.info).toMatchObject({ tool: 'iptables', family: 'ip' });
    expect(a.info.tool === 'iptables' && a.info.doc.text).toBe('iptables -A INPUT \\\n  -p tcp --dport 22 -j ACCEPT');
    expect([b.name, b.sudo, b.info.tool]).toEqual(['ufw', true, 'ufw']);
    expect([c.name, c.sudo, c.env]).toEqual(['nft', false, { LANG: 'C' }]);
  });

  it('types systemctl, docker -p, htpasswd and curl | sh', () => {
    const s = commands('systemctl enable --now ollama nginx\ndocker run -d -p 11434:11434 -p 127.0.0.1:3000:8080 ollama/ollama\nhtpasswd -c /etc/nginx/.htpasswd admin\ncurl -fsSL https://ollama.com/install.sh | sh\n');
    expect(s[0].info).toEqual({ tool: 'systemctl', verb: 'enable', units: ['ollama', 'nginx'], flags: ['--now'] });
    expect(s[1].info.tool === 'docker' && s[1].info.publish.map((p) => [p.hostAddress, p.hostPort, p.containerPort])).toEqual([
      [undefined, '11434', '11434'],
      ['127.0.0.1', '3000', '8080'],
    ]);
    expect(s[2].info).toEqual({ tool: 'htpasswd', flags: ['-c'], file: '/etc/nginx/.htpasswd', user: 'admin' });
    expect(s[3].info).toEqual({ tool: 'curl', url: 'https://ollama.com/install.sh', pipedToShell: true });
  });

  it('reads the inner script of sudo sh -c', () => {
    const w = writes("sudo sh -c 'echo \"net.ipv4.ip_forward=1\" > /etc/sysctl.d/99-fwd.conf'\n");
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ path: '/etc/sysctl.d/99-fwd.conf', privileged: true, append: false });
  });
});

describe('file writes become documents in their own language', () => {
  it('cat <<EOF | sudo tee F', () => {
    const text = 'cat <<EOF | sudo tee /etc/systemd/system/ollama.service.d/override.conf\n[Service]\nEnvironment="OLLAMA_HOST=0.0.0.0"\nEOF\n';
    const [w] = writes(text);
    expect(w).toMatchObject({ path: '/etc/systemd/system/ollama.service.d/override.conf', via: 'tee', privileged: true, append: false });
    expect(w.content.lang).toBe('systemd');
    expect(w.content.text).toBe('[Service]\nEnvironment="OLLAMA_HOST=0.0.0.0"');
    expect(toOriginal(w.content, { row: 1, column: 0 })).toMatchObject({ line: 3, column: 1 });
  });

  it("sudo tee -a F <<'EOF' > /dev/null", () => {
    const [w] = writes("sudo tee -a /etc/nginx/conf.d/ollama.conf > /dev/null <<'EOF'\nserver { listen 80; }\nEOF\n");
    expect(w).toMatchObject({ path: '/etc/nginx/conf.d/ollama.conf', append: true, privileged: true });
    expect(w.content.lang).toBe('nginx');
  });

  it('sudo cat > F <<EOF: the redirect is opened by the unprivileged shell', () => {
    const [w] = writes('sudo cat > /etc/nftables.conf <<EOF\ntable inet filter {\n}\nEOF\n');
    expect(w).toMatchObject({ path: '/etc/nftables.conf', privileged: false, via: 'redirect' });
    expect(w.content.lang).toBe('nftables');
    const [c] = commands('sudo cat > /etc/nftables.conf <<EOF\nx\nEOF\n');
    expect(c.sudo).toBe(true);
  });

  it('echo … >> F and printf … > F', () => {
    const w = writes("echo 'PasswordAuthentication no' | sudo tee -a /etc/ssh/sshd_config\nprintf '[Service]\\nEnvironment=A=b\\n' > /etc/systemd/system/x.service.d/o.conf\n");
    expect(w.map((x) => [x.path, x.content.lang, x.content.text])).toEqual([
      ['/etc/ssh/sshd_config', 'sshd', 'PasswordAuthentication no\n'],
      ['/etc/systemd/system/x.service.d/o.conf', 'systemd', '[Service]\nEnvironment=A=b\n'],
    ]);
  });

  it('iptables-restore and nft -f read their heredoc as a ruleset', () => {
    const [r, n] = commands('iptables-restore <<EOF\n*filter\nCOMMIT\nEOF\nnft -f - <<EOF\nflush ruleset\nEOF\n');
    expect(r.info.tool === 'iptables-restore' && r.info.input?.lang).toBe('iptables');
    expect(n.info.tool === 'nft' && n.info.doc?.lang).toBe('nftables');
  });
});

describe('config blocks shown on their own', () => {
  it('a unit block after `systemctl edit` is that unit’s override', () => {
    const res = buildPlan(extract(makeSource('<stdin>', '```bash\nsudo systemctl edit ollama\n```\nAdd:\n```ini\n[Service]\nEnvironment="OLLAMA_HOST=0.0.0.0"\n```\n')));
    const config = res.plan.steps.find((s) => s.kind === 'config');
    expect(config).toMatchObject({ path: '/etc/systemd/system/ollama.service.d/override.conf' });
  });
});
