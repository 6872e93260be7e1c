/**
 * The typed model of a Caddyfile, read the way Caddy's own lexer and parser
 * (caddyconfig/caddyfile/lexer.go, parse.go) read it: tokens separated by
 * whitespace; `"…"` with `\"` escapes and backtick-quoted tokens may span
 * lines; `#` starts a comment only at the start of a token; heredocs
 * `<<MARKER … MARKER`; `{` and `}` open and close blocks only as tokens of
 * their own. The first block with no address is the global options block;
 * `(name) { … }` defines a snippet that `import name` pastes in; a file with a
 * single site may omit the site's braces.
 *
 * A small careful parser rather than a tree-sitter grammar: the Caddyfile is
 * lexed by a hand-written lexer with context (quotes spanning lines, heredocs,
 * comment rules that depend on token position) that maps directly onto a few
 * dozen lines, and rules need Caddy's own view of it (snippets expanded,
 * directives with their blocks) — which a grammar would not give us anyway.
 */
import type { Document, Span } from '../core/document';

export interface CaddyToken {
  /** The value after quote removal. */
  text: string;
  span: Span;
  /** 0-based row the token starts on. */
  row: number;
  quoted: boolean;
}

export interface CaddyDirective {
  name: string;
  nameToken: CaddyToken;
  args: CaddyToken[];
  /** Sub-directives of a `{ … }` block opened at the end of the line. */
  block?: CaddyDirective[];
  span: Span;
  /** The `import` token that pasted this directive in from a snippet. */
  importedVia?: CaddyToken;
}

export interface CaddySite {
  addresses: CaddyToken[];
  directives: CaddyDirective[];
  span: Span;
}

export interface CaddyFile {
  doc: Document;
  /** The global options block, if the file starts with one. */
  global?: CaddyDirective[];
  snippets: Map<string, CaddyDirective[]>;
  sites: CaddySite[];
  problems: Array<{ message: string; span: Span }>;
}

export function tokenize(text: string): CaddyToken[] {
  const out: CaddyToken[] = [];
  let row = 0;
  let col = 0;
  let i = 0;
  const n = text.length;
  const adv = () => {
    if (text[i] === '\n') {
      row++;
      col = 0;
    } else col++;
    i++;
  };
  while (i < n) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      adv();
      continue;
    }
    if (c === '#') {
      while (i < n && text[i] !== '\n') adv();
      continue;
    }
    const start = { row, column: col };
    let value = '';
    let quoted = false;
    if (c === '<' && text.startsWith('<<', i) && /^<<[A-Za-z0-9_-]+\s*\n/.test(text.slice(i, i + 80))) {
      // Heredoc: <<MARKER\n … \nMARKER (the closing marker may be indented).
      const marker = /^<<([A-Za-z0-9_-]+)/.exec(text.slice(i))![1];
      while (i < n && text[i] !== '\n') adv();
      adv();
      const lines: string[] = [];
      const close = new RegExp(`^([ \\t]*)${marker}(?=[ \\t\\r]|$)`);
      let indent = '';
      while (i < n) {
        const eol = text.indexOf('\n', i) < 0 ? n : text.indexOf('\n', i);
        const line = text.slice(i, eol);
        const m = close.exec(line);
        if (m) {
          // The closing marker's indentation is stripped from every line; tokens may follow it.
          indent = m[1];
          for (let k = 0; k < m[0].length; k++) adv();
          break;
        }
        lines.push(line);
        while (i < eol) adv();
        if (i < n) adv();
      }
      out.push({ text: lines.map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l)).join('\n'), span: { start, end: { row, column: col } }, row: start.row, quoted: true });
      continue;
    }
    while (i < n) {
      const ch = text[i];
      if (ch === '"' || ch === '`') {
        quoted = true;
        adv();
        while (i < n && text[i] !== ch) {
          if (ch === '"' && text[i] === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) {
            adv();
          }
          value += text[i];
          adv();
        }
        if (i < n) adv();
        continue;
      }
      if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') break;
      value += ch;
      adv();
    }
    out.push({ text: value, span: { start, end: { row, column: col } }, row: start.row, quoted });
  }
  return out;
}

const isOpen = (t: CaddyToken | undefined) => !!t && !t.quoted && t.text === '{';
const isClose = (t: CaddyToken | undefined) => !!t && !t.quoted && t.text === '}';

