/**
 * The typed model of an nginx config (a whole nginx.conf or any fragment), read
 * from the tree-sitter tree the way nginx reads its words: quotes removed,
 * escapes resolved, directives nested in their blocks. Rules read this, never
 * the syntax tree.
 *
 * A broken config still gives a model: directives the parser could only
 * recover inside an ERROR node (an unclosed `server {`) are rebuilt from the
 * tokens it kept and marked `recovered`.
 */
import type { Document, Point, Span } from '../core/document';
import type { Located } from '../plan/types';
import { parseDocument, spanOf, syntaxProblems, type Parser, type SyntaxProblem } from '../parse';

type SyntaxNode = Parser.SyntaxNode;

/** One word of a directive, as nginx sees it. */
export interface NginxArg extends Located {
  /** The value after quote removal and nginx's escapes (`\"` `\'` `\\` `\t` `\r` `\n`; other `\x` kept). */
  text: string;
  /** As written, quotes included. */
  raw: string;
  quoted: boolean;
}

export interface NginxDirective extends Located {
  /** The directive name, unquoted (`"listen"` → `listen`). For map/types/geo bodies: the key. */
  name: string;
  nameSpan: Span;
  args: NginxArg[];
  /** The directives inside `{ … }`; undefined for a simple `name args;` directive. */
  block?: NginxDirective[];
  /** Same as `block ?? []`: handy for walking. */
  children: NginxDirective[];
  /** Span of `{ … }` when there is a block. */
  blockSpan?: Span;
  /** Raw code of an opaque `*_by_lua_block { … }` body. */
  code?: Located & { text: string };
  /** The enclosing block directive; undefined at the top of the document. */
  parent?: NginxDirective;
  /** Position among its siblings. */
  index: number;
  /** Rebuilt from an ERROR node (the config is broken around it). */
  recovered?: boolean;
}

/** Where a directive can live, as nginx's docs name contexts. Other block names are returned as written. */
export type NginxContext =
  | 'main' | 'events' | 'http' | 'server' | 'location' | 'if' | 'limit_except' | 'upstream'
  | 'stream' | 'mail' | 'map' | 'types' | 'geo' | 'split_clients' | 'match' | (string & {});

export interface NginxConfig {
  doc: Document;
  /** Top-level directives. */
  directives: NginxDirective[];
  /** The context the top level of this document lives in: 'main' for a whole nginx.conf, a guess for fragments. */
  topContext: NginxContext;
  /** ERROR / MISSING nodes, for the syntax rule (see describeNginxSyntaxError). */
  problems: SyntaxProblem[];
}

// ---------------------------------------------------------------------------
// Building the model

export function nginxModel(doc: Document): NginxConfig {
  const tree = parseDocument(doc);
  const directives = readStatements(doc, tree.rootNode.children, undefined);
  return {
    doc,
    directives,
    topContext: guessTopContext(directives, doc.path),
    problems: syntaxProblems(tree),
  };
}

function readStatements(doc: Document, nodes: SyntaxNode[], parent: NginxDirective | undefined): NginxDirective[] {
  const out: NginxDirective[] = [];
  for (const node of nodes) {
    if (node.type === 'directive') {
      const d = readDirective(doc, node, parent, out.length);
      if (d) out.push(d);
    } else if (node.type === 'ERROR') {
      for (const d of recoverFromError(doc, node, parent)) {
        d.index = out.length;
        out.push(d);
      }
    }
  }
  return out;
}

function readDirective(
  doc: Document, node: SyntaxNode, parent: NginxDirective | undefined, index: number,
): NginxDirective | undefined {
  const nameNode = node.childForFieldName('name');
  if (!nameNode) return undefined;
  const name = readArg(doc, nameNode);
  const d: NginxDirective = {
    doc,
    span: spanOf(node),
    name: name.text,
    nameSpan: name.span,
    args: node.childrenForFieldName('argument').map((a) => readArg(doc, a)),
    children: [],
    parent,
    index,
  };
  const blockNode = node.childForFieldName('block');
  if (blockNode) {
    d.blockSpan = spanOf(blockNode);
    if (blockNode.type === 'lua_block') {
      d.block = [];
      const code = blockNode.namedChildren.find((c) => c.type === 'lua_code');
      d.code = code
        ? { doc, span: spanOf(code), text: code.text }
        : { doc, span: { start: blockNode.startPosition, end: blockNode.startPosition }, text: '' };
    } else {
      d.block = readStatements(doc, blockNode.children, d);
    }
    d.children = d.block;
  }
  return d;
}

