import type { Document, Lang, LineOrigin, SourceFile } from '../core/document';
import { composeShapeAt, detect, langFromPath, looksLikeCommand, looksLikeOutput, PATTERNS, PROMPT } from './detect';

/**
 * extract: an input → the blocks it holds, each a Document mapped line by line to
 * the input. Three shapes of input:
 *  - a file whose name says its language (nginx.conf, rules.v4, x.service …): one block;
 *  - a markdown answer: each fenced block, plus config found by content in the prose between;
 *  - plain text pasted from a page: config regions found by content, prose left alone.
 */

export interface ExtractOptions {
  /** --lang: every block is this language. */
  lang?: Lang;
}

/** One line kept for a block: its text after prompt/indent stripping and where it came from. */
interface KeptLine extends LineOrigin {
  text: string;
}

export function extract(source: SourceFile, opts: ExtractOptions = {}): Document[] {
  const lines = source.text.split('\n').map((l) => l.replace(/\r$/, ''));
  const out: Document[] = [];
  const push = (kept: KeptLine[], lang: Lang, by: Document['detectedBy'], path?: string): void => {
    const trimmed = trimBlank(kept);
    if (trimmed.length === 0) return;
    const block = out.length;
    out.push({
      id: `${source.path}#${block + 1}`,
      lang,
      text: trimmed.map((k) => k.text).join('\n'),
      source,
      lines: trimmed.map(({ line, colDelta }) => ({ line, colDelta })),
      block,
      detectedBy: by,
      ...(path ? { path } : {}),
    });
  };

  const fileLang = source.path !== '<stdin>' ? langFromPath(source.path) : undefined;
  if (opts.lang || (fileLang && !/\.(md|markdown|txt)$/i.test(source.path))) {
    const lang = opts.lang ?? fileLang!;
    const hasFences = lines.some((l) => FENCE_OPEN.test(l));
    if (!(opts.lang && hasFences && !fileLang)) {
      push(lines.map((text, line) => ({ text, line, colDelta: 0 })), lang, opts.lang ? 'flag' : 'filename', fileLang ? source.path : undefined);
      return out;
    }
  }

  // Markdown fences; the prose between them is searched for unfenced config.
  let prose: KeptLine[] = [];
  const flushProse = (): void => {
    for (const region of findRegions(prose, lines)) push(region.lines, opts.lang ?? region.lang, opts.lang ? 'flag' : 'content', region.path);
    prose = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const m = FENCE_OPEN.exec(lines[i]);
    if (!m) {
      prose.push({ text: lines[i], line: i, colDelta: 0 });
      continue;
    }
    const indent = m[1].length;
    const fence = m[2];
    const tag = m[3].trim();
    const body: KeptLine[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
      if (close.test(lines[j].replace(new RegExp(`^ {0,${indent}}`), '')) || close.test(lines[j])) break;
      const stripped = stripIndent(lines[j], indent);
      body.push({ text: stripped.text, line: j, colDelta: stripped.cut });
    }
    const pathHint = pathBefore(lines, i);
    flushProse();
    const decided = detect(body.map((b) => b.text).join('\n'), { tag, path: pathHint });
    if (opts.lang) {
      push(body, opts.lang, 'flag', pathHint);
    } else if (decided.lang === 'shell') {
      push(shellLines(body, /^(console|shell-session|shellsession|terminal)$/i.test(tag)), 'shell', decided.by);
    } else if (decided.lang === 'unknown' || (decided.by === 'content' && langTagIsGeneric(tag))) {
      // An untagged fence may mix commands and config: split it by content like prose.
      const regions = findRegions(body, lines);
      // A block of what a tool printed ("you should see:") is not config: nothing to check, nothing to report.
      if (regions.length === 0 && !looksLikeOutput(body.map((b) => b.text).join('\n'))) push(body, 'unknown', 'content', pathHint);
      for (const r of regions) push(r.lines, r.lang, 'content', r.path ?? pathHint);
    } else {
      push(body, decided.lang, decided.by, pathFromFirstComment(body) ?? pathHint);
    }
    i = j; // the closing fence (or the end of input for an unclosed one)
  }
  flushProse();
  return out;
}

const FENCE_OPEN = /^( {0,3}(?:[-*+]\s+|\d+[.)]\s+)?\s{0,4})(`{3,}|~{3,})\s*([^`]*)$/;

function langTagIsGeneric(tag: string): boolean {
  return /^(|conf|config|text|txt|plaintext|plain|cfg|code|none)$/i.test(tag.trim());
}

function stripIndent(line: string, indent: number): { text: string; cut: number } {
  let cut = 0;
  while (cut < indent && line[cut] === ' ') cut++;
  return { text: line.slice(cut), cut };
}

function trimBlank(kept: KeptLine[]): KeptLine[] {
  let a = 0;
  let b = kept.length;
  while (a < b && kept[a].text.trim() === '') a++;
  while (b > a && kept[b - 1].text.trim() === '') b--;
  return kept.slice(a, b);
}

// ---------------------------------------------------------------------------
// Shell sessions: `$ ` / `# ` prompts stripped, command output dropped.


