import type { Lang } from '../../core/document';
import { defineRule, type RuleContext } from '../define';
import { globalSettings } from './settings';

const FIREWALL_LANGS: Lang[] = ['ufw', 'iptables', 'nftables'];

/** The firewall text of the answer, one entry per command line or ruleset line, and whether there is any. */
function firewallLines(ctx: RuleContext): string[] {
  return ctx.memo('sshd:firewall-lines', () => {
    const out: string[] = [];
    for (const lang of FIREWALL_LANGS) for (const d of ctx.docsOf(lang)) out.push(...d.text.split('\n'));
    for (const s of ctx.plan.steps) {
      if (s.kind === 'command' && /^(firewall-cmd|ufw|ip6?tables|nft)$/.test(s.name)) out.push(`${s.name} ${s.args.map((a) => a.text).join(' ')}`);
    }
    return out.filter((l) => l.trim() !== '' && !/^\s*#/.test(l));
  });
}

/**
 * Whether a line lets TCP `port` in. Textual on purpose: it only has to find the
 * rule the answer wrote for its new port (`ufw allow 2222/tcp`, `--dport 2222 -j ACCEPT`,
 * `tcp dport { 22, 2222 } accept`, `--add-port=2222/tcp`), not evaluate a ruleset.
 */
export function allowsPort(line: string, port: number): boolean {
  const p = String(port);
  const has = new RegExp(`(^|[^0-9.])${p}(?![0-9.])`).test(line);
  if (!has) return false;
  if (/^\s*(sudo\s+)?ufw\b/.test(line)) return /\b(allow|limit)\b/.test(line) && !/\b(deny|reject|delete)\b/.test(line);
  if (/--add-port|--add-forward-port/.test(line)) return true;
  if (/-j\s+ACCEPT\b/.test(line)) return /(--dport|--dports|--destination-port)s?\b/.test(line);
  if (/\baccept\b/.test(line)) return /\bdport\b/.test(line);
  return /^\s*(allow|limit)\b/.test(line);
}

/** Ports named by the admin's policy or the default SSH port: the ones they reach sshd on today. */
const currentPorts = (ctx: RuleContext) => ctx.intent.ssh.ports;

export default defineRule({
  id: 'sshd-port-not-allowed',
  class: 'lockout',
  severity: 'error',
  summary: 'sshd moves to a new `Port` that no firewall rule in the answer lets in.',
  docs: {
    what: 'Reads the global `Port` lines (and `ListenAddress host:port`) of sshd_config, drop-ins and `sed -i` edits. When sshd no longer listens on the port the admin uses today, the new port must be let in: the rule looks for a ufw, iptables, nftables or firewalld allow of it anywhere in the answer. Error when the answer configures a firewall but never allows the port; warning when it configures none (a firewall or cloud security group may still be active).',
    why: 'After `systemctl restart ssh` sshd listens on the new port only; a firewall that allows 22 and drops the rest then drops every new SSH connection. The current session survives, so the mistake shows only at the next login. Allow the new port first, restart sshd, test a login on the new port from a second terminal, and only then remove 22. On Ubuntu 22.10 and later, sshd is socket-activated: run `systemctl daemon-reload` and restart `ssh.socket` for the port to change.',
    bad: {
      lang: 'markdown',
      text: '```bash\nsudo ufw default deny incoming\nsudo ufw allow 22/tcp\nsudo sed -i \'s/^#\\?Port .*/Port 2222/\' /etc/ssh/sshd_config\nsudo ufw enable\nsudo systemctl restart ssh\n```\n',
    },
    good: {
      lang: 'markdown',
      text: '```bash\nsudo ufw default deny incoming\nsudo ufw allow 2222/tcp\nsudo sed -i \'s/^#\\?Port .*/Port 2222/\' /etc/ssh/sshd_config\nsudo ufw enable\nsudo systemctl restart ssh\n```\n',
    },
    references: ['https://man.openbsd.org/sshd_config#Port', 'https://manpages.ubuntu.com/manpages/noble/man8/ufw.8.html'],
  },
  check(ctx, report) {
    const ports: Array<{ port: number; s: ReturnType<typeof globalSettings>[number] }> = [];
    for (const s of globalSettings(ctx, 'port')) for (const a of s.args) if (/^\d+$/.test(a.text)) ports.push({ port: Number(a.text), s });
    for (const s of globalSettings(ctx, 'listenaddress')) {
      const m = /:(\d+)$/.exec(s.args[0]?.text ?? '');
      if (m && !/^[0-9a-f:]+$/i.test(s.args[0].text)) ports.push({ port: Number(m[1]), s });
    }
    if (ports.length === 0) return;
    const now = currentPorts(ctx);
    if (ports.some((p) => now.includes(p.port))) return; // sshd still listens where the admin connects today
    const lines = firewallLines(ctx);
    const configuresFirewall = lines.length > 0;
    const seen = new Set<number>();
    for (const { port, s } of ports) {
      if (seen.has(port)) continue;
      seen.add(port);
      if (lines.some((l) => allowsPort(l, port))) continue;
      report(
        configuresFirewall
          ? { message: `sshd moves to port ${port}, but the firewall this answer sets up never allows ${port}/tcp: the next SSH login is dropped — allow ${port}/tcp before restarting sshd`, doc: s.doc, span: s.span }
          : { message: `sshd moves to port ${port} and nothing in this answer lets ${port}/tcp in: if ufw, iptables or a cloud security group is active, the next SSH login fails — allow ${port}/tcp first and test before closing this session`, doc: s.doc, span: s.span, severity: 'warning' },
      );
    }
  },
});
