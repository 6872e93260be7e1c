/**
 * What the nginx rules share: the directive knowledge with its corrections,
 * "did you mean", where a directive sits (and how sure we are of it), and the
 * cached models of every nginx document of the run.
 */
import { NGINX_DIRECTIVES, type NginxDirectiveSpec } from '../../knowledge/nginx-directives';
import {
  contextOpenedBy, nginxModel, walkNginx, type NginxConfig, type NginxDirective,
} from '../../model/nginx';
import { toOriginal } from '../../core/document';
import type { Located } from '../../plan/types';
import type { RuleContext } from '../define';

/** The line of the original input a thing starts on (what a person sees), for messages. */
export function lineOf(x: Located): number {
  return toOriginal(x.doc, x.span.start).line;
}

// ---------------------------------------------------------------------------
// Knowledge

/**
 * Real nginx directives the reference does not document (they exist in
 * nginx's source and are used by its own test suite).
 */
const UNDOCUMENTED: NginxDirectiveSpec[] = [
  { n: 'post_action', m: 'ngx_http_core_module', f: 'http', c: ['http', 'server', 'location', 'if in location'], a: [1, 1] },
];

const BY_NAME = new Map<string, NginxDirectiveSpec[]>();
for (const d of [...NGINX_DIRECTIVES, ...UNDOCUMENTED]) {
  const list = BY_NAME.get(d.n) ?? [];
  list.push(d);
  BY_NAME.set(d.n, list);
}

/** Every documented form of a directive (one per module that defines it); empty when nginx has none. */
export function directiveSpecs(name: string): NginxDirectiveSpec[] {
  return BY_NAME.get(name) ?? [];
}

export function isKnownDirective(name: string): boolean {
  return BY_NAME.has(name);
}

/**
 * Directives of widely used third-party modules (OpenResty/lua, headers-more,
 * brotli, Passenger, ModSecurity, naxsi, set-misc, echo, …). nginx only knows
 * them when the module is loaded, which we cannot see, so they are never
 * reported as unknown; the same holds for anything inside their blocks.
 */
const THIRD_PARTY = new RegExp(
  '^(?:' + [
    'lua_\\w*', '\\w+_by_lua(?:_block|_file)?', 'ndk_\\w*', 'set_\\w+', 'more_\\w+', 'echo(?:_\\w+)?', 'brotli\\w*',
    'passenger_\\w*', 'rails_\\w*', 'pagespeed', 'modsecurity\\w*', 'vhost_traffic_status\\w*', 'vts_\\w*', 'geoip2\\w*',
    'auth_pam\\w*', 'auth_ldap\\w*', 'auth_gss\\w*', 'auth_spnego\\w*', 'ldap_server', 'dav_ext_\\w*', 'push_stream_\\w*',
    'rtmp\\w*', 'nchan_\\w*', 'upload_\\w*', 'array_\\w+', 'srcache_\\w*', 'redis2?_\\w*', 'memc_\\w*', 'drizzle_\\w*',
    'postgres_\\w*', 'rds_\\w*', 'xss_\\w*', 'form_input\\w*', 'sticky_\\w*', 'opentracing\\w*', 'healthcheck\\w*',
    'check(?:_\\w+)?', 'testcookie_\\w*', 'subs_filter\\w*', 'replace_filter\\w*', 'headers_more\\w*', 'vod\\w*',
    'fancyindex\\w*', 'accept_language\\w*', 'ajp_\\w*', 'jdomain', 'dynamic_upstream\\w*', 'upsync\\w*', 'cache_purge',
    'purge\\w*', 'eval\\w*', 'waf\\w*', 'naxsi\\w*', 'SecRules\\w*', 'DeniedUrl', 'BasicRule', 'MainRule', 'CheckRule',
    'LearningMode', 'LibInjection\\w*', 'security_\\w*', 'zip\\w*', 'sysguard\\w*', 'encrypted_session_\\w*',
    'iconv_\\w*', 'image_filter_\\w*', 'js_\\w*', 'njs_\\w*', 'otel_\\w*', 'ssl_ct\\w*', 'http_accounting\\w*', 'limit_traffic_\\w*',
  ].join('|') + ')$',
);

