import { defineRule } from '../define';
import { lookupKey, UNIT_SECTIONS } from '../../knowledge/systemd-directives';
import { unitsOf } from './units';

export default defineRule({
  id: 'systemd-entry-outside-section',
  class: 'invalid',
  severity: 'error',
  summary: 'A unit file or drop-in has settings before any [Section] header: systemd ignores them.',
  docs: {
    what: 'Reports `Key=value` lines that come before the first `[Section]` header of a unit file or drop-in.',
    why: 'systemd reads every setting inside a section. Lines before the first header are dropped with "Assignment outside of section. Ignoring." — a drop-in written as a bare `Environment=…` line changes nothing, and the service keeps binding where it did before.',
    bad: { lang: 'systemd', filename: 'override.conf', text: 'Environment="OLLAMA_HOST=127.0.0.1"\n' },
    good: { lang: 'systemd', filename: 'override.conf', text: '[Service]\nEnvironment="OLLAMA_HOST=127.0.0.1"\n' },
    references: ['https://www.freedesktop.org/software/systemd/man/latest/systemd.syntax.html'],
  },
  check(ctx, report) {
    for (const unit of unitsOf(ctx)) {
      if (unit.preamble.length === 0) continue;
      const first = unit.preamble[0];
      const home = UNIT_SECTIONS.find((sec) => lookupKey(sec, first.key).known);
      const where = home ? `[${home}]` : unit.type ? `[${sectionHint(unit.type)}]` : 'a [Section] header';
      const n = unit.preamble.length;
      report({
        message: `${n === 1 ? `\`${first.key}=\` comes` : `${n} settings come`} before any section header; systemd ignores ${n === 1 ? 'it' : 'them'} — add ${where} above`,
        doc: unit.doc,
        span: first.span,
      });
    }
  },
});

function sectionHint(type: string): string {
  return type === 'target' || type === 'device' ? 'Unit' : type[0].toUpperCase() + type.slice(1);
}
