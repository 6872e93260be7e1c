import { defineRule } from '../define';
import { directiveText, findDirectives } from '../../model/nginx';
import { accessAt, listensOf, openToPublic, PROXY_DIRECTIVES, protectedServiceOf, serverOf } from './access';
import { nginxConfigs } from './util';

export default defineRule({
  id: 'nginx-unauthenticated-proxy',
  class: 'exposure',
  severity: 'error',
  summary: 'nginx forwards a protected service (Ollama, Jupyter, …) to every network without authentication.',
  docs: {
    what: 'Finds `proxy_pass`, `fastcgi_pass`, `uwsgi_pass` and `grpc_pass` to a protected service on this machine (its port on 127.0.0.1, localhost or [::1], directly or through an `upstream` block) in a server that listens on a non-loopback address (a `server` without `listen` listens on *:80), and reports it when nothing in front checks who is asking: no `auth_basic`, `auth_request`, `allow … deny all` or `ssl_verify_client on` in force for that location.',
    why: 'Model servers such as Ollama have no authentication of their own and bind to loopback for that reason. A reverse proxy on all interfaces hands the API — running models, pulling new ones, deleting them — to anyone who can reach the port; scanners find open Ollama ports within hours.',
    bad: { lang: 'nginx', text: 'server {\n    listen 80;\n    server_name ai.example.com;\n    location / {\n        proxy_pass http://127.0.0.1:11434;\n    }\n}\n' },
    good: { lang: 'nginx', text: 'server {\n    listen 80;\n    server_name ai.example.com;\n    location / {\n        auth_basic "Ollama";\n        auth_basic_user_file /etc/nginx/.htpasswd;\n        proxy_pass http://127.0.0.1:11434;\n    }\n}\n' },
    references: [
      'https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html',
      'https://nginx.org/en/docs/http/ngx_http_access_module.html',
      'https://nginx.org/en/docs/http/ngx_http_core_module.html#listen',
      'https://github.com/ollama/ollama/blob/main/docs/faq.md#how-can-i-expose-ollama-on-my-network',
    ],
  },
  check(ctx, report) {
    const configs = nginxConfigs(ctx);
    for (const config of configs) {
      for (const proxy of findDirectives(config, ...PROXY_DIRECTIVES)) {
        const hit = protectedServiceOf(proxy, configs, ctx.intent.services);
        if (!hit || !proxy.parent) continue;
        const access = accessAt(proxy.parent, config);
        if (!openToPublic(access) || access.unknownInclude) continue;
        const server = serverOf(proxy);
        const listens = server ? listensOf(server) : undefined;
        const open = listens?.filter((l) => !l.loopback);
        if (open && !open.length) continue;
        const allowed = ctx.intent.services.find((s) => s === hit.service)?.allow ?? [];
        const onlyPrivate = open?.every((l) => l.private);
        const where = !open
          ? 'in a location with no `server` around it (pasted into a server that listens publicly, it is open to anyone)'
          : `on ${open.map((l) => (l.directive ? `${l.address === '*' ? '*' : l.address}:${l.port}` : '*:80 (no `listen`: nginx\'s default)')).join(', ')}`;
        const bypass = access.satisfyAny && access.allowAll ? ` (\`satisfy any\` with \`${directiveText(access.allowAll)}\` lets everyone in without credentials)` : '';
        const first = open?.find((l) => l.directive && !l.directive.args[0].text.startsWith('['));
        report({
          message: `\`${directiveText(proxy)}\` exposes ${hit.service.name} (${hit.target}) ${where} without authentication${bypass}: add \`auth_basic\` + \`auth_basic_user_file\`, \`allow <your network>; deny all;\`, or listen on 127.0.0.1`,
          doc: config.doc,
          span: proxy.span,
          severity: !open || (onlyPrivate && allowed.length) ? 'warning' : undefined,
          fix: first?.directive && open?.length === 1
            ? {
              description: `listen on loopback only (127.0.0.1:${first.port})`,
              edits: [{ doc: config.doc, span: first.directive.args[0].span, text: `127.0.0.1:${first.port}` }],
            }
            : undefined,
        });
      }
    }
  },
});