export function isThirdPartyDirective(name: string): boolean {
  return THIRD_PARTY.test(name);
}

/** A word that is, or is meant to be, a directive name (a known one, a module's, or a near miss): for missing `;`. */
export function looksLikeDirective(name: string): boolean {
  return isKnownDirective(name) || isThirdPartyDirective(name) || suggestDirective(name) !== undefined;
}

/** Blocks whose bodies are keys and values, not directives. */
const DATA_BLOCKS = new Set(['map', 'geo', 'types', 'split_clients', 'charset_map', 'match', 'num_map', 'otel_exporter']);

export function isDataBlock(d: NginxDirective): boolean {
  return DATA_BLOCKS.has(d.name) || d.code !== undefined;
}

/** Names nginx's official modules start their directives with: an unknown one here is most likely made up. */
const OFFICIAL_PREFIXES = /^(proxy|fastcgi|uwsgi|scgi|grpc|ssl|auth_basic|auth_request|gzip|http2|http3|quic|limit_req|limit_conn|client|keepalive|upstream|ssl_stapling|real_ip|add_header|access_log|error_log|listen|server_name|location|resolver)_/;

/** The official prefix a name starts with, when it has one. */
export function officialPrefix(name: string): string | undefined {
  return OFFICIAL_PREFIXES.exec(name)?.[1];
}

// ---------------------------------------------------------------------------
// Did you mean

/** Damerau–Levenshtein distance (adjacent swaps count as one edit), bounded. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      rowMin = Math.min(rowMin, d[i][j]);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length][b.length];
}

/**
 * The directive most likely meant by an unknown name: the same name in
 * another case or with `-` for `_`, else the closest name within one edit
 * (two for names of eight letters or more). Undefined when nothing is close:
 * then the name may well belong to a module we do not know.
 */
export function suggestDirective(name: string): string | undefined {
  const normal = name.toLowerCase().replace(/-/g, '_');
  if (normal !== name && BY_NAME.has(normal)) return normal;
  const budget = name.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = budget + 1;
  for (const known of BY_NAME.keys()) {
    const dist = editDistance(normal, known, budget);
    if (dist < bestDistance || (dist === bestDistance && best !== undefined && known.length < best.length)) {
      best = known;
      bestDistance = dist;
    }
  }
  return bestDistance <= budget ? best : undefined;
}

// ---------------------------------------------------------------------------
// Models and places

/** The models of every nginx document of the run, built once for all rules. */
export function nginxConfigs(ctx: RuleContext): NginxConfig[] {
  return ctx.memo('nginx:models', () => ctx.docsOf('nginx').map((doc) => nginxModel(doc)));
}

export interface Place {
  directive: NginxDirective;
  ancestors: NginxDirective[];
  /** Contexts from the top, as the model gives them (the top may be guessed). */
  contexts: string[];
  /** The block the directive sits in: 'main', 'http', 'server', 'location', 'if', … */
  context: string;
  /** True when `context` is written in the document (an enclosing block, or a whole nginx.conf). */
  contextKnown: boolean;
  /** 'http' | 'stream' | 'mail' when an enclosing block says so; undefined when guessed. */
  family?: string;
  /** For a directive in `if`: the block the `if` sits in, when known. */
  ifParent?: string;
  /** Inside a third-party, unknown or data block: nothing here can be judged. */
  opaque: boolean;
}

/**
 * In a fragment, the family of the outermost `server` block, read from what it
 * holds: a directive only http has (server_name, location, root…) makes it an
 * http server, one only stream has (ssl_preread, proxy_timeout…) a stream one.
 */
