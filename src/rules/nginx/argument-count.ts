import { defineRule } from '../define';
import { suspectMissingSemicolon } from '../../model/nginx';
import { isKnownDirective, lineOf, looksLikeDirective, nginxConfigs, places, specsFor } from './util';

/** Directives whose words nginx reads its own way (`if ($a = b)`), or whose docs under-count them. */
const NOT_COUNTED = new Set(['if']);

export default defineRule({
  id: 'nginx-argument-count',
  class: 'invalid',
  severity: 'error',
  summary: 'A directive with too few or too many arguments (often a missing `;`): `nginx -t` refuses it.',
  docs: {
    what: 'Counts the arguments of each known directive against the syntax nginx\'s reference documents for it, and checks that block directives have a `{ … }` block and simple ones do not. When the extra arguments start on the next line with a directive name, the message says the `;` is missing.',
    why: 'nginx refuses "invalid number of arguments" and the config does not load. A missing `;` at the end of a line glues the next directive onto it as extra arguments, so the mistake shows up here rather than as a syntax error.',
    bad: { lang: 'nginx', text: 'location / {\n    proxy_pass http://127.0.0.1:8080\n    proxy_set_header Host $host;\n}\n' },
    good: { lang: 'nginx', text: 'location / {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_set_header Host $host;\n}\n' },
    references: ['https://nginx.org/en/docs/dirindex.html'],
  },
  check(ctx, report) {
    for (const config of nginxConfigs(ctx)) {
      for (const place of places(config)) {
        const d = place.directive;
        if (place.opaque || NOT_COUNTED.has(d.name) || d.recovered) continue;
        const specs = specsFor(d.name, place);
        if (!specs.length) continue;
        const n = d.args.length;
        const min = Math.min(...specs.map((s) => s.a[0]));
        const max = specs.some((s) => s.a[1] < 0) ? Infinity : Math.max(...specs.map((s) => s.a[1]));
        const hasBlock = d.block !== undefined;
        if (specs.every((s) => s.block) && !hasBlock) {
          report({ message: `\`${d.name}\` needs a \`{ … }\` block`, doc: config.doc, span: d.nameSpan });
          continue;
        }
        if (hasBlock && specs.every((s) => !s.block)) {
          report({ message: `\`${d.name}\` takes no \`{ … }\` block`, doc: config.doc, span: d.nameSpan });
          continue;
        }
        // A known directive name starting a line inside the arguments: the `;` before it is missing,
        // whatever the count says (`listen 80` / `server_name a;` fits listen's many parameters).
        const keywords = new Set(specs.flatMap((s) => [...(s.k ?? []), ...(s.v ?? [])]));
        const swallowed = suspectMissingSemicolon(d, (w) => isKnownDirective(w) && !keywords.has(w));
        if (swallowed) {
          report({
            message: `missing \`;\` before \`${swallowed.text}\` on line ${lineOf(swallowed)}: nginx reads it as more arguments of \`${d.name}\``,
            doc: config.doc,
            span: swallowed.span,
          });
          continue;
        }
        if (n >= min && n <= max) continue;
        const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
        const plural = (k: number): string => (k === 1 ? 'argument' : 'arguments');
        const missing = n > max ? suspectMissingSemicolon(d, looksLikeDirective) : undefined;
        const message = missing
          ? `missing \`;\` before \`${missing.text}\` on line ${lineOf(missing)}: \`${d.name}\` takes ${expected} ${plural(max)} but got ${n}`
          : `\`${d.name}\` takes ${expected} ${plural(max === Infinity ? 2 : max)}, got ${n}`;
        report({ message, doc: config.doc, span: missing ? missing.span : d.nameSpan });
      }
    }
  },
});
