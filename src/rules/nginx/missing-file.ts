import { defineRule } from '../define';
import type { Document, Span } from '../../core/document';
import type { Step } from '../../plan/types';
import { findDirectives } from '../../model/nginx';
import { editDistance, lineOf, nginxConfigs } from './util';

type Kind = 'htpasswd' | 'certificate' | 'key' | 'config';

interface Created {
  path: string;
  kind: Kind | 'any';
  how: string;
  doc: Document;
  span: Span;
}

const REFERENCES: Record<string, Kind> = {
  auth_basic_user_file: 'htpasswd',
  ssl_certificate: 'certificate',
  ssl_certificate_key: 'key',
  include: 'config',
};

/** Files the answer creates, and how. */
function createdFiles(steps: Step[]): Created[] {
  const out: Created[] = [];
  for (const s of steps) {
    if (s.kind === 'write') {
      out.push({ path: s.path, kind: 'any', how: `writes it`, doc: s.doc, span: s.span });
      continue;
    }
    // A config block shown without a command (ConfigStep) has only a guessed path: not evidence of a name.
    if (s.kind !== 'command') continue;
    const words = s.args.map((w) => w.text);
    if (s.info.tool === 'htpasswd' && s.info.file) {
      out.push({ path: s.info.file, kind: 'htpasswd', how: 'creates it with htpasswd', doc: s.doc, span: s.span });
    } else if (s.name === 'openssl') {
      for (let i = 0; i < words.length - 1; i++) {
        if (words[i] === '-out') out.push({ path: words[i + 1], kind: /key/i.test(words[i + 1]) && !/\b(req|x509)\b/.test(words.join(' ')) ? 'key' : 'certificate', how: 'creates it with openssl', doc: s.doc, span: s.span });
        if (words[i] === '-keyout') out.push({ path: words[i + 1], kind: 'key', how: 'creates it with openssl', doc: s.doc, span: s.span });
      }
      if (words[0] === 'genrsa' || words[0] === 'genpkey' || words[0] === 'ecparam') for (const c of out.filter((x) => x.doc === s.doc && x.span === s.span)) c.kind = 'key';
    } else if (s.name === 'certbot') {
      const d = words.indexOf('-d') >= 0 ? words[words.indexOf('-d') + 1] : words.find((w) => w.startsWith('--domains='))?.slice(10) ?? words.find((w) => w.startsWith('-d'))?.slice(2);
      const domain = d?.split(',')[0];
      if (domain) {
        const base = `/etc/letsencrypt/live/${domain}`;
        for (const f of ['fullchain.pem', 'cert.pem', 'chain.pem']) out.push({ path: `${base}/${f}`, kind: 'certificate', how: 'gets it from certbot', doc: s.doc, span: s.span });
        out.push({ path: `${base}/privkey.pem`, kind: 'key', how: 'gets it from certbot', doc: s.doc, span: s.span });
      } else {
        out.push({ path: '/etc/letsencrypt/live/*', kind: 'any', how: 'runs certbot', doc: s.doc, span: s.span });
      }
    } else if ((s.name === 'cp' || s.name === 'mv' || s.name === 'install' || s.name === 'ln') && words.length >= 2) {
      const target = words[words.length - 1];
      if (!target.startsWith('-')) out.push({ path: target, kind: 'any', how: `${s.name}s a file there`, doc: s.doc, span: s.span });
    } else if (s.name === 'touch') {
      for (const w of words.filter((x) => !x.startsWith('-'))) out.push({ path: w, kind: 'any', how: 'touches it', doc: s.doc, span: s.span });
    }
  }
  return out;
}

function resolve(path: string): string {
  return path.startsWith('/') ? path : `/etc/nginx/${path}`;
}

function basename(p: string): string {
  return p.replace(/\/+$/, '').split('/').pop() ?? p;
}

