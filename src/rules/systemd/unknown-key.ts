import { defineRule } from '../define';
import { lookupKey, lookupSection, unknownKeyMessage, SYSTEMD_VERSION } from '../../knowledge/systemd-directives';
import { isUnitFile, unitsOf } from './units';

export default defineRule({
  id: 'systemd-unknown-key',
  class: 'invalid',
  severity: 'error',
  summary: 'A section or key systemd does not know (often a wrong case or a made-up directive): systemd ignores it.',
  docs: {
    what: `Checks every section and key of a unit file or drop-in against systemd's documented directives (systemd ${SYSTEMD_VERSION}), case-sensitively as systemd reads them, and suggests the key that was most likely meant.`,
    why: 'systemd does not refuse a unit with an unknown key: it logs "Unknown key name … ignoring" and starts the service without that setting. A misspelt `Enviroment=` or a lower-case `execstart=` therefore looks applied but is not, and the service runs with its defaults — for a model server, often on the wrong address.',
    bad: { lang: 'systemd', filename: 'override.conf', text: '[Service]\nEnviroment="OLLAMA_HOST=127.0.0.1"\n' },
    good: { lang: 'systemd', filename: 'override.conf', text: '[Service]\nEnvironment="OLLAMA_HOST=127.0.0.1"\n' },
    references: ['https://www.freedesktop.org/software/systemd/man/latest/systemd.directives.html'],
  },
  check(ctx, report) {
    for (const unit of unitsOf(ctx)) {
      if (!isUnitFile(unit)) continue;
      for (const section of unit.sections) {
        const s = lookupSection(section.name, unit.type);
        if (!s.known) {
          const message = s.wrongType
            ? `[${section.name}] does not belong in a .${unit.type} unit; systemd ignores the whole section`
            : `[${section.name}] is not a systemd unit section${s.suggestions[0] ? `; did you mean [${s.suggestions[0]}]?` : ''}`;
          report({ message, doc: unit.doc, span: section.nameSpan });
          continue;
        }
        for (const e of section.entries) {
          const k = lookupKey(section.name, e.key);
          if (!k.known) report({ message: unknownKeyMessage(section.name, e.key, k), doc: unit.doc, span: e.keySpan });
        }
      }
    }
  },
});
