/**
 * Generates src/knowledge/nginx-directives.ts from @nginx/reference-lib, the
 * machine-readable form of nginx.org's directive reference.
 *
 *   npm install --no-save @nginx/reference-lib@VERSION   (or: NGINX_REFERENCE_LIB=/path/to/package)
 *   npm run build && node dist/tools/gen-nginx-directives.js
 *
 * Argument counts come from the documented syntax lines (`*`name`* [`ssl`] …`):
 * every whitespace-separated word counts, `[ … ]` is optional, `|` separates
 * alternatives, `...` repeats, `{...}` is the block. The docs are looser than
 * nginx's own NGX_CONF_TAKE* flags, so the minimum is a floor and the maximum a
 * ceiling: a config outside them is wrong, one inside may still be.
 */
import * as fs from 'fs';
import * as path from 'path';

interface RefDirective {
  name: string;
  module: string;
  syntax: string[];
  contexts: string[];
  isBlock: boolean;
}

interface Count {
  min: number;
  /** -1: no limit. */
  max: number;
}

const INF = -1;

function addCounts(a: Count, b: Count): Count {
  return { min: a.min + b.min, max: a.max === INF || b.max === INF ? INF : a.max + b.max };
}

function altCounts(a: Count, b: Count): Count {
  return { min: Math.min(a.min, b.min), max: a.max === INF || b.max === INF ? INF : Math.max(a.max, b.max) };
}

type Tok = { t: 'atom'; literal: boolean; text: string } | { t: '[' | ']' | '|' | '...' | 'block' | 'ws' | '(' | ')' };