export function caddyModel(doc: Document): CaddyFile {
  const toks = tokenize(doc.text);
  const file: CaddyFile = { doc, snippets: new Map(), sites: [], problems: [] };
  let i = 0;

  /** Directives up to the matching `}` (or the end); i is left after the `}`. */
  const block = (): CaddyDirective[] => {
    const out: CaddyDirective[] = [];
    while (i < toks.length && !isClose(toks[i])) {
      const first = toks[i++];
      const args: CaddyToken[] = [];
      let sub: CaddyDirective[] | undefined;
      let last = first;
      while (i < toks.length && toks[i].row === last.row && !isClose(toks[i])) {
        // A quoted token spanning lines keeps the next token on the line it ends on.
        if (isOpen(toks[i]) && (toks[i + 1] === undefined || toks[i + 1].row !== toks[i].row || isClose(toks[i + 1]))) {
          i++;
          sub = block();
          if (isClose(toks[i])) last = toks[i++];
          break;
        }
        last = toks[i++];
        args.push(last);
        if (last.span.end.row !== last.row) break;
      }
      out.push({ name: first.text, nameToken: first, args, ...(sub ? { block: sub } : {}), span: { start: first.span.start, end: last.span.end } });
    }
    return out;
  };

  // Global options: a `{` as the very first token.
  if (isOpen(toks[0])) {
    i = 1;
    file.global = block();
    if (isClose(toks[i])) i++;
  }
  while (i < toks.length) {
    const addresses: CaddyToken[] = [];
    const start = toks[i].span.start;
    // Addresses: tokens up to `{`; a trailing comma continues on the next line.
    while (i < toks.length && !isOpen(toks[i])) {
      const t = toks[i];
      const prev = addresses[addresses.length - 1];
      if (prev && t.row !== prev.row && !prev.text.endsWith(',')) break;
      addresses.push(t);
      i++;
    }
    let directives: CaddyDirective[];
    let end: Span['end'];
    if (isOpen(toks[i])) {
      i++;
      directives = block();
      end = (toks[i] ?? toks[i - 1]).span.end;
      if (isClose(toks[i])) i++;
      else file.problems.push({ message: 'unclosed block: a `}` is missing', span: { start, end } });
    } else {
      // A single site without braces: the rest of the file is its body.
      directives = block();
      end = (toks[i - 1] ?? toks[0]).span.end;
      if (isClose(toks[i])) {
        file.problems.push({ message: 'unexpected `}`', span: toks[i].span });
        i++;
      }
    }
    const cleaned = addresses.map((a) => ({ ...a, text: a.text.replace(/,$/, '') })).filter((a) => a.text !== '');
    const snippet = cleaned.length === 1 ? /^&?\((.+)\)$/.exec(cleaned[0].text) : null;
    if (snippet) file.snippets.set(snippet[1], directives);
    else file.sites.push({ addresses: cleaned, directives, span: { start, end } });
  }
  // `import snippet`: paste the snippet's directives where the import stands.
  const expand = (ds: CaddyDirective[], depth: number): CaddyDirective[] =>
    ds.flatMap((d) => {
      if (d.name === 'import' && d.args[0] && file.snippets.has(d.args[0].text) && depth < 10) {
        return expand(file.snippets.get(d.args[0].text)!, depth + 1).map((x) => ({ ...x, importedVia: x.importedVia ?? d.nameToken }));
      }
      return [d.block ? { ...d, block: expand(d.block, depth) } : d];
    });
  for (const s of file.sites) s.directives = expand(s.directives, 0);
  return file;
}

/** Every directive of a tree, depth first, with the chain of enclosing directives. */
export function walk(ds: CaddyDirective[], visit: (d: CaddyDirective, parents: CaddyDirective[]) => void, parents: CaddyDirective[] = []): void {
  for (const d of ds) {
    visit(d, parents);
    if (d.block) walk(d.block, visit, [...parents, d]);
  }
}

/** The request matcher a directive starts with (`*`, `/path…`, `@name`), if any. */
export function matcherOf(d: CaddyDirective): string | undefined {
  const a = d.args[0]?.text;
  return a !== undefined && (a === '*' || a.startsWith('/') || a.startsWith('@')) ? a : undefined;
}
