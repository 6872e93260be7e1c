import { defineRule } from '../define';
import { matcherOf, walk, type CaddyDirective, type CaddySite } from '../../model/caddyfile';
import { caddyFiles } from './files';
import { clientAuthBlocks, clientAuthMode } from './client-auth';

const AUTH = /^(basic_?auth|forward_auth|jwtauth|authenticate|authorize)$/;
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|\[::1\]|localhost)$/i;

/** The port of an upstream (`localhost:11434`, `http://127.0.0.1:11434`, `:11434`, `ollama:11434`). */
export function upstreamPort(u: string): number | undefined {
  const v = u.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/.*$/, '');
  const m = /:(\d+)$/.exec(v);
  return m ? Number(m[1]) : undefined;
}

function upstreams(d: CaddyDirective): string[] {
  const args = d.args.filter((a, k) => !(k === 0 && matcherOf(d)) && !/^\{/.test(a.text)).map((a) => a.text);
  for (const sub of d.block ?? []) if (sub.name === 'to') args.push(...sub.args.map((a) => a.text));
  return args;
}

/** Whether the site only listens on loopback: `bind 127.0.0.1`/`::1`, or a global `default_bind` to loopback. */
function loopbackOnly(site: CaddySite, globalBind: string[] | undefined): boolean {
  const bind = site.directives.find((d) => d.name === 'bind');
  const addrs = bind ? bind.args.map((a) => a.text) : globalBind;
  if (!addrs || addrs.length === 0) return false;
  return addrs.every((a) => LOOPBACK.test(a.replace(/^tcp[46]?\//, '')) || a.startsWith('unix/'));
}

/** An allow-list in the site: a `remote_ip`/`client_ip` matcher used to refuse everyone else. */
function hasIpAllowList(site: CaddySite): boolean {
  let matcher = false;
  let refusal = false;
  walk(site.directives, (d) => {
    const text = [d.name, ...d.args.map((a) => a.text), ...(d.block ?? []).flatMap((b) => [b.name, ...b.args.map((a) => a.text)])].join(' ');
    if (d.name.startsWith('@') && /\b(remote_ip|client_ip)\b/.test(text)) matcher = true;
    if (/^(abort|error)$/.test(d.name) || (d.name === 'respond' && /\b40[13]\b/.test(text))) refusal = true;
  });
  return matcher && refusal;
}

export default defineRule({
  id: 'caddy-proxy-without-auth',
  class: 'exposure',
  severity: 'error',
  summary: 'A Caddy site on every interface proxies a protected model server with no authentication in front.',
  docs: {
    what: 'Reports a `reverse_proxy` to a protected service (Ollama 11434 and the other model servers of the known-services table or the policy) in a site that listens on all interfaces — Caddy binds the wildcard address unless `bind` says otherwise, whatever host name the site has — when nothing in front authenticates: no `basic_auth`, `forward_auth` or similar covering the proxy, no client-certificate `client_auth` that requires and verifies, no `remote_ip` allow-list that refuses everyone else.',
    why: 'The model server has no login of its own; the proxy is the only thing between it and the internet, and with automatic HTTPS it now even has a valid certificate. Anyone who finds the host name can use the model, pull or delete models, and run up the GPU. A host-name site address is no protection: any client can send that Host header.',
    bad: { lang: 'caddyfile', filename: 'Caddyfile', text: 'ollama.example.com {\n\treverse_proxy localhost:11434\n}\n' },
    good: {
      lang: 'caddyfile',
      filename: 'Caddyfile',
      text: 'ollama.example.com {\n\tbasic_auth {\n\t\tadmin $2a$14$Zkx19XLiW6VYouLHR5NmfOFU0z2GTNmpkT/5qqR7hx4IjWJPDhjvG\n\t}\n\treverse_proxy localhost:11434\n}\n',
    },
    references: ['https://caddyserver.com/docs/caddyfile/directives/reverse_proxy', 'https://caddyserver.com/docs/caddyfile/directives/basic_auth', 'https://caddyserver.com/docs/caddyfile/directives/bind'],
  },
  check(ctx, report) {
    const protectedPorts = new Map<number, string>();
    for (const s of ctx.intent.services) if (s.allow.every((a) => /^(127\.|::1)/.test(a))) protectedPorts.set(s.port, s.name);
    for (const f of caddyFiles(ctx)) {
      const globalBind = f.global?.find((d) => d.name === 'default_bind')?.args.map((a) => a.text);
      for (const site of f.sites) {
        if (site.addresses.length === 0 || loopbackOnly(site, globalBind)) continue;
        if (site.addresses.every((a) => /^unix\//.test(a.text))) continue;
        if (clientAuthBlocks(site.directives).some((c) => { const m = clientAuthMode(c); return m.requires && m.verifies; })) continue;
        if (hasIpAllowList(site)) continue;
        walk(site.directives, (d, parents) => {
          if (d.name !== 'reverse_proxy') return;
          const hit = upstreams(d).map((u) => upstreamPort(u)).find((p) => p !== undefined && protectedPorts.has(p));
          if (hit === undefined) return;
          // Auth covers the proxy when it sits at the site level or in an enclosing block, unscoped or scoped like the proxy.
          const scope = (x: CaddyDirective) => { const m = matcherOf(x); return m === '/*' ? '*' : m; };
          const scopes = new Set([undefined, '*', scope(d), ...parents.map(scope)]);
          const levels = [site.directives, ...parents.map((p) => p.block ?? [])];
          const covered = levels.some((ds) => ds.some((x) => AUTH.test(x.name) && scopes.has(scope(x))));
          if (covered) return;
          report({
            message: `${protectedPorts.get(hit)} (port ${hit}) is proxied on every interface by site \`${site.addresses.map((a) => a.text).join(', ')}\` with no authentication in front — add \`basic_auth\` (or forward_auth / client certificates) before \`reverse_proxy\`, or \`bind 127.0.0.1\``,
            doc: f.doc,
            span: d.importedVia?.span ?? d.span,
          });
        });
      }
    }
  },
});
