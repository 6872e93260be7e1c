import { describe, expect, it } from 'vitest';
import type { ApplyStep, Compiled } from '../../src/sandbox/compile';
import { resettable } from '../../src/sandbox/reuse';

const cmd = (script: string): ApplyStep => ({ index: 0, kind: 'command', script, timeout: 20 });
const write = (path: string): ApplyStep => ({ index: 0, kind: 'write', path, append: false, content: '' });
const compiled = (steps: ApplyStep[], daemons: Compiled['daemons'] = []): Compiled => ({ steps, origin: [], validators: [], daemons, notes: [] });

describe('resettable: a target is reset in place only after a firewall-only answer', () => {
  it.each([
    ['ufw commands', [cmd('ufw allow 22/tcp'), cmd('ufw --force enable')]],
    ['iptables with env and save redirect', [cmd('iptables -P INPUT DROP'), cmd('iptables-save >/etc/iptables/rules.v4')]],
    ['nft ruleset file', [write('/etc/nftables.conf'), cmd('nft -f /etc/nftables.conf')]],
    ['firewall units', [cmd('systemctl enable --now nftables'), cmd('netfilter-persistent save')]],
    ['nft chain spec with quoted semicolons', [cmd("nft add chain inet filter input '{ type filter hook input priority 0; policy drop; }'")]],
    ['ufw IPv6 setting', [cmd("sed -i 's/IPV6=yes/IPV6=no/' /etc/default/ufw")]],
  ])('%s → reset', (_name, steps) => {
    expect(resettable(compiled(steps as ApplyStep[]))).toBe(true);
  });

  it.each([
    ['a unit drop-in', [write('/etc/systemd/system/ollama.service.d/override.conf'), cmd('systemctl restart ollama')]],
    ['nginx configured', [cmd('ufw allow 80/tcp')], ['nginx'] as Compiled['daemons']],
    ['a package', [cmd('apt-get install -y iptables-persistent')]],
    ['a redirect elsewhere', [cmd('iptables-save > /root/rules')]],
    ['a command substitution', [cmd('iptables -A INPUT -s $(curl -s ip.example) -j ACCEPT')]],
    ['sshd restarted', [cmd('ufw allow 22/tcp && systemctl restart ssh')]],
  ])('%s → fresh target', (_name, steps, daemons = []) => {
    expect(resettable(compiled(steps as ApplyStep[], daemons as Compiled['daemons']))).toBe(false);
  });
});
