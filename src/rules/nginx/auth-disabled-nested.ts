import { defineRule } from '../define';
import { findDirectives } from '../../model/nginx';
import { loopbackOnly } from './access';
import { lineOf, nginxConfigs } from './util';

export default defineRule({
  id: 'nginx-auth-disabled-nested',
  class: 'exposure',
  severity: 'warning',
  summary: '`auth_basic off` in a location inside a password-protected block opens that part to everyone.',
  docs: {
    what: 'Finds `auth_basic off` in a block whose enclosing blocks turn `auth_basic` on, and names the location it opens.',
    why: 'auth_basic is inherited by nested locations; `auth_basic off` lifts it for everything that location matches (and for locations nested in it). Sometimes that is meant (a health check), often it is a copy-paste that opens the API behind the login.',
    bad: { lang: 'nginx', text: 'server {\n    listen 80;\n    auth_basic "private";\n    auth_basic_user_file /etc/nginx/.htpasswd;\n    location /api/ {\n        auth_basic off;\n        proxy_pass http://127.0.0.1:11434;\n    }\n}\n' },
    good: { lang: 'nginx', text: 'server {\n    listen 80;\n    auth_basic "private";\n    auth_basic_user_file /etc/nginx/.htpasswd;\n    location /api/ {\n        proxy_pass http://127.0.0.1:11434;\n    }\n}\n' },
    references: ['https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html#auth_basic'],
  },
  check(ctx, report) {
    for (const config of nginxConfigs(ctx)) {
      for (const off of findDirectives(config, 'auth_basic')) {
        if (off.args[0]?.text !== 'off' || !off.parent || loopbackOnly(off)) continue;
        let on;
        for (let p = off.parent.parent; p && !on; p = p.parent) on = p.children.find((c) => c.name === 'auth_basic' && c.args[0]?.text !== 'off');
        on ??= off.parent.parent ? config.directives.find((c) => c.name === 'auth_basic' && c.args[0]?.text !== 'off') : undefined;
        if (!on) continue;
        const loc = off.parent.name === 'location' ? `location ${off.parent.args.map((a) => a.text).join(' ')}` : off.parent.name;
        report({
          message: `\`auth_basic off\` lifts the password set on line ${lineOf(on)} for \`${loc}\`: anyone can reach it`,
          doc: config.doc,
          span: off.span,
        });
      }
    }
  },
});