function readArg(doc: Document, node: SyntaxNode): NginxArg {
  const raw = node.text;
  const quoted = node.type === 'string';
  return { doc, span: spanOf(node), raw, quoted, text: unescapeNginx(quoted ? raw.slice(1, -1) : raw) };
}

/** nginx's escapes (ngx_conf_read_token): `\"` `\'` `\\` `\t` `\r` `\n`; any other `\x` stays as written. */
export function unescapeNginx(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(/\\([\s\S])/g, (all, c: string) => {
    switch (c) {
      case '"': case '\'': case '\\': return c;
      case 't': return '\t';
      case 'r': return '\r';
      case 'n': return '\n';
      default: return all;
    }
  });
}

/**
 * Rebuilds directives from the tokens of an ERROR node, nginx's way: words up
 * to `;` make a directive, words then `{` open a block, `}` closes it. Whole
 * directives the parser did recognise inside the ERROR are kept as they are.
 */
function recoverFromError(doc: Document, error: SyntaxNode, parent: NginxDirective | undefined): NginxDirective[] {
  const top: NginxDirective[] = [];
  const stack: NginxDirective[] = [];
  let words: SyntaxNode[] = [];
  const current = (): NginxDirective[] => (stack.length ? stack[stack.length - 1].children : top);
  const owner = (): NginxDirective | undefined => (stack.length ? stack[stack.length - 1] : parent);
  const make = (end: Point): NginxDirective | undefined => {
    if (!words.length) return undefined;
    const [first, ...rest] = words;
    const name = readArg(doc, first);
    words = [];
    return {
      doc, span: { start: first.startPosition, end }, name: name.text, nameSpan: name.span,
      args: rest.map((w) => readArg(doc, w)), children: [], parent: owner(), index: current().length, recovered: true,
    };
  };
  const visit = (nodes: SyntaxNode[]): void => {
    for (const n of nodes) {
      if (n.type === 'word' || n.type === 'string') {
        words.push(n);
      } else if (n.type === ';') {
        const d = make(n.endPosition);
        if (d) current().push(d);
      } else if (n.type === '{') {
        const d = make(n.endPosition);
        if (d) {
          d.block = d.children;
          d.blockSpan = { start: n.startPosition, end: error.endPosition };
          current().push(d);
          stack.push(d);
        }
      } else if (n.type === '}') {
        const d = make(n.startPosition);
        if (d) current().push(d);
        const closed = stack.pop();
        if (closed?.blockSpan) {
          closed.blockSpan.end = n.endPosition;
          closed.span.end = n.endPosition;
        }
      } else if (n.type === 'directive') {
        const d = readDirective(doc, n, owner(), current().length);
        if (d) current().push(d);
      } else if (n.type === 'block') {
        const d = make(n.startPosition);
        if (d) {
          d.blockSpan = spanOf(n);
          d.span.end = n.endPosition;
          current().push(d);
          d.block = readStatements(doc, n.children, d);
          d.children = d.block;
        }
      } else if (n.type === 'ERROR') {
        visit(n.children);
      }
    }
  };
  visit(error.children);
  // Words left without `;` (the file ends mid-directive) still make a directive.
  const last = words[words.length - 1];
  if (last) {
    const d = make(last.endPosition);
    if (d) current().push(d);
  }
  for (const open of stack) {
    open.span.end = error.endPosition;
  }
  return top;
}

// ---------------------------------------------------------------------------
// Contexts

/** Directives that only exist at the top of nginx.conf. */
const MAIN_ONLY = new Set([
  'http', 'events', 'stream', 'mail', 'user', 'worker_processes', 'worker_rlimit_nofile', 'pid', 'load_module',
  'daemon', 'master_process', 'worker_cpu_affinity', 'worker_priority', 'env', 'pcre_jit', 'thread_pool',
  'worker_shutdown_timeout', 'lock_file', 'ssl_engine', 'timer_resolution', 'working_directory',
]);
/** Directives that only live in http (not in server or location). */
const HTTP_ONLY = new Set([
  'server', 'upstream', 'map', 'geo', 'split_clients', 'log_format', 'limit_req_zone', 'limit_conn_zone',
  'proxy_cache_path', 'fastcgi_cache_path', 'uwsgi_cache_path', 'scgi_cache_path', 'types_hash_max_size',
  'server_names_hash_bucket_size', 'server_names_hash_max_size', 'variables_hash_max_size', 'geoip_country',
  'geoip_city', 'match', 'js_import', 'js_path', 'lua_package_path', 'lua_shared_dict', 'init_by_lua_block',
]);
/** Directives that only live in server (not in location). */
const SERVER_ONLY = new Set(['location', 'listen', 'server_name', 'ssl_certificate', 'ssl_certificate_key', 'ssl_protocols']);

