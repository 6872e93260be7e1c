import { defineRule, type RuleContext } from '../define';
import { globalSettings, type SshdSetting } from './settings';

/** Names a model writes when it means "your user name here". Copied literally, they lock everyone out. */
const PLACEHOLDER = /^(<[^>]*>|\[[^\]]*\]|\{[^}]*\}|your[_-]?(user(_?name)?|name|login|group|admin)|user_?name|my_?user|\$\{?USER\}?|YOUR_[A-Z_]+|USER(NAME)?|example_?user|admin_?user)$/i;

/** sshd's match_pattern: `*` and `?` globs; the USER part of USER@HOST. */
function matches(pattern: string, user: string): boolean {
  const p = pattern.replace(/@.*$/, '');
  const re = new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return re.test(user);
}

/** User names the answer itself uses for logins: ssh-copy-id/ssh targets, users it creates or adds to sudo. */
function answerUsers(ctx: RuleContext): Array<{ name: string; how: string }> {
  const out: Array<{ name: string; how: string }> = [];
  for (const s of ctx.plan.steps) {
    if (s.kind !== 'command') continue;
    const words = s.args.filter((a) => !a.dynamic).map((a) => a.text);
    const operands = words.filter((w) => !w.startsWith('-'));
    if (s.name === 'ssh-copy-id' || s.name === 'ssh') {
      const target = operands.find((w) => /^[a-z_][a-z0-9_.-]*@/i.test(w));
      if (target) out.push({ name: target.split('@')[0], how: `\`${s.name} ${target}\`` });
    } else if ((s.name === 'adduser' || s.name === 'useradd') && operands.length) {
      out.push({ name: operands[operands.length - 1], how: `\`${s.name} ${operands[operands.length - 1]}\`` });
    } else if (s.name === 'usermod' && words.some((w) => /^-[a-zA-Z]*G/.test(w)) && /\b(sudo|wheel|admin)\b/.test(words.join(' ')) && operands.length) {
      out.push({ name: operands[operands.length - 1], how: `\`usermod … ${operands[operands.length - 1]}\`` });
    }
  }
  return out.filter((u) => /^[a-z_][a-z0-9_.-]*$/i.test(u.name));
}

export default defineRule({
  id: 'sshd-allow-users-lockout',
  class: 'lockout',
  severity: 'error',
  summary: '`AllowUsers`/`AllowGroups`/`DenyUsers` that shut out the admin: a placeholder name, a user the answer logs in as but leaves out, root-only with root logins off.',
  docs: {
    what: 'Reads global `AllowUsers`, `AllowGroups` and `DenyUsers` and reports: a placeholder such as `your_username` copied literally; a user the answer itself creates or logs in as (`ssh-copy-id alice@host`, `adduser alice`, `usermod -aG sudo alice`) that the list does not admit; `AllowUsers root` with `PermitRootLogin no`; `DenyUsers *`.',
    why: 'Once any `AllowUsers` line exists, sshd refuses every user it does not match — including the admin who forgot to list themself, or whose name is still `your_username`. Several `AllowUsers` lines add up rather than replace each other. The lockout starts at the next login, after the session that made the change has gone.',
    bad: { lang: 'sshd', filename: 'sshd_config', text: 'PermitRootLogin no\nAllowUsers your_username\n' },
    good: { lang: 'sshd', filename: 'sshd_config', text: 'PermitRootLogin no\nAllowUsers alice\n' },
    references: ['https://man.openbsd.org/sshd_config#AllowUsers', 'https://man.openbsd.org/ssh_config#PATTERNS'],
  },
  check(ctx, report) {
    const allow = globalSettings(ctx, 'allowusers');
    const groups = globalSettings(ctx, 'allowgroups');
    for (const s of [...allow, ...groups]) {
      for (const a of s.args) {
        if (PLACEHOLDER.test(a.text)) {
          report({ message: `\`${s.keyword} ${a.text}\` looks like a placeholder: copied as is, sshd admits nobody by that name and every real user is locked out — put your own ${s.key === 'allowgroups' ? 'group' : 'login name'} here`, doc: s.doc, span: a.span });
        }
      }
    }
    const patterns = allow.flatMap((s) => s.args.map((a) => a.text)).filter((p) => !PLACEHOLDER.test(p));
    if (allow.length && patterns.length) {
      const admitted = (u: string) => patterns.some((p) => !p.startsWith('!') && matches(p, u)) && !patterns.some((p) => p.startsWith('!') && matches(p.slice(1), u));
      const reported = new Set<string>();
      for (const u of answerUsers(ctx)) {
        if (admitted(u.name) || reported.has(u.name)) continue;
        reported.add(u.name);
        const s: SshdSetting = allow[0];
        report({ message: `this answer logs in as \`${u.name}\` (${u.how}), but \`AllowUsers ${patterns.join(' ')}\` does not admit that user: sshd will refuse the login`, doc: s.doc, span: s.span });
      }
      const rootOff = globalSettings(ctx, 'permitrootlogin').some((p) => p.args[0]?.text.toLowerCase() === 'no');
      if (rootOff && patterns.every((p) => p.replace(/@.*$/, '') === 'root')) {
        report({ message: '`AllowUsers` admits only root while `PermitRootLogin no` refuses root: nobody can log in', doc: allow[0].doc, span: allow[0].span });
      }
    }
    for (const s of globalSettings(ctx, 'denyusers')) {
      const all = s.args.find((a) => a.text === '*' || a.text === '*@*');
      if (all) report({ message: '`DenyUsers *` refuses every user, the admin included', doc: s.doc, span: all.span });
    }
  },
});
