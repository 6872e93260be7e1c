import { defineRule } from '../define';
import { get, type UnitFile } from '../../model/systemd';
import { unitsOf } from './units';

export default defineRule({
  id: 'systemd-execstart-without-reset',
  class: 'invalid',
  severity: 'error',
  summary: 'A drop-in sets ExecStart= without first clearing it with an empty ExecStart=: systemd refuses the service.',
  docs: {
    what: 'In a drop-in (`systemctl edit`, `*.service.d/*.conf`), reports an `ExecStart=` command that is not preceded by an empty `ExecStart=` line.',
    why: 'ExecStart= is a list. A drop-in adds to the command of the vendor unit instead of replacing it, and a service that is not `Type=oneshot` may have only one: systemd refuses to start it ("Service has more than one ExecStart= setting, which is only allowed for Type=oneshot services. Refusing."). The service stays down after the restart.',
    bad: { lang: 'systemd', filename: '/etc/systemd/system/ollama.service.d/override.conf', text: '[Service]\nExecStart=/usr/local/bin/ollama serve\n' },
    good: { lang: 'systemd', filename: '/etc/systemd/system/ollama.service.d/override.conf', text: '[Service]\nExecStart=\nExecStart=/usr/local/bin/ollama serve\n' },
    references: ['https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#ExecStart=', 'https://www.freedesktop.org/software/systemd/man/latest/systemd.unit.html#Description'],
  },
  check(ctx, report) {
    for (const unit of unitsOf(ctx)) {
      if (!unit.dropIn || (unit.type && unit.type !== 'service')) continue;
      if (isOneshot(unit)) continue;
      for (const s of unit.sections) {
        if (s.name !== 'Service') continue;
        for (const e of s.entries) {
          if (e.key !== 'ExecStart') continue;
          if (e.value === '') break; // reset first: everything after it replaces the vendor command
          report({
            message: `\`ExecStart=${clip(e.value)}\` in a drop-in adds a second command to the unit's own; put an empty \`ExecStart=\` line before it`,
            doc: unit.doc,
            span: e.span,
            fix: {
              description: 'clear the inherited ExecStart= first',
              edits: [{ doc: unit.doc, span: { start: e.span.start, end: e.span.start }, text: 'ExecStart=\n' }],
            },
          });
          break;
        }
      }
    }
  },
});

function isOneshot(unit: UnitFile): boolean {
  const type = get(unit, 'Type', 'Service');
  return type[type.length - 1] === 'oneshot';
}

const clip = (s: string) => (s.length > 50 ? `${s.slice(0, 47)}...` : s);
