import { defineRule } from '../define';
import type { RuleContext } from '../define';
import { globalSettings } from './settings';

/** Anything in the answer that puts a public key on the server, or tells the reader to. */
export function installsKey(ctx: RuleContext): boolean {
  for (const s of ctx.plan.steps) {
    if (s.kind === 'write' && /authorized_keys/.test(s.path)) return true;
    if (s.kind !== 'command') continue;
    if (s.info.tool === 'ssh-copy-id' || s.name === 'ssh-import-id') return true;
    if (s.args.some((a) => /authorized_keys/.test(a.text)) || s.redirects.some((r) => /authorized_keys/.test(r.target.text))) return true;
    if (copiesSshDir(s.name, s.args.map((a) => a.text))) return true;
  }
  // The prose around the blocks counts: "first copy your key with ssh-copy-id" is a key-install step.
  const sources = new Set(ctx.docs.map((d) => d.source));
  for (const src of sources) if (/ssh-copy-id|authorized_keys|ssh-import-id/.test(src.text) || COPY_SSH_DIR.test(src.text)) return true;
  return false;
}

/** `rsync … ~/.ssh /home/NEW` or `cp -r ~/.ssh …` in prose or a command line. */
const COPY_SSH_DIR = /\b(rsync|cp)\s[^\n]*?\S*\/\.ssh\/?\s+\S/;

/**
 * Copying a whole `.ssh` directory (with its authorized_keys) to another user,
 * as DigitalOcean's initial server setup does for the new sudo user:
 * `rsync --archive --chown=john:john ~/.ssh /home/john`, `cp -r /root/.ssh /home/john/`.
 */
function copiesSshDir(name: string, args: string[]): boolean {
  if (name !== 'rsync' && name !== 'cp') return false;
  const paths = args.filter((a) => !a.startsWith('-'));
  const src = paths.findIndex((a) => /(^|\/)\.ssh\/?$/.test(a));
  return src >= 0 && src < paths.length - 1;
}

export default defineRule({
  id: 'sshd-password-off-without-key',
  class: 'lockout',
  severity: 'warning',
  summary: '`PasswordAuthentication no` while the answer never installs a public key for the admin.',
  docs: {
    what: 'Reports `PasswordAuthentication no` (in an sshd_config block, a drop-in, or a `sed -i` edit of it) in an answer where nothing in the answer puts a key in `~/.ssh/authorized_keys`: no `ssh-copy-id`, no `ssh-import-id`, no write to `authorized_keys`, and no mention of either in the text. A config file checked on its own is left alone: it cannot show a key step.',
    why: 'An admin who logs in with a password today is locked out at the next login once sshd reloads with passwords off. The current session survives, which hides the problem until it is too late. Install and test a key first, from a second terminal, before turning passwords off.',
    bad: {
      lang: 'markdown',
      text: 'Harden SSH:\n\n```bash\nsudo sed -i \'s/^#\\?PasswordAuthentication.*/PasswordAuthentication no/\' /etc/ssh/sshd_config\nsudo systemctl restart ssh\n```\n',
    },
    good: {
      lang: 'markdown',
      text: 'From your own machine, install your key, then test it in a new terminal:\n\n```bash\nssh-copy-id admin@server\n```\n\nThen on the server:\n\n```bash\nsudo sed -i \'s/^#\\?PasswordAuthentication.*/PasswordAuthentication no/\' /etc/ssh/sshd_config\nsudo systemctl restart ssh\n```\n',
    },
    references: ['https://man.openbsd.org/sshd_config#PasswordAuthentication', 'https://man.openbsd.org/ssh-copy-id'],
  },
  check(ctx, report) {
    // A config file checked on its own says nothing about keys; only an answer (commands, prose) can leave one out.
    const off = globalSettings(ctx, 'passwordauthentication').filter((s) => s.args[0]?.text.toLowerCase() === 'no' && s.doc.detectedBy !== 'filename');
    if (off.length === 0 || installsKey(ctx)) return;
    for (const s of off) {
      report({
        message: '`PasswordAuthentication no` with no key installed anywhere in this answer: whoever logs in with a password is locked out after sshd reloads — run `ssh-copy-id` and test a key login first',
        doc: s.doc,
        span: s.span,
      });
    }
  },
});