function similar(kind: Kind, ref: string, c: Created): boolean {
  if (c.kind === kind) return true;
  if (c.kind !== 'any' && c.kind !== 'config') return false;
  const a = basename(ref).replace(/^\./, '');
  const b = basename(c.path).replace(/^\./, '');
  if (kind === 'htpasswd' && /passwd/i.test(b)) return true;
  if (kind === 'certificate' && /\.(crt|pem|cer)$/i.test(b) && !/key/i.test(b)) return true;
  if (kind === 'key' && /\.key$|privkey/i.test(b)) return true;
  if (kind === 'config') return /\.conf$/.test(b) && (editDistance(a, b, 3) <= 3 || c.path.split('/').slice(0, -1).join('/') === resolve(ref).split('/').slice(0, -1).join('/') && editDistance(a, b, 4) <= 4);
  return false;
}

export default defineRule({
  id: 'nginx-missing-file',
  class: 'invalid',
  severity: 'error',
  summary: 'The config names a password file, certificate or include the answer never creates, while it creates a similar file elsewhere.',
  docs: {
    what: 'Compares the paths in `auth_basic_user_file`, `ssl_certificate`, `ssl_certificate_key` and `include` with the files the same answer creates (heredocs and `tee`, `htpasswd -c`, `openssl … -out/-keyout`, certbot, `cp`/`mv`). It reports a path only when the answer does create a file of the same kind under another name — otherwise the file may well exist already.',
    why: 'A typo between the two halves of an answer (`/etc/nginx/.htpasswd` in the config, `/etc/nginx/htpasswd` in the command) makes `nginx -t` fail ("cannot load certificate", "open() … failed") or, for an `auth_basic_user_file`, makes every login fail with 500 errors: the site is down or locked.',
    bad: {
      lang: 'markdown',
      text: '```bash\nsudo htpasswd -c /etc/nginx/htpasswd admin\n```\n\n```nginx\nserver {\n    listen 80;\n    location / {\n        auth_basic "private";\n        auth_basic_user_file /etc/nginx/.htpasswd;\n        proxy_pass http://127.0.0.1:8080;\n    }\n}\n```\n',
    },
    good: {
      lang: 'markdown',
      text: '```bash\nsudo htpasswd -c /etc/nginx/.htpasswd admin\n```\n\n```nginx\nserver {\n    listen 80;\n    location / {\n        auth_basic "private";\n        auth_basic_user_file /etc/nginx/.htpasswd;\n        proxy_pass http://127.0.0.1:8080;\n    }\n}\n```\n',
    },
    references: ['https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html#auth_basic_user_file', 'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#ssl_certificate'],
  },
  check(ctx, report) {
    const created = createdFiles(ctx.plan.steps);
    if (!created.length) return;
    const paths = new Set(created.map((c) => c.path));
    for (const config of nginxConfigs(ctx)) {
      for (const d of findDirectives(config, ...Object.keys(REFERENCES))) {
        const arg = d.args[0];
        if (!arg || arg.text.includes('$') || /[*?[]/.test(arg.text) || d.args.length !== 1) continue;
        if (arg.text === 'data:' || arg.text.startsWith('data:') || arg.text.startsWith('engine:')) continue;
        const ref = resolve(arg.text);
        if (paths.has(ref) || paths.has(arg.text)) continue;
        // certbot without a domain we can read: any letsencrypt path may be its output.
        if (ref.startsWith('/etc/letsencrypt/') && created.some((c) => c.path === '/etc/letsencrypt/live/*')) continue;
        const kind = REFERENCES[d.name];
        const like = created.filter((c) => c.path !== config.doc.path && similar(kind, arg.text, c));
        if (!like.length) continue;
        const best = like.sort((a, b) => editDistance(ref, a.path, 40) - editDistance(ref, b.path, 40))[0];
        const line = lineOf(best);
        report({
          message: `\`${d.name} ${arg.text}\`, but the answer never creates that file; it ${best.how} as ${best.path} (line ${line})`,
          doc: config.doc,
          span: arg.span,
          fix: { description: `use ${best.path}`, edits: [{ doc: config.doc, span: arg.span, text: best.path }] },
        });
      }
    }
  },
});