/**
 * The context the top level of a document lives in. A whole nginx.conf is
 * 'main'; a fragment is placed by what it holds: `server {` blocks live in
 * http, loose `location`/`listen` in server, loose `proxy_pass` lines in a
 * location. The install path breaks ties (nginx.conf → main, conf.d/ → http).
 */
export function guessTopContext(directives: NginxDirective[], path?: string): NginxContext {
  const names = new Set(directives.map((d) => d.name));
  const has = (set: Set<string>): boolean => [...names].some((n) => set.has(n));
  if (has(MAIN_ONLY)) return 'main';
  if (has(HTTP_ONLY)) return 'http';
  if (has(SERVER_ONLY)) return 'server';
  if (path) {
    if (/(^|\/)nginx\.conf$/.test(path)) return 'main';
    if (/\/(conf\.d|sites-available|sites-enabled|http\.d)\//.test(path)) return 'http';
  }
  return 'location';
}

/** The context a block directive opens for its children (`server` → 'server', `if` → 'if'). */
export function contextOpenedBy(d: NginxDirective): NginxContext {
  return d.name;
}

/** The context `d` lives in: its parent's block, or the document's top context. */
export function contextOf(d: NginxDirective, config: Pick<NginxConfig, 'topContext'>): NginxContext {
  return d.parent ? contextOpenedBy(d.parent) : config.topContext;
}

/**
 * The chain of contexts from the document's top to where `d` lives, e.g.
 * ['main', 'http', 'server', 'location'] for a directive in a location. A
 * fragment's chain starts from its guessed top (['http', 'server'] for a
 * directive in a loose `server {}`), filled in above it (`http` sits in `main`).
 */
export function contextChain(d: NginxDirective, config: Pick<NginxConfig, 'topContext'>): NginxContext[] {
  const inner: NginxContext[] = [];
  for (let p = d.parent; p; p = p.parent) inner.unshift(contextOpenedBy(p));
  return [...implied(config.topContext), ...inner];
}

function implied(top: NginxContext): NginxContext[] {
  switch (top) {
    case 'main': return ['main'];
    case 'http': case 'events': case 'stream': case 'mail': return ['main', top];
    case 'server': return ['main', 'http', 'server'];
    case 'location': return ['main', 'http', 'server', 'location'];
    default: return ['main', top];
  }
}

// ---------------------------------------------------------------------------
// Walking and finding

export interface DirectiveVisit {
  directive: NginxDirective;
  /** Enclosing block directives, outermost first. */
  ancestors: NginxDirective[];
  /** The contexts from the top, as contextChain gives them. */
  contexts: NginxContext[];
}

/** Every directive in document order (parents before children), with where it sits. */
export function* walkNginx(config: NginxConfig): Generator<DirectiveVisit> {
  const top = implied(config.topContext);
  function* visit(list: NginxDirective[], ancestors: NginxDirective[]): Generator<DirectiveVisit> {
    for (const d of list) {
      yield { directive: d, ancestors, contexts: [...top, ...ancestors.map(contextOpenedBy)] };
      if (d.children.length) yield* visit(d.children, [...ancestors, d]);
    }
  }
  yield* visit(config.directives, []);
}

/** Every directive named `name` (or one of `names`), anywhere in the config or under a directive. */
export function findDirectives(scope: NginxConfig | NginxDirective, ...names: string[]): NginxDirective[] {
  const out: NginxDirective[] = [];
  const visit = (list: NginxDirective[]): void => {
    for (const d of list) {
      if (names.includes(d.name)) out.push(d);
      visit(d.children);
    }
  };
  visit('directives' in scope ? scope.directives : scope.children);
  return out;
}

/** Direct children of a block (or the top level) named `name`. */
export function childDirectives(scope: NginxConfig | NginxDirective, name: string): NginxDirective[] {
  return ('directives' in scope ? scope.directives : scope.children).filter((d) => d.name === name);
}

/**
 * The value nginx would use for a directive at `d`'s block: the nearest one
 * written in that block or an enclosing one (nginx's inheritance for most
 * directives; array directives like add_header only inherit when the inner
 * block has none, which is the same rule).
 */
export function inherited(d: NginxDirective | undefined, config: NginxConfig, name: string): NginxDirective[] {
  for (let scope: NginxDirective | undefined = d; scope; scope = scope.parent) {
    const found = scope.children.filter((c) => c.name === name);
    if (found.length) return found;
  }
  return config.directives.filter((c) => c.name === name);
}

/** The ancestors of a directive, innermost first. */
export function ancestorsOf(d: NginxDirective): NginxDirective[] {
  const out: NginxDirective[] = [];
  for (let p = d.parent; p; p = p.parent) out.push(p);
  return out;
}

/** Variable names an argument uses (`$host`, `${uri}`), escaped `\$` left out. */
export function argVariables(arg: NginxArg): string[] {
  const out: string[] = [];
  for (const m of arg.raw.matchAll(/(\\?)\$(?:\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g)) {
    if (!m[1]) out.push(m[2] ?? m[3]);
  }
  return out;
}

/** The directive as one line of text: `proxy_pass http://127.0.0.1:11434` (long ones shortened). */
export function directiveText(d: Pick<NginxDirective, 'name' | 'args'>, max = 60): string {
  const text = [d.name, ...d.args.map((a) => a.raw)].join(' ').replace(/\s+/g, ' ');
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

/**
 * A directive that swallowed the next line's directive because a `;` is
 * missing: `proxy_pass http://x` / `proxy_set_header Host $host;` parses as one
 * directive with five arguments. Returns the argument that starts the next
 * line and looks like a directive name (bare, lower-case identifier followed
 * by more words on its line), or undefined. `isDirectiveName` (the knowledge
 * table) sharpens the guess.
 */
export function suspectMissingSemicolon(
  d: NginxDirective, isDirectiveName: (name: string) => boolean = () => true,
): NginxArg | undefined {
  let prevRow = d.nameSpan.end.row;
  for (let i = 0; i < d.args.length; i++) {
    const a = d.args[i];
    const startsLine = a.span.start.row > prevRow;
    prevRow = a.span.end.row;
    if (!startsLine || a.quoted || !/^[a-z][a-z0-9_]*$/.test(a.text)) continue;
    const next = d.args[i + 1];
    if (next && next.span.start.row === a.span.start.row && isDirectiveName(a.text)) return a;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Syntax errors in plain words

export interface NginxSyntaxMessage {
  /** On the line to fix. */
  span: Span;
  message: string;
}

/**
 * Turns an ERROR/MISSING node into what a person reads: "missing `;` after
 * `proxy_pass http://127.0.0.1:11434`", "unclosed `{` opened on line 3",
 * "unterminated quote", "unexpected `}`", with the span on the line to fix.
 */
export function describeNginxSyntaxError(problem: SyntaxProblem, doc: Document): NginxSyntaxMessage {
  const node = problem.node;
  if (problem.kind === 'missing') {
    if (node.type === ';') {
      const directive = node.parent?.type === 'directive' ? node.parent : undefined;
      const tokens = directive ? tokensOf(directive) : [];
      const last = tokens[tokens.length - 1];
      return {
        span: last ? { start: last.startPosition, end: last.endPosition } : spanOf(node),
        message: tokens.length
          ? `missing \`;\` after \`${shorten(tokens.map((t) => t.text).join(' '))}\``
          : 'missing `;`',
      };
    }
    if (node.type === '}') {
      const block = node.parent;
      const opener = block?.parent?.type === 'directive' ? block.parent : undefined;
      return unclosed(doc, block?.startPosition ?? node.startPosition, opener ? tokensOf(opener) : []);
    }
    return { span: spanOf(node), message: `missing \`${node.type}\`` };
  }

  // An ERROR node. Look inside for the most telling cause, first in document order.
  const quote = findStrayQuote(node);
  if (quote) {
    const ch = doc.text.charAt(offsetOf(doc, quote.startPosition)) || '"';
    return {
      span: lineSpan(doc, quote.startPosition),
      message: `unterminated quote: this \`${ch}\` is never closed`,
    };
  }
  const open = findUnclosedBrace(node);
  if (open) return unclosed(doc, open.brace.startPosition, open.head);
  const stray = node.children.find((c) => c.type === '}');
  if (stray) return { span: spanOf(stray), message: 'unexpected `}`: no block is open here' };
  const words = node.children.filter((c) => c.type === 'word' || c.type === 'string');
  if (words.length && node.endPosition.row >= lastContentRow(doc)) {
    // Words at the end of the text with no `;`.
    const last = words[words.length - 1];
    return {
      span: spanOf(last),
      message: `missing \`;\` after \`${shorten(words.map((w) => w.text).join(' '))}\``,
    };
  }
  return {
    span: lineSpan(doc, node.startPosition),
    message: `syntax error near \`${shorten(node.text.split('\n')[0])}\``,
  };
}

function tokensOf(directive: SyntaxNode): SyntaxNode[] {
  const name = directive.childForFieldName('name');
  return [...(name ? [name] : []), ...directive.childrenForFieldName('argument')];
}

function unclosed(doc: Document, brace: Point, head: SyntaxNode[]): NginxSyntaxMessage {
  const guess = unclosedByIndentation(doc);
  if (guess) return guess;
  const what = head.length ? ` of \`${shorten(head.map((t) => t.text).join(' '))}\`` : '';
  const end = endOfContent(doc);
  return {
    span: { start: { row: end.row, column: 0 }, end },
    message: `unclosed \`{\`${what} opened on line ${brace.row + 1}: add the missing \`}\``,
  };
}

/** An ERROR (or a nested one) that starts with a quote character the lexer could not close. */
function findStrayQuote(node: SyntaxNode): SyntaxNode | undefined {
  for (const c of node.children) {
    if (c.type === 'ERROR') {
      if (/^["']/.test(c.text)) return c;
      const inner = findStrayQuote(c);
      if (inner) return inner;
    }
  }
  if (node.childCount === 0 && /^["']/.test(node.text) && node.type === 'ERROR') return node;
  return undefined;
}

/** The last `{` in an ERROR that no `}` closes, with the words before it. */
function findUnclosedBrace(node: SyntaxNode): { brace: SyntaxNode; head: SyntaxNode[] } | undefined {
  const opens: { brace: SyntaxNode; head: SyntaxNode[] }[] = [];
  let words: SyntaxNode[] = [];
  for (const c of node.children) {
    if (c.type === 'word' || c.type === 'string') words.push(c);
    else if (c.type === '{') {
      opens.push({ brace: c, head: words });
      words = [];
    } else if (c.type === '}') {
      opens.pop();
      words = [];
    } else if (c.type === ';' || c.type === 'directive') words = [];
  }
  // The innermost one still open when the ERROR ends: the parser only knows the
  // braces do not balance, and the deepest open block is the likeliest culprit.
  return opens[opens.length - 1];
}

function shorten(s: string, max = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

function offsetOf(doc: Document, p: Point): number {
  let row = 0;
  let i = 0;
  while (row < p.row && i < doc.text.length) {
    const nl = doc.text.indexOf('\n', i);
    if (nl < 0) break;
    i = nl + 1;
    row++;
  }
  return i + p.column;
}

function lineSpan(doc: Document, p: Point): Span {
  const line = doc.text.split('\n')[p.row] ?? '';
  return { start: p, end: { row: p.row, column: Math.max(p.column, line.replace(/\s+$/, '').length) } };
}

function lastContentRow(doc: Document): number {
  const lines = doc.text.split('\n');
  for (let r = lines.length - 1; r >= 0; r--) if (lines[r].trim() !== '') return r;
  return 0;
}

/** The end of the last non-blank line: where a forgotten `}` goes. */
function endOfContent(doc: Document): Point {
  const row = lastContentRow(doc);
  const line = doc.text.split('\n')[row] ?? '';
  return { row, column: line.replace(/\s+$/, '').length };
}

/**
 * People indent blocks; the parser does not look. A line that dedents below a
 * still-open block's content (and is not its `}`) shows where that block's `}`
 * was forgotten: right after the last line before it. Unindented configs give
 * no guess.
 */
function unclosedByIndentation(doc: Document): NginxSyntaxMessage | undefined {
  const lines = doc.text.split('\n');
  const open: { row: number; indent: number; content?: number; head: string }[] = [];
  let lastContent = 0;
  for (let row = 0; row < lines.length; row++) {
    // Quoted text and comments cannot open or close blocks (good enough for a guess).
    const code = lines[row].replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""').replace(/(^|\s)#.*$/, '$1');
    const trimmed = code.trim();
    if (trimmed === '') continue;
    const indent = code.length - code.trimStart().length;
    const top = open[open.length - 1];
    if (top && top.content === undefined) top.content = indent;
    const dedent = top !== undefined && indent < (trimmed.startsWith('}') ? top.indent : top.content ?? 0);
    if (top && top.content !== undefined && top.content > top.indent && dedent) {
      const end = { row: lastContent, column: lines[lastContent].replace(/\s+$/, '').length };
      return {
        span: { start: { row: lastContent, column: 0 }, end },
        message: `unclosed \`{\` of \`${shorten(top.head)}\` opened on line ${top.row + 1}: add the missing \`}\` after line ${lastContent + 1}`,
      };
    }
    let head = '';
    for (const ch of trimmed) {
      if (ch === '{') {
        open.push({ row, indent, head: head.trim() || trimmed });
        head = '';
      } else if (ch === '}') {
        open.pop();
        head = '';
      } else if (ch === ';') head = '';
      else head += ch;
    }
    lastContent = row;
  }
  return undefined;
}
