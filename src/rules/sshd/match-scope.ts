import { defineRule } from '../define';
import { MATCH_KEYWORDS } from '../../model/sshd';
import { sshdConfigs } from './settings';

export default defineRule({
  id: 'sshd-match-scope',
  class: 'lockout',
  severity: 'error',
  summary: 'A directive after a `Match` line that the writer meant as global: sshd rejects it (Port, ListenAddress, …) or applies it only to the matched connections.',
  docs: {
    what: 'sshd ends a `Match` block only at the next `Match` or the end of the file; indentation means nothing. The rule reports a directive inside a Match block that sshd does not allow there (sshd refuses to start), and, as a warning, a directive written flush left after an indented Match body — the layout says "global", sshd says "only for this Match".',
    why: 'A config with `Port` or `UsePAM` inside a Match block fails `sshd -t`; restarting sshd with it stops the running daemon and the new one never starts, so no one can log in again. A `PasswordAuthentication no` placed after `Match User sftp` only turns passwords off for that user — the rest of the server keeps accepting them. Put global settings above the first Match line.',
    bad: { lang: 'sshd', filename: 'sshd_config', text: 'Match User backup\n    ForceCommand internal-sftp\n\nPasswordAuthentication no\nPort 2222\n' },
    good: { lang: 'sshd', filename: 'sshd_config', text: 'PasswordAuthentication no\nPort 2222\n\nMatch User backup\n    ForceCommand internal-sftp\n' },
    references: ['https://man.openbsd.org/sshd_config#Match'],
  },
  check(ctx, report) {
    for (const cfg of sshdConfigs(ctx)) {
      for (const m of cfg.matches) {
        const bodyIndent = m.directives.length ? m.directives[0].indent : 0;
        const matchText = `Match ${m.criteria.map((c) => c.text).join(' ')}`;
        for (const d of m.directives) {
          if (!MATCH_KEYWORDS.has(d.key)) {
            report({ message: `\`${d.keyword}\` is not allowed after \`${matchText}\` (on line ${m.line.row + 1}): \`sshd -t\` fails and sshd will not start — move it above the first Match line`, doc: d.doc, span: d.keySpan });
          } else if (bodyIndent > m.line.indent && d.indent <= m.line.indent) {
            report({ message: `\`${d.keyword}\` is written as a global setting but sits after \`${matchText}\`: sshd applies it only to connections that match — move it above the first Match line`, doc: d.doc, span: d.keySpan, severity: 'warning' });
          }
        }
      }
    }
  },
});
