import { defineRule } from '../define';
import { LEGACY_REPLACEMENTS, MOVED_TO_UNIT, lookupKey } from '../../knowledge/systemd-directives';
import { isUnitFile, unitsOf } from './units';

export default defineRule({
  id: 'systemd-legacy-key',
  class: 'invalid',
  severity: 'info',
  summary: 'A key systemd renamed, moved or dropped (MemoryLimit=, CPUShares=, PermissionsStartOnly=, StartLimitInterval= in [Service], …): say what replaces it.',
  docs: {
    what: 'Names the current spelling of keys systemd still reads for old units but no longer documents, and says when a key is ignored altogether.',
    why: 'Models learn from old units. A renamed key still works today, but some are cgroup-v1 settings that do nothing on a cgroup-v2 system (`MemoryLimit=`, `CPUShares=`, `BlockIO*=`), and removed ones are ignored with only a log line: the limit or capability the answer promises is then not in force.',
    bad: { lang: 'systemd', filename: '/etc/systemd/system/ollama.service.d/override.conf', text: '[Service]\nMemoryLimit=16G\n' },
    good: { lang: 'systemd', filename: '/etc/systemd/system/ollama.service.d/override.conf', text: '[Service]\nMemoryMax=16G\n' },
    references: [
      'https://www.freedesktop.org/software/systemd/man/latest/systemd.resource-control.html#Deprecated%20Options',
      'https://www.freedesktop.org/software/systemd/man/latest/systemd.unit.html#StartLimitIntervalSec=interval',
    ],
  },
  check(ctx, report) {
    for (const unit of unitsOf(ctx)) {
      if (!isUnitFile(unit)) continue;
      for (const section of unit.sections) {
        for (const e of section.entries) {
          const k = lookupKey(section.name, e.key);
          if (!k.known) continue; // systemd-unknown-key's
          const r = LEGACY_REPLACEMENTS[e.key];
          let message: string | undefined;
          if (k.legacy && r?.removed) {
            message = `\`${e.key}=\` was removed from systemd and is ignored${r.note ? `; ${r.note}` : ''}`;
          } else if (k.legacy && r) {
            const to = r.use ? `\`${r.use}=\`${r.section && r.section !== section.name ? ` in [${r.section}]` : ''}` : undefined;
            message = `\`${e.key}=\` is a legacy name systemd no longer documents${to ? `; write ${to}` : ''}${r.note ? `; ${r.note}` : ''}`;
          } else if (section.name === 'Service' && MOVED_TO_UNIT.includes(e.key)) {
            message = `\`${e.key}=\` belongs in [Unit] now; systemd still reads it in [Service] for old units`;
          }
          if (message) report({ message, doc: unit.doc, span: e.keySpan });
        }
      }
    }
  },
});
