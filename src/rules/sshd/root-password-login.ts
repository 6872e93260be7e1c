import { defineRule } from '../define';
import { globalSettings, sshdSettings } from './settings';

export default defineRule({
  id: 'sshd-root-password-login',
  class: 'exposure',
  severity: 'error',
  summary: '`PermitRootLogin yes` while password logins stay on: root can be brute-forced over the network.',
  docs: {
    what: 'Reports `PermitRootLogin yes` (globally, or in a Match block that does not restrict the client address) unless the answer turns `PasswordAuthentication` off.',
    why: '`PermitRootLogin yes` lets root log in with a password, and `PasswordAuthentication` is on unless something says otherwise. Every SSH server on the internet is hit by root password guessing within minutes. Use `PermitRootLogin prohibit-password` (keys only) or log in as a user and use sudo.',
    bad: { lang: 'sshd', filename: 'sshd_config', text: 'PermitRootLogin yes\n' },
    good: { lang: 'sshd', filename: 'sshd_config', text: 'PermitRootLogin prohibit-password\n' },
    references: ['https://man.openbsd.org/sshd_config#PermitRootLogin', 'https://man.openbsd.org/sshd_config#PasswordAuthentication'],
  },
  check(ctx, report) {
    if (globalSettings(ctx, 'passwordauthentication').some((s) => s.args[0]?.text.toLowerCase() === 'no')) return;
    for (const s of sshdSettings(ctx)) {
      if (s.key !== 'permitrootlogin' || s.args[0]?.text.toLowerCase() !== 'yes') continue;
      // A Match Address block limits who can try; a Match that sets passwords off itself is keys-only.
      if (s.match && s.match.criteria.some((c) => /^(address|localaddress|localport)$/i.test(c.text))) continue;
      if (s.match && s.match.directives.some((d) => d.key === 'passwordauthentication' && d.args[0]?.text.toLowerCase() === 'no')) continue;
      report({ message: '`PermitRootLogin yes` with password logins on: root\'s password can be guessed from anywhere — use `prohibit-password` and a key', doc: s.doc, span: s.span });
    }
  },
});
