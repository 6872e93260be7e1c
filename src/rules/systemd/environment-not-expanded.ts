import { defineRule } from '../define';
import { parseEnvironment } from '../../model/systemd';
import { unitsOf } from './units';

/** `${NAME}` anywhere, or `$NAME` in capitals at the start of the value or of a path part (`$PATH:/opt/bin`, `$HOME/x`). */
const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}|(?:^|(?<=[:/=\s]))\$([A-Z_][A-Z0-9_]+)\b/;

export default defineRule({
  id: 'systemd-environment-not-expanded',
  class: 'invalid',
  severity: 'warning',
  summary: 'Environment= refers to another variable (`PATH=$PATH:/opt/bin`): systemd does not expand it, the service gets the literal text.',
  docs: {
    what: 'Reports `Environment=` assignments whose value refers to a variable as a shell would (`${NAME}`, or `$NAME` at the start of the value or of a path part).',
    why: 'systemd.exec(5): "Variable expansion is not performed inside the strings, and \'$\' has no special meaning." `Environment=PATH=$PATH:/opt/bin` sets PATH to the text `$PATH:/opt/bin`, so the service can no longer find /usr/bin; `HOME=${HOME}/data` points at a directory named `${HOME}`. Write the full value, or expand it in a shell (`ExecStart=/bin/sh -c \'…\'`).',
    bad: { lang: 'systemd', filename: '/etc/systemd/system/app.service.d/override.conf', text: '[Service]\nEnvironment=PATH=$PATH:/opt/app/bin\n' },
    good: { lang: 'systemd', filename: '/etc/systemd/system/app.service.d/override.conf', text: '[Service]\nEnvironment=PATH=/usr/local/bin:/usr/bin:/bin:/opt/app/bin\n' },
    references: ['https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment='],
  },
  check(ctx, report) {
    for (const unit of unitsOf(ctx)) {
      for (const e of unit.entries) {
        if (e.key !== 'Environment' || e.value === '') continue;
        for (const a of parseEnvironment(e).assignments) {
          const m = REFERENCE.exec(a.value.replace(/\$\$/g, ''));
          if (!m) continue;
          const name = m[1] ?? m[2];
          report({
            message: `\`${a.name}=${a.value}\`: systemd does not expand \`${m[0]}\` in Environment=, so ${a.name} is set to that literal text; write the full value${name === a.name ? ` (systemd has no "append to ${name}")` : ''}`,
            doc: unit.doc,
            span: a.span,
          });
        }
      }
    }
  },
});