/** True when a shell block is a transcript (prompts on its commands) rather than a script. */
function isSession(body: KeptLine[], tagSaysSession: boolean): boolean {
  if (tagSaysSession) return true;
  return body.some((b) => /^\s*(?:[\w.-]+@[\w.-]+(?::[^$#\s]*)?\s*)?\$\s/.test(b.text));
}

export function shellLines(body: KeptLine[], tagSaysSession: boolean): KeptLine[] {
  if (!isSession(body, tagSaysSession)) return body;
  const out: KeptLine[] = [];
  let heredocEnd: string | undefined;
  let continued = false;
  for (const b of body) {
    if (heredocEnd !== undefined) {
      const t = b.text.replace(/^> /, '');
      out.push({ ...b, text: t, colDelta: b.colDelta + (b.text.length - t.length) });
      if (t.replace(/^\t+/, '').trim() === heredocEnd) heredocEnd = undefined;
      continue;
    }
    if (continued) {
      const t = b.text.replace(/^> /, '');
      out.push({ ...b, text: t, colDelta: b.colDelta + (b.text.length - t.length) });
      continued = /\\$/.test(t);
      continue;
    }
    const m = PROMPT.exec(b.text);
    if (!m) {
      if (b.text.trim() === '') out.push(b);
      // Anything else without a prompt is the command's output: not part of the plan.
      continue;
    }
    const t = b.text.slice(m[0].length);
    out.push({ ...b, text: t, colDelta: b.colDelta + m[0].length });
    continued = /\\$/.test(t);
    const h = /<<-?\s*(['"]?)([\w.-]+)\1/.exec(t);
    if (h) heredocEnd = h[2];
  }
  return out;
}

// ---------------------------------------------------------------------------
// Regions by content, in prose or in an untagged fence.

interface Region {
  lang: Lang;
  lines: KeptLine[];
  path?: string;
}

const NGINX_DIRECTIVE_LINE = /^\s*(listen|server_name|proxy_pass|proxy_set_header|proxy_http_version|proxy_read_timeout|proxy_buffering|auth_basic|auth_basic_user_file|auth_request|ssl_certificate|ssl_certificate_key|ssl_protocols|ssl_client_certificate|ssl_verify_client|allow|deny|satisfy|return|root|index|add_header|client_max_body_size|try_files|include|limit_req|limit_req_zone|upstream|location|server|access_log|error_log|rewrite|proxy_redirect|grpc_pass|fastcgi_pass|uwsgi_pass)\b[^=]*[;{]\s*(#.*)?$/;

function braceDelta(line: string): number {
  let d = 0;
  let q: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      if (c === '\\') i++;
      else if (c === q) q = undefined;
      continue;
    }
    if (c === '#') break;
    if (c === '"' || c === "'") q = c;
    else if (c === '{') d++;
    else if (c === '}') d--;
  }
  return d;
}

function isBlank(k: KeptLine | undefined): boolean {
  return !k || k.text.trim() === '';
}

/** Lines of a brace-delimited region from `start`, extended over following lines of the same kind. */
function braceRegion(src: KeptLine[], start: number, sameKind: (l: string) => boolean): number {
  let depth = 0;
  let i = start;
  for (; i < src.length; i++) {
    depth += braceDelta(src[i].text);
    if (depth <= 0) {
      // Keep going while the next non-blank line continues the config.
      let j = i + 1;
      while (j < src.length && isBlank(src[j])) j++;
      if (j < src.length && (sameKind(src[j].text) || /^\s*#/.test(src[j].text) && j + 1 < src.length && sameKind(src[j + 1].text))) {
        i = j - 1;
        depth = 0;
        continue;
      }
      return i;
    }
  }
  return src.length - 1;
}

export function findRegions(src: KeptLine[], allLines: string[]): Region[] {
  const regions: Region[] = [];
  let i = 0;
  const take = (lang: Lang, from: number, to: number, path?: string): void => {
    let lines = src.slice(from, to + 1);
    if (lang === 'shell') lines = shellLines(lines, false);
    regions.push({ lang, lines, path: path ?? pathFromFirstComment(lines) ?? pathBefore(allLines, src[from].line) });
    i = to + 1;
  };
  while (i < src.length) {
    const t = src[i].text;
    if (t.trim() === '') {
      i++;
      continue;
    }
    const texts = src.map((l) => l.text);
    if (composeShapeAt(texts, i)) {
      // A compose file pasted without fences: `services:` and everything indented under it,
      // with the other top-level keys (`volumes:`, `networks:` …) and a `version:`/`name:` line just before.
      let from = i;
      for (let k = i - 1; k >= 0 && /^(version|name)\s*:/.test(texts[k]); k--) from = k;
      let last = i;
      for (let j = i + 1; j < src.length; j++) {
        const l = texts[j];
        if (l.trim() === '') continue;
        if (/^\s/.test(l) || /^\s*#/.test(l) || (/^(volumes|networks|configs|secrets|x-[\w-]+)\s*:\s*(#.*)?$/.test(l))) last = j;
        else break;
      }
      take('compose', from, last);
      continue;
    }
    const nginxish = (l: string): boolean => PATTERNS.NGINX_BLOCK.test(l) || NGINX_DIRECTIVE_LINE.test(l) || /^\s*}\s*$/.test(l);
    if (PATTERNS.NFT_TABLE.test(t) || /^\s*(flush\s+ruleset|#!.*\bnft\b|define\s+\S+\s*=)/.test(t)) {
      take('nftables', i, braceRegion(src, i, (l) => PATTERNS.NFT_TABLE.test(l) || /^\s*(flush|define|include|add|table|delete)\s/.test(l)));
    } else if (PATTERNS.NGINX_BLOCK.test(t) || NGINX_DIRECTIVE_LINE.test(t)) {
      take('nginx', i, braceRegion(src, i, nginxish));
    } else if (PATTERNS.CADDY_SITE.test(t)) {
      take('caddyfile', i, braceRegion(src, i, (l) => PATTERNS.CADDY_SITE.test(l)));
    } else if (PATTERNS.SYSTEMD_SECTION.test(t)) {
      let j = i + 1;
      let last = i;
      for (; j < src.length; j++) {
        const l = src[j].text;
        if (l.trim() === '') continue;
        const cont = /\\$/.test(src[last].text);
        if (cont || PATTERNS.SYSTEMD_SECTION.test(l) || /^\s*[A-Za-z][A-Za-z0-9_.-]*\s*=/.test(l) || /^\s*[#;]/.test(l)) last = j;
        else break;
      }
      take('systemd', i, last);
    } else if (PATTERNS.IPT_SAVE.test(t) && /^\s*\*/.test(t)) {
      let j = i;
      let last = i;
      for (; j < src.length; j++) {
        const l = src[j].text;
        if (l.trim() === '') continue;
        if (/^\s*(\*|:|-[A-Z]\s|COMMIT\b|#)/.test(l)) last = j;
        else break;
      }
      take('iptables', i, last);
    } else if (PATTERNS.SSHD_KEY.test(t)) {
      let last = i;
      for (let j = i + 1; j < src.length; j++) {
        const l = src[j].text;
        if (l.trim() === '' || /^\s*#/.test(l)) continue;
        if (PATTERNS.SSHD_KEY.test(l) || /^\s*[A-Z][A-Za-z]+\s+\S/.test(l) && !/[.:]$/.test(l.trim()) && l.trim().split(/\s+/).length <= 4) last = j;
        else break;
      }
      take('sshd', i, last);
    } else if (looksLikeCommand(t) || /^\s*#!.*sh\b/.test(t)) {
      let last = i;
      let heredoc: string | undefined;
      for (let j = i; j < src.length; j++) {
        const l = src[j].text;
        if (heredoc !== undefined) {
          last = j;
          if (l.replace(/^> /, '').replace(/^\t+/, '').trim() === heredoc) heredoc = undefined;
          continue;
        }
        if (j > i && /\\$/.test(src[j - 1].text) && j - 1 <= last) {
          last = j;
          continue;
        }
        if (l.trim() === '') continue;
        if (j === i || looksLikeCommand(l) || (/^\s*#/.test(l) && !/^\s*#\s+\S+.*[.:]$/.test(l) && j + 1 < src.length && looksLikeCommand(src[j + 1].text))) {
          last = j;
          const h = /<<-?\s*(['"]?)([\w.-]+)\1/.exec(l);
          if (h) heredoc = h[2];
          continue;
        }
        break;
      }
      take('shell', i, last);
    } else {
      i++;
    }
  }
  return regions;
}

// ---------------------------------------------------------------------------
// Where a block is meant to be installed, from the words around it.

const PATH_RE = /(?:^|[\s`'"(])((?:\/etc|\/lib|\/usr\/lib|\/opt|\/srv|\/var|~)\/[\w@%+=:,.\/-]*[\w])/;

/** A path named in the prose just before a block ("Create `/etc/nginx/conf.d/ollama.conf`:"). */
export function pathBefore(lines: string[], blockStart: number): string | undefined {
  for (let k = blockStart - 1, seen = 0; k >= 0 && seen < 3; k--) {
    const l = lines[k];
    if (l.trim() === '') continue;
    if (/^\s*(`{3,}|~{3,})/.test(l)) return undefined;
    seen++;
    // Prose names the file ("Create `/etc/nginx/conf.d/x.conf`:"); a command line mentioning a path does not.
    const m = PATH_RE.exec(l);
    if (m && !looksLikeCommand(l) && langFromPath(m[1])) return m[1];
  }
  return undefined;
}

function pathFromFirstComment(lines: KeptLine[]): string | undefined {
  const first = lines.find((l) => l.text.trim() !== '');
  if (!first) return undefined;
  const m = /^\s*(?:#|;|\/\/)\s*(?:file:?\s*)?((?:\/etc|\/lib|\/usr\/lib|~)\/\S+)\s*$/i.exec(first.text);
  return m && langFromPath(m[1]) ? m[1] : undefined;
}
