import { defineRule } from '../define';
import { walk } from '../../model/caddyfile';
import { caddyFiles } from './files';
import { clientAuthMode } from './client-auth';

export default defineRule({
  id: 'caddy-client-auth-not-verified',
  class: 'exposure',
  severity: 'error',
  summary: 'mTLS `client_auth` whose mode does not verify certificates (`request`, `require`, or no mode and no trusted CA).',
  docs: {
    what: 'Reads `tls { client_auth { … } }`. Modes `request` and `require` ask for a client certificate but never verify it; without a `mode` and without `trusted_ca_cert*`/`trusted_leaf_cert*`/`trust_pool`, Caddy defaults to `require`. `verify_if_given` verifies but lets clients without a certificate in, so it is reported as a warning.',
    why: 'Client certificates only authenticate when they are checked against a CA you trust. With `require` any self-signed certificate made in one `openssl` command is accepted, so the "mutual TLS" in front of the service admits everyone. Use `mode require_and_verify` with `trust_pool file /path/ca.pem` (or `trusted_ca_cert_file`).',
    bad: { lang: 'caddyfile', filename: 'Caddyfile', text: 'api.example.com {\n\ttls {\n\t\tclient_auth {\n\t\t\tmode require\n\t\t}\n\t}\n\treverse_proxy localhost:8080\n}\n' },
    good: {
      lang: 'caddyfile',
      filename: 'Caddyfile',
      text: 'api.example.com {\n\ttls {\n\t\tclient_auth {\n\t\t\tmode require_and_verify\n\t\t\ttrusted_ca_cert_file /etc/caddy/clients-ca.pem\n\t\t}\n\t}\n\treverse_proxy localhost:8080\n}\n',
    },
    references: ['https://caddyserver.com/docs/caddyfile/directives/tls#client_auth', 'https://pkg.go.dev/crypto/tls#ClientAuthType'],
  },
  check(ctx, report) {
    for (const f of caddyFiles(ctx)) {
      const all = [...f.sites.map((s) => s.directives), ...f.snippets.values()];
      for (const ds of all) {
        walk(ds, (d, parents) => {
          if (d.name !== 'client_auth' || parents[parents.length - 1]?.name !== 'tls' || d.importedVia) return;
          const m = clientAuthMode(d);
          const modeLine = (d.block ?? []).find((x) => x.name === 'mode');
          const span = modeLine?.span ?? d.span;
          if (!m.verifies) {
            report({
              message: m.explicit
                ? `\`mode ${m.mode}\` ${m.mode === 'request' ? 'does not even require a certificate, and' : 'requires a client certificate but'} never verifies it: any self-signed certificate gets in — use \`mode require_and_verify\` with a trusted CA`
                : 'client_auth with no `mode` and no trusted CA defaults to `require`: any self-signed certificate gets in — add `mode require_and_verify` and `trusted_ca_cert_file` (or `trust_pool`)',
              doc: f.doc,
              span,
            });
          } else if (!m.requires) {
            report({ message: '`mode verify_if_given` verifies a certificate only when the client sends one; clients that send none get in — use `require_and_verify` unless another check follows', doc: f.doc, span, severity: 'warning' });
          }
        });
      }
    }
  },
});
