import { defineRule } from '../define';

export const sandboxExposure = defineRule({
  id: 'sandbox-exposure',
  class: 'exposure',
  severity: 'error',
  summary: 'In the sandbox, a protected service was reachable from outside its allowed ranges after the change',
  requires: 'sandbox',
  docs: {
    what:
      'Probes every protected service (Ollama and other model servers by default, or those in airlock.json) from vantages inside and outside the allowed ranges, over IPv4 and IPv6, directly and through any HTTP proxy the answer sets up, with and without credentials. Fires when a vantage outside the allowed ranges reaches the service itself without credentials.',
    why:
      'A model server bound to every address, an IPv6 hole in an IPv4-only rule, or a proxy location that skips auth gives anyone on the network free use of the machine (and, for Ollama, model pulls and deletes).',
    bad: { lang: 'markdown', text: '```ini\n# /etc/systemd/system/ollama.service.d/override.conf\n[Service]\nEnvironment="OLLAMA_HOST=0.0.0.0"\n```\n' },
    good: { lang: 'markdown', text: '```ini\n# /etc/systemd/system/ollama.service.d/override.conf\n[Service]\nEnvironment="OLLAMA_HOST=127.0.0.1:11434"\n```\n' },
    references: ['https://github.com/ollama/ollama/blob/main/docs/faq.md#how-do-i-configure-ollama-server', 'https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html'],
  },
  check() {
    // Reported by the sandbox run (src/sandbox/verdict.ts).
  },
});
