/**
 * Who can reach what through an nginx config: where a proxy directive sends
 * requests, which protected service that is, which addresses a server listens
 * on, and whether a location requires credentials or a trusted address.
 * Shared by the exposure rules; small pure functions over the nginx model.
 */
import type { NginxConfig, NginxDirective } from '../../model/nginx';
import type { ProtectedService } from '../../policy/types';

export const PROXY_DIRECTIVES = ['proxy_pass', 'fastcgi_pass', 'uwsgi_pass', 'grpc_pass', 'scgi_pass'];

export interface Target {
  host: string;
  port?: number;
}

/** `http://127.0.0.1:11434/api` → {host: '127.0.0.1', port: 11434}; `unix:/run/x.sock` → undefined. */
export function parseTarget(raw: string): Target | undefined {
  let s = raw.replace(/^[a-z0-9+]+:\/\//i, '');
  if (/^unix:/i.test(s)) return undefined;
  s = s.replace(/[/?].*$/, '');
  const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(s);
  if (v6) return { host: v6[1], port: v6[2] ? Number(v6[2]) : undefined };
  const m = /^([^:]+)(?::(\d+))?$/.exec(s);
  if (!m) return undefined;
  return { host: m[1], port: m[2] ? Number(m[2]) : undefined };
}

export function isLoopbackHost(host: string): boolean {
  return /^(127\.\d+\.\d+\.\d+|localhost|::1|0:0:0:0:0:0:0:1)$/i.test(host);
}

/**
 * The protected service a proxy directive reaches on this machine: a loopback
 * address with the service's port, or an `upstream` block of the same config
 * whose servers are such addresses.
 */
export function protectedServiceOf(
  proxy: NginxDirective, configs: NginxConfig[], services: ProtectedService[],
): { service: ProtectedService; target: string } | undefined {
  const raw = proxy.args[0]?.text;
  if (!raw || raw.includes('$')) return undefined;
  const direct = parseTarget(raw);
  if (!direct) return undefined;
  const candidates: Target[] = [];
  if (direct.port === undefined && !isLoopbackHost(direct.host)) {
    for (const config of configs) {
      for (const up of allDirectives(config).filter((d) => d.name === 'upstream' && d.args[0]?.text === direct.host)) {
        for (const s of up.children.filter((c) => c.name === 'server')) {
          const t = s.args[0] ? parseTarget(s.args[0].text) : undefined;
          if (t) candidates.push(t);
        }
      }
    }
  } else {
    candidates.push(direct);
  }
  for (const t of candidates) {
    if (!isLoopbackHost(t.host) || t.port === undefined) continue;
    const service = services.find((s) => s.port === t.port && s.proto === 'tcp');
    if (service) return { service, target: `${t.host.includes(':') ? `[${t.host}]` : t.host}:${t.port}` };
  }
  return undefined;
}

export function allDirectives(config: NginxConfig): NginxDirective[] {
  const out: NginxDirective[] = [];
  const visit = (list: NginxDirective[]): void => {
    for (const d of list) {
      out.push(d);
      visit(d.children);
    }
  };
  visit(config.directives);
  return out;
}

/** The enclosing `server` block, if the document shows it. */
export function serverOf(d: NginxDirective): NginxDirective | undefined {
  for (let p = d.parent; p; p = p.parent) if (p.name === 'server' && p.block) return p;
  return undefined;
}

/** True when `d` sits in a server the document shows listening on loopback (or unix sockets) only. */
export function loopbackOnly(d: NginxDirective): boolean {
  const server = d.name === 'server' && d.block ? d : serverOf(d);
  return !!server && listensOf(server).every((l) => l.loopback);
}

export interface ListenInfo {
  directive?: NginxDirective;
  address: string;
  port: string;
  loopback: boolean;
  private: boolean;
  ssl: boolean;
}

/** What a `listen` binds: `listen 80` → *:80, `listen 127.0.0.1:8080`, `listen [::]:443 ssl`. */
export function readListen(d: NginxDirective): ListenInfo | undefined {
  const a = d.args[0]?.text;
  if (!a) return undefined;
  const params = d.args.slice(1).map((x) => x.text);
  const ssl = params.includes('ssl');
  if (/^unix:/.test(a)) return { directive: d, address: a, port: '', loopback: true, private: true, ssl };
  let address = '*';
  let port = '80';
  const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(a);
  if (v6) {
    address = v6[1];
    port = v6[2] ?? '80';
  } else if (/^\d+$/.test(a)) {
    port = a;
  } else {
    const m = /^([^:]+)(?::(\d+))?$/.exec(a);
    if (!m) return undefined;
    address = m[1];
    port = m[2] ?? '80';
  }
  const loopback = isLoopbackHost(address);
  const priv = loopback || /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|fd|fe80:)/i.test(address);
  return { directive: d, address, port, loopback, private: priv, ssl };
}

