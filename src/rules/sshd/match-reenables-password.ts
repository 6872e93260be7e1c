import { defineRule } from '../define';
import { globalSettings, sshdSettings } from './settings';

/** Private, loopback and link-local ranges: a Match Address limited to these keeps passwords off the internet. */
const LOCAL = /^!?(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|127\.|169\.254\.|fd[0-9a-f]{2}:|fe80:|::1)/i;

export default defineRule({
  id: 'sshd-match-reenables-password',
  class: 'exposure',
  severity: 'warning',
  summary: 'A `Match` block turns `PasswordAuthentication` back on for connections from anywhere, after the answer turned it off.',
  docs: {
    what: 'Reports `PasswordAuthentication yes` inside a Match block when the answer sets it to `no` globally and the block is not limited to private or loopback client addresses (`Match Address 192.168.1.0/24` is fine; `Match User deploy` is not).',
    why: 'The answer says "passwords are off", but for every connection the Match covers — any user named there, from any address — passwords are still accepted, and those accounts can be guessed from the internet. Limit the block with `Address` to the LAN, or use keys for them too.',
    bad: { lang: 'sshd', filename: 'sshd_config', text: 'PasswordAuthentication no\n\nMatch User deploy\n    PasswordAuthentication yes\n' },
    good: { lang: 'sshd', filename: 'sshd_config', text: 'PasswordAuthentication no\n\nMatch Address 192.168.1.0/24\n    PasswordAuthentication yes\n' },
    references: ['https://man.openbsd.org/sshd_config#Match'],
  },
  check(ctx, report) {
    if (!globalSettings(ctx, 'passwordauthentication').some((s) => s.args[0]?.text.toLowerCase() === 'no')) return;
    for (const s of sshdSettings(ctx)) {
      if (!s.match || s.key !== 'passwordauthentication' || s.args[0]?.text.toLowerCase() !== 'yes') continue;
      const crit = s.match.criteria;
      const addrAt = crit.findIndex((c) => c.text.toLowerCase() === 'address');
      const addrs = addrAt >= 0 ? (crit[addrAt + 1]?.text ?? '').split(',') : [];
      if (addrs.length && addrs.every((a) => LOCAL.test(a))) continue;
      report({ message: `passwords are off globally but \`Match ${crit.map((c) => c.text).join(' ')}\` turns them back on for those connections from any address — limit it with \`Address\` to your LAN or use keys`, doc: s.doc, span: s.span });
    }
  },
});
