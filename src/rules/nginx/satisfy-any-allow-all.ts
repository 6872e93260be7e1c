import { defineRule } from '../define';
import { findDirectives } from '../../model/nginx';
import { accessAt, loopbackOnly } from './access';
import { lineOf, nginxConfigs } from './util';

export default defineRule({
  id: 'nginx-satisfy-any-allow-all',
  class: 'exposure',
  severity: 'error',
  summary: '`satisfy any` with `allow all`: every client passes the address check, so the password is never asked.',
  docs: {
    what: 'Finds blocks where `satisfy any` is in force together with an allow/deny list whose first rule for an internet client is `allow all` (or 0.0.0.0/0, ::/0), while authentication is configured.',
    why: 'With `satisfy any`, nginx grants access when EITHER the address check OR the authentication passes. `allow all` makes the address check pass for everyone, so `auth_basic` or `auth_request` is skipped for every request: the service is open.',
    bad: { lang: 'nginx', text: 'location / {\n    satisfy any;\n    allow all;\n    auth_basic "private";\n    auth_basic_user_file /etc/nginx/.htpasswd;\n    proxy_pass http://127.0.0.1:8080;\n}\n' },
    good: { lang: 'nginx', text: 'location / {\n    satisfy any;\n    allow 192.168.1.0/24;\n    deny all;\n    auth_basic "private";\n    auth_basic_user_file /etc/nginx/.htpasswd;\n    proxy_pass http://127.0.0.1:8080;\n}\n' },
    references: ['https://nginx.org/en/docs/http/ngx_http_core_module.html#satisfy', 'https://nginx.org/en/docs/http/ngx_http_access_module.html'],
  },
  check(ctx, report) {
    for (const config of nginxConfigs(ctx)) {
      const seen = new Set<unknown>();
      for (const satisfy of findDirectives(config, 'satisfy')) {
        if (satisfy.args[0]?.text !== 'any' || loopbackOnly(satisfy)) continue;
        // The satisfy's own level (accessAt from a leaf reads its siblings), then every block inside that level.
        const nested = findDirectives(satisfy.parent ?? config, 'location', 'if', 'limit_except');
        for (const block of [satisfy, ...nested]) {
          const a = accessAt(block, config);
          if (!a.satisfyAny || !a.allowAll || !a.auth || seen.has(a.allowAll)) continue;
          seen.add(a.allowAll);
          report({
            message: `\`satisfy any\` (line ${lineOf(satisfy)}) with \`allow ${a.allowAll.args[0].text}\`: every client passes the address check, so \`${a.auth.name}\` is never asked for`,
            doc: config.doc,
            span: a.allowAll.span,
          });
        }
      }
    }
  },
});
