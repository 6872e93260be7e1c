import { defineRule } from '../define';
import { endOf } from '../../plan/index';

export default defineRule({
  id: 'unknown-language',
  class: 'invalid',
  severity: 'info',
  summary: 'A code block whose language airlock cannot tell was not checked.',
  docs: {
    what: 'Reports a code block that is neither nginx, nftables, iptables, ufw, systemd, shell, Caddyfile, sshd_config nor compose, so nothing in it was checked.',
    why: 'An unchecked block is not an approved one. Tag the fence (```nginx, ```bash, ```ini …) or pass --lang so airlock knows what to read.',
    bad: { lang: 'markdown', text: 'Use this:\n\n```\nfoo: bar\nbaz\n```\n' },
    good: { lang: 'markdown', text: 'Use this:\n\n```bash\nsudo ufw allow OpenSSH\n```\n' },
    references: ['https://spec.commonmark.org/0.31.2/#fenced-code-blocks'],
  },
  check(ctx, report) {
    for (const doc of ctx.docs) {
      if (doc.lang !== 'unknown' || doc.parent || doc.text.trim() === '') continue;
      report({
        message: 'could not tell the language of this block, so it was not checked; tag the fence or pass --lang',
        doc,
        span: { start: { row: 0, column: 0 }, end: endOf(doc.text.split('\n')[0]) },
      });
    }
  },
});
