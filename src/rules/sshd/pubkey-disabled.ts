import { defineRule } from '../define';
import { globalSettings } from './settings';

export default defineRule({
  id: 'sshd-pubkey-disabled',
  class: 'lockout',
  severity: 'warning',
  summary: '`PubkeyAuthentication no`: key logins stop working (and with passwords off too, nothing is left).',
  docs: {
    what: 'Reports a global `PubkeyAuthentication no`. It is an error when the answer also sets `PasswordAuthentication no`: no way to log in remains.',
    why: 'Most server admins log in with keys; turning public-key authentication off locks them out at the next login, and leaves only passwords, which are weaker. Models sometimes write `no` where they meant `yes` while "hardening". Together with `PasswordAuthentication no` nobody can log in at all.',
    bad: { lang: 'sshd', filename: 'sshd_config', text: 'PubkeyAuthentication no\nPasswordAuthentication no\n' },
    good: { lang: 'sshd', filename: 'sshd_config', text: 'PubkeyAuthentication yes\nPasswordAuthentication no\n' },
    references: ['https://man.openbsd.org/sshd_config#PubkeyAuthentication'],
  },
  check(ctx, report) {
    const off = globalSettings(ctx, 'pubkeyauthentication').filter((s) => s.args[0]?.text.toLowerCase() === 'no');
    if (off.length === 0) return;
    const noPasswords = globalSettings(ctx, 'passwordauthentication').some((s) => s.args[0]?.text.toLowerCase() === 'no');
    for (const s of off) {
      report(
        noPasswords
          ? { message: '`PubkeyAuthentication no` together with `PasswordAuthentication no`: no login method is left and nobody can log in', doc: s.doc, span: s.span, severity: 'error' }
          : { message: '`PubkeyAuthentication no`: admins who log in with a key are locked out and only passwords remain — did you mean `yes`?', doc: s.doc, span: s.span },
      );
    }
  },
});
