import { defineRule } from '../define';

export const sandboxLockout = defineRule({
  id: 'sandbox-lockout',
  class: 'lockout',
  severity: 'error',
  summary: 'In the sandbox, the admin could no longer reach SSH after the change',
  requires: 'sandbox',
  docs: {
    what:
      'Applies the whole answer in a disposable container and connects to SSH from the admin\'s vantage before and after. Fires when a new connection that opened before fails after, or when an SSH session opened before the change (the one typing the commands) stops answering.',
    why:
      'A firewall that drops SSH locks the admin out of a remote server; the only way back is a console. The sandbox sees what really happens, including ufw defaults, rule order and IPv6, instead of guessing.',
    bad: { lang: 'markdown', text: '```bash\nsudo ufw default deny incoming\nsudo ufw allow 80/tcp\nsudo ufw enable\n```\n' },
    good: { lang: 'markdown', text: '```bash\nsudo ufw default deny incoming\nsudo ufw allow OpenSSH\nsudo ufw allow 80/tcp\nsudo ufw enable\n```\n' },
    references: ['https://manpages.debian.org/bookworm/iptables/iptables-apply.8.en.html', 'https://manpages.debian.org/bookworm/ufw/ufw.8.en.html'],
  },
  check() {
    // Reported by the sandbox run (src/sandbox/verdict.ts).
  },
});