/** The listens of a server block; nginx's default `*:80` when it has none. */
export function listensOf(server: NginxDirective): ListenInfo[] {
  const listens = server.children.filter((c) => c.name === 'listen').map(readListen).filter((l): l is ListenInfo => !!l);
  return listens.length ? listens : [{ address: '*', port: '80', loopback: false, private: false, ssl: false }];
}

// ---------------------------------------------------------------------------
// Access control at a place

/** The nearest directives named `names` from `d`'s block outwards (nginx's inheritance for these). */
function nearest(d: NginxDirective, config: NginxConfig, ...names: string[]): NginxDirective[] {
  for (let scope: NginxDirective | undefined = d; scope; scope = scope.parent) {
    const found = scope.children.filter((c) => names.includes(c.name));
    if (found.length) return found;
  }
  return config.directives.filter((c) => names.includes(c.name));
}

/** The blocks from `d` outwards, `d` included. */
function scopes(d: NginxDirective): NginxDirective[] {
  const out: NginxDirective[] = [];
  for (let s: NginxDirective | undefined = d; s; s = s.parent) out.push(s);
  return out;
}

function matchesPublic(addr: string): boolean {
  return addr === 'all' || /^(0\.0\.0\.0\/0|::\/0|::\/0)$/.test(addr);
}

export interface AccessState {
  /** auth_basic / auth_request / auth_jwt / auth_oidc in force (the nearest one is not `off`). */
  auth?: NginxDirective;
  /** The allow/deny list in force. */
  rules: NginxDirective[];
  /** True when a client from the internet is denied by the allow/deny list. */
  denyPublic: boolean;
  /** True when the list lets any address in (`allow all`). */
  allowAll?: NginxDirective;
  satisfyAny?: NginxDirective;
  clientCert?: NginxDirective;
  /** An `include` somewhere around: it may hold access rules we cannot see. */
  unknownInclude: boolean;
  /** `internal;`: not reachable from outside at all. */
  internal: boolean;
}

/** Access control in force for requests handled in block `d` (a location, if or server). */
export function accessAt(d: NginxDirective, config: NginxConfig): AccessState {
  const authDirs: NginxDirective[] = [];
  for (const name of ['auth_basic', 'auth_request', 'auth_jwt', 'auth_oidc']) {
    const n = nearest(d, config, name);
    const last = n[n.length - 1];
    if (last && last.args[0]?.text !== 'off') authDirs.push(last);
  }
  const rules = nearest(d, config, 'allow', 'deny');
  let denyPublic = false;
  let allowAll: NginxDirective | undefined;
  for (const r of rules) {
    const addr = r.args[0]?.text ?? '';
    if (!matchesPublic(addr)) continue;
    if (r.name === 'allow') allowAll = r;
    else denyPublic = true;
    break;
  }
  const satisfy = nearest(d, config, 'satisfy');
  const verify = nearest(d, config, 'ssl_verify_client');
  const all = scopes(d);
  return {
    auth: authDirs[0],
    rules,
    denyPublic,
    allowAll,
    satisfyAny: satisfy[satisfy.length - 1]?.args[0]?.text === 'any' ? satisfy[satisfy.length - 1] : undefined,
    clientCert: verify[verify.length - 1]?.args[0]?.text === 'on' ? verify[verify.length - 1] : undefined,
    unknownInclude: all.some((s) => s.children.some((c) => c.name === 'include')) || config.directives.some((c) => c.name === 'include' && !serverOf(c)),
    internal: all.some((s) => s.children.some((c) => c.name === 'internal')),
  };
}

/** True when a client from the internet gets through without credentials or a client certificate. */
export function openToPublic(a: AccessState): boolean {
  if (a.internal || a.clientCert) return false;
  if (a.satisfyAny) {
    if (a.rules.length && !a.denyPublic) return true; // the address list alone lets them in
    return !a.auth && !a.rules.length;
  }
  return !a.auth && !a.denyPublic;
}
