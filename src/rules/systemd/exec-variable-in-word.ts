import { defineRule } from '../define';
import { splitExecLine } from '../../model/systemd';
import { unitsOf } from './units';

const EXEC_KEYS = /^Exec(Start|StartPre|StartPost|Stop|StopPost|Reload|Condition)$/;
const SHELLS = /(^|\/)(sh|bash|dash|zsh|ksh|busybox)$/;

export default defineRule({
  id: 'systemd-exec-variable-in-word',
  class: 'invalid',
  severity: 'warning',
  summary: 'ExecStart= uses $VAR inside a word (`--host=$HOST`): systemd passes it literally; write ${VAR}.',
  docs: {
    what: 'Reports `$NAME` written inside a larger word of an `Exec*=` command line, where systemd does not expand it.',
    why: 'systemd.service(5) expands `$NAME` only as a word of its own (split at whitespace) and `${NAME}` anywhere. In `--host=$HOST` the program receives the text `$HOST`, not the address: it fails to start or falls back to a default bind address you did not choose.',
    bad: { lang: 'systemd', filename: 'app.service', text: '[Service]\nEnvironment=HOST=127.0.0.1\nExecStart=/usr/bin/app --host=$HOST\n' },
    good: { lang: 'systemd', filename: 'app.service', text: '[Service]\nEnvironment=HOST=127.0.0.1\nExecStart=/usr/bin/app --host=${HOST}\n' },
    references: ['https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#Command%20lines'],
  },
  check(ctx, report) {
    for (const unit of unitsOf(ctx)) {
      for (const e of unit.entries) {
        if (!EXEC_KEYS.test(e.key) || e.value === '') continue;
        for (const c of splitExecLine(e.value).commands) {
          // A shell run by the command expands $VAR itself; `:` turns substitution off.
          if (c.noEnvSubstitution || SHELLS.test(c.path) || c.words.some((w) => w.text === '-c')) continue;
          for (const w of c.words) {
            const text = w.text.replace(/\$\$/g, '');
            const m = /\$([A-Za-z_][A-Za-z0-9_]*)/.exec(text);
            if (!m || /^\$[A-Za-z_][A-Za-z0-9_]*$/.test(text)) continue;
            report({
              message: `\`$${m[1]}\` inside \`${w.text}\` is not expanded by systemd; write \`\${${m[1]}}\``,
              doc: unit.doc,
              span: { start: e.pointAt(w.start), end: afterPoint(e.pointAt(w.end - 1)) },
            });
          }
        }
      }
    }
  },
});

const afterPoint = (p: { row: number; column: number }) => ({ row: p.row, column: p.column + 1 });
