import { defineRule } from '../define';
import { findDirectives } from '../../model/nginx';
import { readListen } from './access';
import { nginxConfigs } from './util';

export default defineRule({
  id: 'nginx-listen-443-without-ssl',
  class: 'invalid',
  severity: 'error',
  summary: '`listen 443` without `ssl`: nginx speaks plain HTTP on the HTTPS port.',
  docs: {
    what: 'Finds `listen …:443` in an http `server` without the `ssl` parameter (and without `quic`, which is HTTP/3 over UDP and always encrypted). Stream servers are left alone: TLS passthrough with `ssl_preread` listens on 443 without `ssl` on purpose.',
    why: 'Since nginx 1.25.1 the `ssl on;` directive is gone and TLS is switched on per port by `listen … ssl`. Without it nginx answers plain HTTP on 443 even with `ssl_certificate` set: browsers fail with "SSL_ERROR_RX_RECORD_TOO_LONG" / "ERR_SSL_PROTOCOL_ERROR", and the certificate that was meant to protect the traffic is never used.',
    bad: { lang: 'nginx', text: 'server {\n    listen 443;\n    server_name example.com;\n    ssl_certificate /etc/letsencrypt/live/example.com/fullchain.pem;\n    ssl_certificate_key /etc/letsencrypt/live/example.com/privkey.pem;\n}\n' },
    good: { lang: 'nginx', text: 'server {\n    listen 443 ssl;\n    server_name example.com;\n    ssl_certificate /etc/letsencrypt/live/example.com/fullchain.pem;\n    ssl_certificate_key /etc/letsencrypt/live/example.com/privkey.pem;\n}\n' },
    references: ['https://nginx.org/en/docs/http/ngx_http_core_module.html#listen', 'https://nginx.org/en/docs/http/configuring_https_servers.html'],
  },
  check(ctx, report) {
    for (const config of nginxConfigs(ctx)) {
      for (const d of findDirectives(config, 'listen')) {
        const info = readListen(d);
        if (!info || info.port !== '443' || info.ssl) continue;
        const params = d.args.slice(1).map((a) => a.text);
        if (params.includes('quic')) continue;
        const server = d.parent;
        if (!server || server.name !== 'server') continue;
        let inStream = false;
        for (let p = server.parent; p; p = p.parent) if (p.name === 'stream' || p.name === 'mail') inStream = true;
        // A server that proxies directly (no location) is a stream server: TLS passthrough.
        if (inStream || server.children.some((c) => c.name === 'ssl_preread' || c.name === 'proxy_pass' || (c.name === 'ssl' && c.args[0]?.text === 'on'))) continue;
        const hasCert = server.children.some((c) => c.name === 'ssl_certificate');
        const addr = d.args[0];
        report({
          message: hasCert
            ? '`listen 443` has no `ssl`: nginx serves plain HTTP on port 443 and never uses the certificate set here'
            : '`listen 443` has no `ssl`: nginx serves plain HTTP on the HTTPS port',
          doc: config.doc,
          span: d.span,
          severity: hasCert ? undefined : 'warning',
          fix: { description: 'add the ssl parameter', edits: [{ doc: config.doc, span: { start: addr.span.end, end: addr.span.end }, text: ' ssl' }] },
        });
      }
    }
  },
});