function inferredFamily(ancestors: NginxDirective[]): string | undefined {
  const server = ancestors.find((a) => a.name === 'server' && a.block);
  if (!server) return undefined;
  const families = new Set<string>();
  for (const c of server.children) {
    // Only http's proxy_pass takes a URL with a scheme; stream's takes an address.
    if (c.name === 'proxy_pass' && /^https?:\/\//.test(c.args[0]?.text ?? '')) families.add('http');
    const specs = directiveSpecs(c.name);
    if (!specs.length) continue;
    const fams = new Set(specs.map((x) => x.f));
    if (fams.size === 1) families.add([...fams][0]);
  }
  families.delete('core');
  return families.size === 1 ? [...families][0] : undefined;
}

/** A document is a whole nginx.conf when its top level holds `http`, `events`, `stream` or `mail` blocks. */
export function isWholeConfig(config: NginxConfig): boolean {
  return config.topContext === 'main' && config.directives.some((d) => ['http', 'events', 'stream', 'mail'].includes(d.name) && d.block);
}

/** Every directive with where it sits and how sure we are of it. */
export function* places(config: NginxConfig): Generator<Place> {
  const whole = isWholeConfig(config);
  const sections = dumpSections(config.doc.text);
  for (const v of walkNginx(config)) {
    const { directive, ancestors } = v;
    // In `nginx -T` output, what follows `# configuration file /etc/nginx/x.conf:` is an included file.
    const section = sections.filter((s) => s.row <= directive.span.start.row).pop();
    const wholeHere = whole && (!section || /(^|\/)nginx\.conf$/.test(section.path));
    const parent = ancestors[ancestors.length - 1];
    const family = ancestors.map((a) => a.name).find((n) => n === 'http' || n === 'stream' || n === 'mail') ?? inferredFamily(ancestors);
    const opaque = ancestors.some((a) => isDataBlock(a) || (!isKnownDirective(a.name)));
    const grand = ancestors[ancestors.length - 2];
    yield {
      directive,
      ancestors,
      contexts: v.contexts,
      context: parent ? contextOpenedBy(parent) : config.topContext,
      contextKnown: parent !== undefined || wholeHere,
      family: family ?? (wholeHere && !parent ? 'main' : undefined),
      ifParent: parent?.name === 'if' ? (grand ? grand.name : undefined) : undefined,
      opaque,
    };
  }
}

/** True when `d` is at the top of a file that `nginx -T` output shows as included (its context is unknown). */
export function inIncludedDumpSection(config: NginxConfig, d: NginxDirective): boolean {
  if (d.parent) return false;
  const section = dumpSections(config.doc.text).filter((s) => s.row <= d.span.start.row).pop();
  return !!section && !/(^|\/)nginx\.conf$/.test(section.path);
}

/** The `# configuration file PATH:` headers of `nginx -T` output, by row. */
function dumpSections(text: string): { row: number; path: string }[] {
  const out: { row: number; path: string }[] = [];
  text.split('\n').forEach((line, row) => {
    const m = /^# configuration file (.+):\s*$/.exec(line);
    if (m) out.push({ row, path: m[1] });
  });
  return out;
}

/**
 * The specs that fit where a directive sits; when none do (a wrong context,
 * reported by its own rule) or the place is only guessed, every spec of the name.
 */
export function specsFor(name: string, place: Place): NginxDirectiveSpec[] {
  const all = directiveSpecs(name);
  if (!place.contextKnown) return all;
  const here = specsAllowedAt(all, place);
  return here.length ? here : all;
}

/** The specs of `name` that accept the place it sits in (all of them when the place is unknown). */
export function specsAllowedAt(specs: NginxDirectiveSpec[], place: Place): NginxDirectiveSpec[] {
  return specs.filter((s) => specAllows(s, place));
}

function specAllows(s: NginxDirectiveSpec, place: Place): boolean {
  if (s.c.includes('any')) return true;
  const fam = place.family;
  if (fam && fam !== 'main' && s.f !== 'core' && s.f !== 'mgmt' && s.f !== fam) return false;
  const c = place.context;
  if (c === 'if') {
    if (s.c.includes('if')) return true;
    return s.c.includes('if in location') && (place.ifParent === undefined || place.ifParent === 'location');
  }
  return s.c.includes(c);
}

/** "location, if in location" as the docs word it (for the family the place is in, when known). */
export function contextList(specs: NginxDirectiveSpec[], place?: Place): string {
  const fam = place?.family;
  const mine = fam && fam !== 'main' ? specs.filter((s) => s.f === fam || s.f === 'core') : specs;
  const all = [...new Set((mine.length ? mine : specs).flatMap((s) => s.c))];
  return all.join(', ');
}
