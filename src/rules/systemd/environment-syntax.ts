import { defineRule } from '../define';
import { parseEnvironment } from '../../model/systemd';
import { unitsOf } from './units';

export default defineRule({
  id: 'systemd-environment-syntax',
  class: 'invalid',
  severity: 'error',
  summary: 'An Environment= line systemd cannot read (an unclosed quote, a word that is not NAME=value): the variable is never set.',
  docs: {
    what: 'Splits every `Environment=` value the way systemd does (whitespace-separated words, quotes removed, C escapes decoded) and reports words systemd would drop.',
    why: 'systemd ignores the whole `Environment=` line when a quote is left open, and drops each word that is not `NAME=value` (`Environment=OLLAMA_HOST 0.0.0.0` sets nothing). The service then starts with its default, and nothing in `systemctl status` says so.',
    bad: { lang: 'systemd', filename: 'override.conf', text: '[Service]\nEnvironment="OLLAMA_HOST=127.0.0.1\n' },
    good: { lang: 'systemd', filename: 'override.conf', text: '[Service]\nEnvironment="OLLAMA_HOST=127.0.0.1"\n' },
    references: ['https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment='],
  },
  check(ctx, report) {
    for (const unit of unitsOf(ctx)) {
      for (const e of unit.entries) {
        if (e.key !== 'Environment' || e.value === '') continue;
        for (const p of parseEnvironment(e).problems) {
          const message =
            p.kind === 'syntax'
              ? `${p.message} in \`Environment=${e.value}\`: systemd ignores the whole line`
              : `${p.message}; systemd ignores it${/^[A-Za-z_]\w*$/.test(p.raw) ? ` (write \`${p.raw}=value\`)` : ''}`;
          report({ message, doc: unit.doc, span: p.kind === 'syntax' ? e.valueSpan : p.span });
        }
      }
    }
  },
});
