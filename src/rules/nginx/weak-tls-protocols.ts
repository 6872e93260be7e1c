import { defineRule } from '../define';
import { findDirectives } from '../../model/nginx';
import { nginxConfigs } from './util';

const WEAK = new Set(['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1']);

export default defineRule({
  id: 'nginx-weak-tls-protocols',
  class: 'hardening',
  severity: 'warning',
  summary: '`ssl_protocols` enables SSLv3, TLSv1 or TLSv1.1, which are broken or deprecated.',
  docs: {
    what: 'Checks `ssl_protocols` (and `proxy_ssl_protocols` and friends) for SSLv2, SSLv3, TLSv1 and TLSv1.1.',
    why: 'SSLv3 is broken (POODLE), and TLS 1.0/1.1 were deprecated by RFC 8996; browsers no longer use them, so enabling them only helps an attacker downgrade connections. nginx\'s own default is `TLSv1.2 TLSv1.3`.',
    bad: { lang: 'nginx', text: 'server {\n    listen 443 ssl;\n    ssl_certificate /etc/ssl/certs/site.pem;\n    ssl_certificate_key /etc/ssl/private/site.key;\n    ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n}\n' },
    good: { lang: 'nginx', text: 'server {\n    listen 443 ssl;\n    ssl_certificate /etc/ssl/certs/site.pem;\n    ssl_certificate_key /etc/ssl/private/site.key;\n    ssl_protocols TLSv1.2 TLSv1.3;\n}\n' },
    references: ['https://nginx.org/en/docs/http/ngx_http_ssl_module.html#ssl_protocols', 'https://datatracker.ietf.org/doc/html/rfc8996'],
  },
  check(ctx, report) {
    for (const config of nginxConfigs(ctx)) {
      for (const d of findDirectives(config, 'ssl_protocols', 'proxy_ssl_protocols', 'grpc_ssl_protocols', 'uwsgi_ssl_protocols')) {
        const weak = d.args.filter((a) => WEAK.has(a.text));
        if (!weak.length || !d.args.length) continue;
        const span = { start: d.args[0].span.start, end: d.args[d.args.length - 1].span.end };
        report({
          message: `\`${d.name}\` enables ${weak.map((w) => w.text).join(', ')}: broken or deprecated (RFC 8996); use TLSv1.2 TLSv1.3`,
          doc: config.doc,
          span: weak[0].span,
          fix: { description: 'use TLSv1.2 TLSv1.3', edits: [{ doc: config.doc, span, text: 'TLSv1.2 TLSv1.3' }] },
        });
      }
    }
  },
});
