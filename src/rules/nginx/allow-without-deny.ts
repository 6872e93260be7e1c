import { defineRule } from '../define';
import { walkNginx } from '../../model/nginx';
import { loopbackOnly } from './access';
import { inIncludedDumpSection, nginxConfigs } from './util';

export default defineRule({
  id: 'nginx-allow-without-deny',
  class: 'exposure',
  severity: 'warning',
  summary: '`allow` rules without a closing `deny all`: every other address is allowed too.',
  docs: {
    what: 'Finds blocks whose allow/deny list has `allow` rules for some addresses but no `deny` after them, so nothing restricts anyone.',
    why: 'nginx checks allow/deny rules in order and lets the request through when none matches. `allow 192.168.1.0/24;` alone therefore restricts nothing: the intent was clearly "only this network", and it takes `deny all;` after the allows to say so.',
    bad: { lang: 'nginx', text: 'location /admin {\n    allow 192.168.1.0/24;\n    proxy_pass http://127.0.0.1:8080;\n}\n' },
    good: { lang: 'nginx', text: 'location /admin {\n    allow 192.168.1.0/24;\n    deny all;\n    proxy_pass http://127.0.0.1:8080;\n}\n' },
    references: ['https://nginx.org/en/docs/http/ngx_http_access_module.html'],
  },
  check(ctx, report) {
    for (const config of nginxConfigs(ctx)) {
      const levels = new Map<unknown, typeof config.directives>();
      for (const v of walkNginx(config)) {
        const d = v.directive;
        if (d.name !== 'allow' && d.name !== 'deny') continue;
        const key = d.parent ?? config;
        if (!levels.has(key)) levels.set(key, d.parent ? d.parent.children : config.directives);
      }
      for (const siblings of levels.values()) {
        const rules = siblings.filter((c) => c.name === 'allow' || c.name === 'deny');
        // An include may hold the deny; `allow all` is a deliberate opening, not a forgotten deny.
        if (siblings.some((c) => c.name === 'include') || rules.some((r) => r.name === 'deny')) continue;
        const allows = rules.filter((r) => r.name === 'allow');
        if (!allows.length || allows.some((r) => r.args[0]?.text === 'all' || r.args[0]?.text === 'unix:')) continue;
        const last = allows[allows.length - 1];
        if (loopbackOnly(last) || inIncludedDumpSection(config, last)) continue;
        report({
          message: `\`allow ${allows.map((a) => a.args[0]?.text ?? '').join(', ')}\` with no \`deny all\` after it: every other address is allowed too`,
          doc: config.doc,
          span: last.span,
          fix: {
            description: 'add `deny all;` after the allow rules',
            edits: [{ doc: config.doc, span: { start: last.span.end, end: last.span.end }, text: `\n${' '.repeat(last.span.start.column)}deny all;` }],
          },
        });
      }
    }
  },
});
