import { defineRule } from '../define';

export const sandboxValidator = defineRule({
  id: 'sandbox-validator',
  class: 'invalid',
  severity: 'error',
  summary: "A real validator (nginx -t, nft -c, iptables-restore --test, sshd -t, caddy validate, systemd-analyze verify) rejected a file the answer writes",
  requires: 'sandbox',
  docs: {
    what: 'Runs the real tools on the files the answer writes, inside the sandbox, and reports their messages on the lines they name.',
    why: 'A config that fails its own validator does not load: nginx keeps the old config or refuses to start, nft loads nothing, sshd refuses to restart.',
    bad: { lang: 'markdown', text: '```nginx\n# /etc/nginx/conf.d/api.conf\nserver {\n    listen 80;\n    proxy_pas http://127.0.0.1:11434;\n}\n```\n' },
    good: { lang: 'markdown', text: '```nginx\n# /etc/nginx/conf.d/api.conf\nserver {\n    listen 80;\n    location / { proxy_pass http://127.0.0.1:11434; }\n}\n```\n' },
    references: ['https://nginx.org/en/docs/switches.html', 'https://manpages.debian.org/bookworm/nftables/nft.8.en.html'],
  },
  check() {
    // Reported by the sandbox run (src/sandbox/validators.ts).
  },
});
