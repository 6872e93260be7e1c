import { defineRule } from '../define';
import type { Step } from '../../plan/types';

/** Whether a ufw command line lets SSH in: `allow|limit 22[/tcp]`, `ssh`, `OpenSSH`, or the sshd port(s) given. */
export function allowsSsh(words: string[], ports: number[]): boolean {
  if (!words.some((w) => /^(allow|limit)$/i.test(w))) return false;
  if (words.some((w) => /^(delete|deny|reject)$/i.test(w))) return false;
  return words.some((w) => /^(ssh|openssh)(\/tcp)?$/i.test(w) || ports.some((p) => new RegExp(`^${p}(/tcp)?$`).test(w)) || /^(22|ssh)(,|$)/.test(w));
}

function ufwWords(s: Step): string[] | undefined {
  if (s.kind !== 'command' || s.info.tool !== 'ufw') return undefined;
  return s.args.map((a) => a.text);
}

export default defineRule({
  id: 'shell-ufw-force-enable',
  class: 'lockout',
  severity: 'warning',
  summary: '`ufw --force enable` with no SSH allow before it: the flag skips the one prompt that warns about SSH.',
  docs: {
    what: 'Reports `ufw --force enable` (or `ufw -f enable`; not with `--dry-run`) when no earlier `ufw allow`/`limit` in the answer lets SSH in (22, `ssh`, `OpenSSH`, or the port the answer gives sshd).',
    why: 'When enabled from an SSH session, ufw asks "Command may disrupt existing ssh connections. Proceed with operation (y|n)?" — the last chance to notice a missing SSH rule. `--force` answers yes for you; with the default incoming policy deny, new SSH connections are refused once it runs. Allow SSH first, then enable.',
    bad: { lang: 'markdown', text: '```bash\nsudo ufw default deny incoming\nsudo ufw --force enable\n```\n' },
    good: { lang: 'markdown', text: '```bash\nsudo ufw default deny incoming\nsudo ufw allow OpenSSH\nsudo ufw --force enable\n```\n' },
    references: ['https://manpages.ubuntu.com/manpages/noble/man8/ufw.8.html', 'https://help.ubuntu.com/community/UFW'],
  },
  check(ctx, report) {
    const ports = [...ctx.intent.ssh.ports];
    // The answer may move sshd: `Port 2222` written anywhere counts as an SSH port.
    for (const d of ctx.docsOf('sshd')) for (const m of d.text.matchAll(/^\s*Port\s+(\d+)/gim)) ports.push(Number(m[1]));
    let sshAllowed = false;
    for (const s of ctx.plan.steps) {
      const w = ufwWords(s);
      if (!w) continue;
      if (allowsSsh(w, ports)) sshAllowed = true;
      const force = w.some((x) => x === '--force' || x === '-f');
      // --dry-run changes nothing; ufw reads its keywords case-insensitively (ENABLE).
      const enable = w.some((x) => x.toLowerCase() === 'enable') && !w.includes('--dry-run');
      if (force && enable && !sshAllowed && s.kind === 'command') {
        report({ message: '`ufw --force enable` skips ufw\'s "may disrupt existing ssh connections" prompt, and nothing before it allows SSH: new SSH logins are refused once ufw is on — run `ufw allow OpenSSH` (or your SSH port) first', doc: s.doc, span: s.span });
      }
    }
  },
});
