import { defineRule } from '../define';
import { directiveText, findDirectives, inherited } from '../../model/nginx';
import { PROXY_DIRECTIVES, protectedServiceOf } from './access';
import { nginxConfigs } from './util';

/**
 * Services whose documentation says a proxy must send a local Host header.
 * Ollama's FAQ ("How can I use Ollama with a proxy server?") sets
 * `proxy_set_header Host localhost:11434;`: bound to loopback, Ollama answers
 * 403 to a request whose Host is not a local name.
 */
const LOCAL_HOST_ONLY: Record<string, { docs: string; header: (port: number) => string }> = {
  Ollama: {
    docs: 'https://github.com/ollama/ollama/blob/main/docs/faq.md#how-can-i-use-ollama-with-a-proxy-server',
    header: (port) => `localhost:${port}`,
  },
};

/** Host values a loopback-bound service sees as its own. */
function isLocalHostValue(v: string): boolean {
  return /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|[\w.-]+\.localhost)(:\d+)?$/i.test(v) || v === '$proxy_host';
}

export default defineRule({
  id: 'nginx-host-header-rejected',
  class: 'invalid',
  severity: 'warning',
  summary: 'The proxy forwards the client\'s Host header to a service that rejects foreign Host headers (Ollama answers 403).',
  docs: {
    what: 'For proxies to services whose documentation requires a local Host header behind a proxy (Ollama), reports `proxy_set_header Host $host` (or `$http_host`, or a public name) in force for that location.',
    why: 'Ollama bound to 127.0.0.1 only answers requests whose Host header names the machine itself (DNS-rebinding protection), and its FAQ tells proxies to send `Host localhost:11434`. Forwarding the public name gets every request a 403 Forbidden, so the proxy looks broken. nginx\'s default (`$proxy_host`, i.e. the address in `proxy_pass`) already works: drop the line or set the documented value.',
    bad: { lang: 'nginx', text: 'server {\n    listen 127.0.0.1:8080;\n    location / {\n        proxy_pass http://127.0.0.1:11434;\n        proxy_set_header Host $host;\n    }\n}\n' },
    good: { lang: 'nginx', text: 'server {\n    listen 127.0.0.1:8080;\n    location / {\n        proxy_pass http://127.0.0.1:11434;\n        proxy_set_header Host localhost:11434;\n    }\n}\n' },
    references: [LOCAL_HOST_ONLY.Ollama.docs, 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header'],
  },
  check(ctx, report) {
    const configs = nginxConfigs(ctx);
    for (const config of configs) {
      for (const proxy of findDirectives(config, ...PROXY_DIRECTIVES)) {
        if (proxy.name !== 'proxy_pass') continue;
        const hit = protectedServiceOf(proxy, configs, ctx.intent.services);
        const known = hit && LOCAL_HOST_ONLY[hit.service.name];
        if (!hit || !known) continue;
        const headers = inherited(proxy.parent, config, 'proxy_set_header');
        const host = headers.filter((h) => h.args[0]?.text.toLowerCase() === 'host').pop();
        const value = host?.args[1];
        if (!host || !value || isLocalHostValue(value.text)) continue;
        const wanted = known.header(hit.service.port);
        report({
          message: `\`${directiveText(host)}\` forwards the client's Host to ${hit.service.name}, which answers 403 to a Host that is not local; its docs use \`proxy_set_header Host ${wanted};\``,
          doc: config.doc,
          span: host.span,
          fix: { description: `send Host ${wanted}`, edits: [{ doc: config.doc, span: value.span, text: wanted }] },
        });
      }
    }
  },
});
