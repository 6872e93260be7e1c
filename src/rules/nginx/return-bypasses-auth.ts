import { defineRule } from '../define';
import { findDirectives } from '../../model/nginx';
import { accessAt, loopbackOnly } from './access';
import { lineOf, nginxConfigs } from './util';

export default defineRule({
  id: 'nginx-return-bypasses-auth',
  class: 'exposure',
  severity: 'warning',
  summary: 'A `return` that answers before the password or address check runs: nginx\'s rewrite phase comes before access.',
  docs: {
    what: 'Finds `return` with a 2xx status or a body (`return 200 "…"`, `return "…"`) in a location where `auth_basic`, `auth_request` or `deny` rules are in force. Redirects and error codes are left alone.',
    why: 'nginx runs the rewrite phase (`return`, `rewrite`, `set`, `if`) before the access phase (`allow`/`deny`, `auth_basic`, `auth_request`). A `return 200 …` in a protected location is sent to anyone, with no credentials asked — the protection looks present but never applies to that response.',
    bad: { lang: 'nginx', text: 'location /status {\n    auth_basic "admin";\n    auth_basic_user_file /etc/nginx/.htpasswd;\n    return 200 "ok $hostname";\n}\n' },
    good: { lang: 'nginx', text: 'location /status {\n    auth_basic "admin";\n    auth_basic_user_file /etc/nginx/.htpasswd;\n    proxy_pass http://127.0.0.1:8080/status;\n}\n' },
    references: ['https://nginx.org/en/docs/dev/development_guide.html#http_phases', 'https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return'],
  },
  check(ctx, report) {
    for (const config of nginxConfigs(ctx)) {
      for (const ret of findDirectives(config, 'return')) {
        const code = ret.args[0]?.text ?? '';
        const answers = (/^2\d\d$/.test(code) && ret.args.length > 1) || (!/^\d+$/.test(code) && !/^(https?:\/\/|\$scheme)/.test(code));
        if (!answers || loopbackOnly(ret)) continue;
        let stream = false;
        for (let p = ret.parent; p; p = p.parent) if (p.name === 'stream') stream = true;
        if (stream) continue; // stream's return runs in the content phase, after access
        const a = accessAt(ret, config);
        const guard = a.auth ?? (a.denyPublic ? a.rules.find((r) => r.name === 'deny') : undefined);
        if (!guard || a.internal) continue;
        report({
          message: `\`return ${code}\` is sent before \`${guard.name}\` (line ${lineOf(guard)}) is checked: nginx's rewrite phase runs before access, so this response needs no credentials`,
          doc: config.doc,
          span: ret.span,
        });
      }
    }
  },
});
