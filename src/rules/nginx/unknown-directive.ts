import { defineRule } from '../define';
import { NGINX_REFERENCE_VERSION } from '../../knowledge/nginx-directives';
import { isKnownDirective, isThirdPartyDirective, nginxConfigs, officialPrefix, places, suggestDirective } from './util';

export default defineRule({
  id: 'nginx-unknown-directive',
  class: 'invalid',
  severity: 'error',
  summary: 'A directive nginx does not have (a typo or a made-up name): `nginx -t` refuses the whole config.',
  docs: {
    what: `Looks up every directive in nginx's official reference (@nginx/reference-lib ${NGINX_REFERENCE_VERSION}) and reports names nginx does not know when the name is clearly a mistake: it is one or two letters away from a real directive (did you mean …?), differs only in case or in \`-\` for \`_\`, or starts like an official module's directives (\`proxy_\`, \`ssl_\`, …) but exists in none. Names of well-known third-party modules (lua, headers-more, brotli, …) and other names that may come from a module we cannot see are left alone.`,
    why: 'nginx stops at the first unknown directive: `nginx -t` fails with "unknown directive", and a reload with the new file keeps the old config — or, after a restart, nginx does not start at all and every site on the machine is down. Assistants often invent plausible directives (`proxy_websocket on;`) or misspell real ones.',
    bad: { lang: 'nginx', text: 'location / {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_set_headers Host $host;\n}\n' },
    good: { lang: 'nginx', text: 'location / {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_set_header Host $host;\n}\n' },
    references: ['https://nginx.org/en/docs/dirindex.html', 'https://www.npmjs.com/package/@nginx/reference-lib'],
  },
  check(ctx, report) {
    for (const config of nginxConfigs(ctx)) {
      for (const place of places(config)) {
        const d = place.directive;
        if (place.opaque || isKnownDirective(d.name) || isThirdPartyDirective(d.name)) continue;
        if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(d.name)) continue; // not a name at all: the syntax rule's business
        const suggestion = suggestDirective(d.name);
        if (suggestion) {
          report({
            message: `unknown directive \`${d.name}\`; did you mean \`${suggestion}\`?`,
            doc: config.doc,
            span: d.nameSpan,
            fix: { description: `rename to ${suggestion}`, edits: [{ doc: config.doc, span: d.nameSpan, text: suggestion }] },
          });
          continue;
        }
        const prefix = officialPrefix(d.name);
        if (prefix) {
          report({
            message: `unknown directive \`${d.name}\`: no nginx module has it, although \`${prefix}_\` directives are nginx's own; nginx -t refuses it unless a third-party module provides it`,
            doc: config.doc,
            span: d.nameSpan,
            severity: 'warning',
          });
        }
      }
    }
  },
});
