import { defineRule } from '../define';
import { hasGrammar, parseDocument, syntaxProblems, type SyntaxProblem } from '../../parse/index';
import type { Document, Span } from '../../core/document';
import { describeSyntaxProblem } from '../../parse/describe';

/** Past this many problems in one document the rest is noise from the first. */
const MAX_PER_DOC = 5;

export default defineRule({
  id: 'syntax-error',
  class: 'invalid',
  severity: 'error',
  summary: 'The config or command does not parse: the tool would refuse it.',
  docs: {
    what: 'Parses every nginx, nftables, iptables, ufw, systemd and shell block with its grammar and reports where it breaks, in plain words.',
    why: 'A config that does not parse is refused when it is loaded (`nginx -t`, `nft -f`, `iptables-restore`), often after the old one was already stopped, or silently ignored line by line (systemd). The fix belongs on the line that breaks.',
    bad: { lang: 'nginx', text: 'server {\n    listen 127.0.0.1:8080;\n    location / {\n        proxy_pass http://127.0.0.1:11434\n    }\n}\n' },
    good: { lang: 'nginx', text: 'server {\n    listen 127.0.0.1:8080;\n    location / {\n        proxy_pass http://127.0.0.1:11434;\n    }\n}\n' },
    references: ['https://nginx.org/en/docs/beginners_guide.html#conf_structure', 'https://www.netfilter.org/projects/nftables/manpage.html'],
  },
  check(ctx, report) {
    for (const doc of ctx.docs) {
      if (!hasGrammar(doc.lang) || doc.text.trim() === '') continue;
      const problems = syntaxProblems(parseDocument(doc)).slice(0, MAX_PER_DOC);
      for (const p of problems) {
        const d = describe(p, doc);
        report({ message: d.message, doc, span: d.span });
      }
    }
  },
});

function describe(p: SyntaxProblem, doc: Document): { message: string; span: Span } {
  return describeSyntaxProblem(p, doc);
}