function tokenize(md: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < md.length) {
    const rest = md.slice(i);
    let m: RegExpExecArray | null;
    if ((m = /^`\{\.\.\.\}`/.exec(rest))) out.push({ t: 'block' });
    else if ((m = /^\*`([^`]*)`\*/.exec(rest))) out.push({ t: 'atom', literal: false, text: m[1] });
    else if ((m = /^`([^`]*)`/.exec(rest))) out.push({ t: 'atom', literal: true, text: m[1] });
    else if ((m = /^(\.\.\.|…)/.exec(rest))) out.push({ t: '...' });
    else if ((m = /^\s+/.exec(rest))) out.push({ t: 'ws' });
    else if ((m = /^[[\]|()]/.exec(rest))) out.push({ t: m[0] as '[' });
    else if ((m = /^[^\s[\]|()`*]+|^\*/.exec(rest))) out.push({ t: 'atom', literal: true, text: m[0] });
    else m = /^./.exec(rest)!;
    i += m[0].length;
  }
  return out;
}

interface Parsed {
  count: Count;
  /** Set when every alternative is one literal word: the values nginx accepts. */
  values?: string[];
}

/** alt := seq ('|' seq)*; seq := (item glued-or-spaced)*; item := atom | '[' alt ']' | '(' alt ')' */
function parseSyntax(md: string): Parsed {
  const toks = tokenize(md.trim());
  let i = 0;
  const parseAlt = (close?: string): Parsed => {
    let result: Parsed | undefined;
    for (;;) {
      const seq = parseSeq(close);
      result = result
        ? {
          count: altCounts(result.count, seq.count),
          values: result.values && seq.values ? [...result.values, ...seq.values] : undefined,
        }
        : seq;
      if (toks[i]?.t === '|') {
        i++;
        continue;
      }
      return result;
    }
  };
  const parseSeq = (close?: string): Parsed => {
    let count: Count = { min: 0, max: 0 };
    let items = 0;
    let single: string | undefined;
    let spaced = true;
    let last: Count = { min: 0, max: 0 };
    while (i < toks.length) {
      const t = toks[i];
      if (t.t === '|' || t.t === close) break;
      if (t.t === ']' || t.t === ')') break;
      i++;
      if (t.t === 'ws') {
        spaced = true;
        continue;
      }
      if (t.t === 'block') continue;
      if (t.t === '...') {
        count = { min: count.min, max: INF };
        continue;
      }
      let c: Count;
      if (t.t === 'atom') {
        // `*parameters*` stands for any number of words (upstream `server address [parameters]`).
        c = !t.literal && /^(parameters|params|options|flags)$/.test(t.text) ? { min: 1, max: INF } : { min: 1, max: 1 };
        single = items === 0 && t.literal ? t.text : undefined;
      } else {
        const inner = parseAlt(t.t === '[' ? ']' : ')');
        if (toks[i]?.t === ']' || toks[i]?.t === ')') i++;
        c = t.t === '[' ? { min: 0, max: inner.count.max } : inner.count;
        single = undefined;
      }
      if (!spaced && items > 0) {
        // Glued to the word before (`*address*[:*port*]`): part of the same word.
        if (last.max === 0 && c.max !== 0) count = addCounts(count, { min: 0, max: 1 });
      } else {
        count = addCounts(count, c);
        last = c;
      }
      if (items > 0) single = undefined;
      items++;
      spaced = false;
    }
    return { count, values: items === 1 && single !== undefined && count.max === 1 ? [single] : undefined };
  };
  return parseAlt();
}

function family(module: string): string {
  const m = /^ngx_(http|stream|mail|mgmt)_/.exec(module);
  if (m) return m[1];
  if (module === 'ngx_otel_module') return 'http';
  return 'core';
}

async function main(): Promise<void> {
  const where = process.env.NGINX_REFERENCE_LIB ?? path.dirname(require.resolve('@nginx/reference-lib/package.json'));
  const pkg = JSON.parse(fs.readFileSync(path.join(where, 'package.json'), 'utf8')) as { version: string };
  // The package is an ES module; a real dynamic import (not tsc's require()).
  const lib = await (new Function('p', 'return import(p)') as (p: string) => Promise<{ getDirectives(f?: number): RefDirective[] }>)(
    path.join(where, 'dist', 'index.js'),
  );
  const directives = lib.getDirectives(1);
  const rows: string[] = [];
  const sorted = [...directives].sort((a, b) => a.name.localeCompare(b.name) || a.module.localeCompare(b.module));
  for (const d of sorted) {
    let count: Count | undefined;
    let values: string[] | undefined = [];
    for (const s of d.syntax) {
      const p = parseSyntax(s);
      count = count ? altCounts(count, p.count) : p.count;
      values = values && p.values ? [...values, ...p.values] : undefined;
    }
    count ??= { min: 0, max: INF };
    // Keywords the syntax spells out (`gzip` in access_log, `ssl` in listen): words that are not a new directive.
    const keywords = [...new Set(d.syntax.flatMap((x) => [...x.matchAll(/(?<!\*)`([a-z][a-z0-9_]*)/g)].map((m) => m[1])))];
    const contexts = d.contexts.filter((c) => c !== '');
    const fields = [
      `n: ${JSON.stringify(d.name)}`,
      `m: ${JSON.stringify(d.module)}`,
      `f: ${JSON.stringify(family(d.module))}`,
      `c: ${JSON.stringify(contexts.length ? contexts : ['any'])}`,
      `a: [${count.min}, ${count.max}]`,
    ];
    if (d.isBlock) fields.push('block: true');
    if (values && values.length > 1) fields.push(`v: ${JSON.stringify([...new Set(values)])}`);
    else if (keywords.length) fields.push(`k: ${JSON.stringify(keywords)}`);
    rows.push(`  { ${fields.join(', ')} },`);
  }
  const out = `/**
 * nginx's directives as its official reference documents them: module,
 * contexts, argument counts (from the syntax lines; -1 = no limit), block or
 * not, and the accepted values where every form is one keyword.
 *
 * GENERATED by src/tools/gen-nginx-directives.ts from @nginx/reference-lib ${pkg.version}
 * (https://github.com/nginx/nginx-directive-reference, the nginx.org docs). Do not edit by hand:
 * corrections and third-party modules live in src/rules/nginx/knowledge.ts.
 */

export const NGINX_REFERENCE_VERSION = ${JSON.stringify(pkg.version)};

export interface NginxDirectiveSpec {
  /** Directive name. */
  n: string;
  /** Module, as nginx.org names it ("Core functionality" for the core). */
  m: string;
  /** Which top-level block the module belongs to: http, stream, mail, mgmt, or core (any). */
  f: 'http' | 'stream' | 'mail' | 'mgmt' | 'core';
  /** Contexts as the docs list them ('if in location', 'any' for include). */
  c: string[];
  /** [min, max] arguments; max -1 = no limit. */
  a: [number, number];
  /** Takes a { … } block. */
  block?: true;
  /** The keywords it accepts, when every form is a single keyword (on/off flags). */
  v?: string[];
  /** Other keywords its syntax spells out (ssl for listen, gzip for access_log). */
  k?: string[];
}

export const NGINX_DIRECTIVES: readonly NginxDirectiveSpec[] = [
${rows.join('\n')}
];
`;
  const target = process.env.OUT ?? path.join(__dirname, '..', '..', 'src', 'knowledge', 'nginx-directives.ts');
  fs.writeFileSync(target, out);
  console.log(`wrote ${rows.length} directives from @nginx/reference-lib ${pkg.version} to ${path.relative(process.cwd(), target)}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
