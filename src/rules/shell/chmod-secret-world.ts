import { defineRule } from '../define';
import type { CommandStep, Word } from '../../plan/types';

/** Files whose contents must stay private (or whose permissions sshd checks). */
function secretKind(path: string, htpasswdFiles: Set<string>): string | undefined {
  if (htpasswdFiles.has(path) || /(^|\/)\.?htpasswd[^/]*$/.test(path)) return 'password file';
  if (/(^|\/)(authorized_keys|\.ssh)\/?$/.test(path) || /\/\.ssh\//.test(path)) return 'SSH file';
  if (/(^|\/)id_(rsa|dsa|ecdsa|ed25519)(_sk)?$/.test(path) || /\.(key|p12|pfx)$/.test(path) || /(privkey|private)[^/]*\.pem$/.test(path)) return 'private key';
  if (/(^|\/)\.env(\.[\w-]+)?$/.test(path) || /(^|\/)(shadow|gshadow|sudoers)$/.test(path) || /\/etc\/sudoers\.d\//.test(path)) return 'secret';
  if (/^\/etc\//.test(path)) return 'system file';
  return undefined;
}

/** Whether a chmod mode gives others write (w) or read (r) permission. */
export function othersGet(mode: string): { write: boolean; read: boolean } {
  if (/^[0-7]{3,4}$/.test(mode)) {
    const o = Number(mode[mode.length - 1]);
    return { write: (o & 2) !== 0, read: (o & 4) !== 0 };
  }
  let write = false;
  let read = false;
  for (const clause of mode.split(',')) {
    const m = /^([ugoa]*)([-+=])([rwxXst]*)$/.exec(clause);
    if (!m || m[2] === '-') continue;
    // No who: the umask (usually 022) keeps others from write, not from read.
    const who = m[1];
    const others = who === '' ? 'umask' : /[oa]/.test(who) ? 'yes' : 'no';
    if (others === 'no') continue;
    if (m[3].includes('w') && others === 'yes') write = true;
    if (m[3].includes('r')) read = true;
  }
  return { write, read };
}

export default defineRule({
  id: 'shell-chmod-secret-world',
  class: 'exposure',
  severity: 'error',
  summary: '`chmod 777`/`o+w` on a secret (htpasswd, private key, .env, ~/.ssh) or a file under /etc.',
  docs: {
    what: 'Reports `chmod` modes that let every user write (777, 666, o+w, a+w) a password file (including the files `htpasswd` creates in the answer), a private key, an `.env` file, `~/.ssh` or `authorized_keys`, or anything under /etc — and, as a warning, modes that let every user read a private key, an `.env` file or shadow/sudoers.',
    why: 'World-writable means any local user or compromised service can replace the hashes, keys or config and let themselves in. For `~/.ssh` and `authorized_keys` it is also a lockout: sshd\'s StrictModes ignores keys in group- or world-writable files, so key logins stop. "chmod 777 fixes the permission error" hides the real fix: the right owner (`chown`) and 600/640.',
    bad: { lang: 'markdown', text: '```bash\nsudo htpasswd -c /etc/nginx/.htpasswd admin\nsudo chmod 777 /etc/nginx/.htpasswd\n```\n' },
    good: { lang: 'markdown', text: '```bash\nsudo htpasswd -c /etc/nginx/.htpasswd admin\nsudo chown root:www-data /etc/nginx/.htpasswd\nsudo chmod 640 /etc/nginx/.htpasswd\n```\n' },
    references: ['https://man7.org/linux/man-pages/man1/chmod.1.html', 'https://man.openbsd.org/sshd_config#StrictModes'],
  },
  check(ctx, report) {
    const htpasswd = new Set<string>();
    for (const s of ctx.plan.steps) if (s.kind === 'command' && s.info.tool === 'htpasswd' && s.info.file) htpasswd.add(s.info.file);
    for (const s of ctx.plan.steps) {
      if (s.kind !== 'command' || s.name !== 'chmod') continue;
      const ops = operands(s);
      if (!ops) continue;
      const { mode, files } = ops;
      const grant = othersGet(mode.text);
      if (!grant.write && !grant.read) continue;
      for (const f of files) {
        const kind = secretKind(f.text, htpasswd);
        if (!kind) continue;
        if (grant.write) {
          const ssh = kind === 'SSH file';
          report({
            message: ssh
              ? `\`chmod ${mode.text} ${f.text}\` makes it writable by every user: sshd (StrictModes) then ignores your keys and key logins fail — use 700 for ~/.ssh and 600 for authorized_keys`
              : `\`chmod ${mode.text} ${f.text}\` lets every local user rewrite this ${kind} — set the owner with chown and use 600 (640 for a file a service group reads)`,
            doc: mode.doc,
            span: { start: mode.span.start, end: f.span.end },
          });
        } else if (grant.read && /private key|secret/.test(kind)) {
          report({ message: `\`chmod ${mode.text} ${f.text}\` lets every local user read this ${kind} — use 600`, doc: mode.doc, span: { start: mode.span.start, end: f.span.end }, severity: 'warning' });
        }
      }
    }
  },
});

function operands(s: CommandStep): { mode: Word; files: Word[] } | undefined {
  const rest = s.args.filter((a) => !/^-(R|v|c|f|-recursive|-verbose|-changes|-silent|-quiet)$/.test(a.text) && !a.text.startsWith('--reference'));
  const [mode, ...files] = rest;
  if (!mode || files.length === 0 || mode.dynamic) return undefined;
  return { mode, files: files.filter((f) => !f.dynamic || /^~\//.test(f.text)) };
}
