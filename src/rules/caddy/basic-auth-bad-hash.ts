import { defineRule } from '../define';
import { walk } from '../../model/caddyfile';
import { caddyFiles } from './files';

const BCRYPT = /^\$2[aby]\$(\d\d)\$[./A-Za-z0-9]{53}$/;

/** What is wrong with a bcrypt hash as Caddy reads it, or undefined when it is valid. */
export function bcryptProblem(hash: string): string | undefined {
  let h = hash;
  // Older Caddy 2 releases wanted the hash base64-encoded (what `caddy hash-password` printed then); both forms are accepted.
  if (!h.startsWith('$') && /^[A-Za-z0-9+/]+={0,2}$/.test(h) && h.length >= 80) {
    const decoded = Buffer.from(h, 'base64').toString('latin1');
    if (decoded.startsWith('$2')) h = decoded;
  }
  if (!h.startsWith('$')) return 'is not a bcrypt hash (it looks like a plaintext password; Caddy only accepts hashes — generate one with `caddy hash-password`)';
  if (!/^\$2[aby]\$/.test(h)) return `has prefix \`${h.slice(0, 4)}\`; bcrypt hashes start with \`$2a$\`, \`$2b$\` or \`$2y$\``;
  const cost = /^\$2[aby]\$(\d\d)\$/.exec(h);
  if (!cost) return 'has no two-digit cost after the prefix (`$2a$14$…`)';
  const c = Number(cost[1]);
  if (c < 4 || c > 31) return `has cost ${cost[1]}; bcrypt allows 04 to 31`;
  if (h.length !== 60) return `is ${h.length} characters long; a bcrypt hash is exactly 60`;
  if (!BCRYPT.test(h)) return 'contains characters outside bcrypt\'s alphabet (`./A-Za-z0-9`)';
  return undefined;
}

export default defineRule({
  id: 'caddy-basic-auth-bad-hash',
  class: 'invalid',
  severity: 'error',
  summary: '`basic_auth`/`basicauth` password that is not a valid bcrypt hash (length, prefix, cost, alphabet), or is plaintext.',
  docs: {
    what: 'Checks every `<user> <hash>` line inside `basic_auth` / `basicauth` blocks (with the default `bcrypt` algorithm): 60 characters, `$2a$`/`$2b$`/`$2y$`, a two-digit cost from 04 to 31, then 53 characters of bcrypt\'s base64 alphabet `./A-Za-z0-9`. The base64-wrapped form older Caddy versions printed is unwrapped first. Placeholders (`{env.X}`, `{$X}`) are skipped.',
    why: 'Models write hashes from memory: ten characters short, with a made-up salt, or a plaintext password. Caddy refuses to load the config — or, behind a reload that fails, keeps running the old config without the auth the answer promised. Generate the hash on the server with `caddy hash-password` and paste it whole.',
    bad: { lang: 'caddyfile', filename: 'Caddyfile', text: 'example.com {\n\tbasic_auth {\n\t\tadmin $2a$14$Zkx19XLiW6VYouLHR5NmfOFU0z2GTNmpkT/5qqR7hx4IjWJPD\n\t}\n\treverse_proxy localhost:8080\n}\n' },
    good: { lang: 'caddyfile', filename: 'Caddyfile', text: 'example.com {\n\tbasic_auth {\n\t\tadmin $2a$14$Zkx19XLiW6VYouLHR5NmfOFU0z2GTNmpkT/5qqR7hx4IjWJPDhjvG\n\t}\n\treverse_proxy localhost:8080\n}\n' },
    references: ['https://caddyserver.com/docs/caddyfile/directives/basic_auth', 'https://caddyserver.com/docs/command-line#caddy-hash-password'],
  },
  check(ctx, report) {
    for (const f of caddyFiles(ctx)) {
      const visit = (ds: typeof f.sites[number]['directives']) =>
        walk(ds, (d) => {
          if (d.name !== 'basic_auth' && d.name !== 'basicauth') return;
          if (d.importedVia) return; // reported where the snippet is written
          const algo = d.args.find((a) => /^(bcrypt|scrypt|argon2id)$/.test(a.text))?.text ?? 'bcrypt';
          if (algo !== 'bcrypt') return;
          for (const line of d.block ?? []) {
            const hash = line.args[0];
            if (!hash || /\{[^}]+\}/.test(hash.text)) continue;
            const problem = bcryptProblem(hash.text);
            if (problem) report({ message: `the password hash for \`${line.name}\` ${problem}`, doc: f.doc, span: hash.span });
          }
        });
      for (const s of f.sites) visit(s.directives);
      for (const ds of f.snippets.values()) visit(ds);
    }
  },
});
