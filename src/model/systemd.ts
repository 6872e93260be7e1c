/**
 * The typed model of a systemd unit file or drop-in, read from the tree-sitter
 * tree the way systemd's own conf-parser reads the text: continuations joined,
 * comment lines inside them skipped, values trimmed, empty assignments resetting
 * list-valued keys. Rules read this, never the syntax tree.
 */
import * as path from 'path';
import type { Document, Point, Span } from '../core/document';
import { lineStartsOf } from '../core/document';
import type { Located } from '../plan/types';
import { parseDocument, type Parser } from '../parse';

export type UnitType =
  | 'service' | 'socket' | 'device' | 'mount' | 'automount' | 'swap'
  | 'target' | 'path' | 'timer' | 'slice' | 'scope';

export const UNIT_TYPES: readonly UnitType[] = [
  'service', 'socket', 'device', 'mount', 'automount', 'swap', 'target', 'path', 'timer', 'slice', 'scope',
];

export interface UnitEntry extends Located {
  key: string;
  keySpan: Span;
  /** The value as systemd sees it: continuation lines joined (`\` → space), comment lines dropped, trimmed. '' for `Key=`. */
  value: string;
  /** Where the value is written (an empty span right after `=` for an empty assignment). */
  valueSpan: Span;
  /** The value text exactly as written, continuations and interleaved comments included. */
  rawValue: string;
  /** The section this entry sits in; undefined for entries before any header. */
  section?: string;
  /** Document point of an offset into `value` (for spans inside a value, e.g. one Environment= pair). */
  pointAt(offset: number): Point;
}

export interface UnitSection extends Located {
  name: string;
  nameSpan: Span;
  entries: UnitEntry[];
}

export interface UnitFile {
  doc: Document;
  sections: UnitSection[];
  /** Entries before any section header: systemd ignores them ("Assignment outside of section"). */
  preamble: UnitEntry[];
  /** Every entry in document order, preamble first. */
  entries: UnitEntry[];
  /** `.include` lines (removed from systemd; still in old units), with the path they name. */
  includes: Array<Located & { path: string }>;
  /** The unit's type, from its path or name, else guessed from its sections. */
  type?: UnitType;
  /** The unit name ('ollama.service'), from the path (a drop-in's directory) when known. */
  unitName?: string;
  dropIn: boolean;
  /** Why we think it is a drop-in: 'path' (…/x.service.d/*.conf), 'override-marker', 'no-header', 'reset'. */
  dropInReason?: 'path' | 'override-marker' | 'no-header' | 'reset';
}

const SECTION_TYPE: Record<string, UnitType> = {
  Service: 'service', Socket: 'socket', Mount: 'mount', Automount: 'automount', Swap: 'swap',
  Path: 'path', Timer: 'timer', Slice: 'slice', Scope: 'scope',
};

/** Builds (once per document, via the parse cache) the unit model of a systemd document. */
export function systemdModel(doc: Document): UnitFile {
  return unitFromTree(doc, parseDocument(doc));
}

export function unitFromTree(doc: Document, tree: Parser.Tree): UnitFile {
  const starts = lineStartsOf(doc.text);
  const pointOf = (index: number): Point => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return { row: lo, column: index - starts[lo] };
  };
  const spanOfRange = (a: number, b: number): Span => ({ start: pointOf(a), end: pointOf(b) });

  const unit: UnitFile = { doc, sections: [], preamble: [], entries: [], includes: [], dropIn: false };

  const readEntry = (node: Parser.SyntaxNode, section?: string): UnitEntry | undefined => {
    const keyNode = node.childForFieldName('key');
    const eq = node.children.find((c) => c.type === '=');
    if (!keyNode || !eq || eq.isMissing || keyNode.isMissing) return undefined;
    const valueNode = node.childForFieldName('value');
    let rawStart = eq.endIndex;
    let rawEnd = eq.endIndex;
    if (valueNode) {
      rawStart = valueNode.startIndex;
      rawEnd = valueNode.endIndex;
      while (rawEnd > rawStart && /[\s]/.test(doc.text[rawEnd - 1])) rawEnd--;
    }
    const rawValue = doc.text.slice(rawStart, rawEnd);
    const { value, offsets } = joinValue(rawValue);
    const entryEnd = valueNode ? rawEnd : eq.endIndex;
    return {
      doc,
      span: spanOfRange(node.startIndex, entryEnd),
      key: keyNode.text,
      keySpan: spanOfRange(keyNode.startIndex, keyNode.endIndex),
      value,
      valueSpan: spanOfRange(rawStart, rawEnd),
      rawValue,
      section,
      pointAt: (offset: number) =>
        pointOf(rawStart + (offset >= offsets.length ? rawValue.length : offsets[Math.max(0, offset)])),
    };
  };

  const readItems = (nodes: Parser.SyntaxNode[], into: UnitEntry[], section?: string): void => {
    for (const child of nodes) {
      if (child.type === 'entry') {
        const e = readEntry(child, section);
        if (e) into.push(e);
      } else if (child.type === 'include') {
        unit.includes.push({
          doc,
          span: spanOfRange(child.startIndex, child.endIndex),
          path: child.text.replace(/^\.include\s+/, '').trim(),
        });
      }
    }
  };

  const root = tree.rootNode;
  readItems(root.children, unit.preamble);
  for (const node of root.children) {
    if (node.type !== 'section') continue;
    const header = node.children.find((c) => c.type === 'section_header');
    const nameNode = header?.childForFieldName('name');
    if (!header) continue;
    // `[]` is a section to systemd too, named '' and unknown, so its entries are ignored.
    const nameAt = nameNode ?? header;
    const section: UnitSection = {
      doc,
      span: spanOfRange(node.startIndex, trimEnd(doc.text, node.startIndex, node.endIndex)),
      name: nameNode ? nameNode.text.trim() : '',
      nameSpan: spanOfRange(nameAt.startIndex, nameAt.endIndex),
      entries: [],
    };
    readItems(node.children, section.entries, section.name);
    unit.sections.push(section);
  }
  unit.entries = [...unit.preamble, ...unit.sections.flatMap((s) => s.entries)];

  Object.assign(unit, classify(doc, unit));
  return unit;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/**
 * Joins a raw value as config_parse() does: a trailing unescaped `\` becomes a
 * space and the next line is appended (its indentation kept), comment lines met
 * inside a continuation are skipped, and the result is trimmed. `offsets[i]` is
 * the raw offset of value character i.
 */
export function joinValue(raw: string): { value: string; offsets: number[] } {
  let out = '';
  const offsets: number[] = [];
  // Line ends as read_line() knows them: \n, \r, \r\n, \n\r (the grammar agrees).
  const lines: string[] = [];
  const starts: number[] = [];
  const eol = /\r\n?|\n\r?/g;
  let from = 0;
  for (let m = eol.exec(raw); m; m = eol.exec(raw)) {
    lines.push(raw.slice(from, m.index));
    starts.push(from);
    from = m.index + m[0].length;
  }
  lines.push(raw.slice(from));
  starts.push(from);
  lines.forEach((line, i) => {
    const lineStart = starts[i];
    let body = line;
    if (i > 0 && /^[ \t]*[#;]/.test(body)) return;
    const continued = i < lines.length - 1 && body.endsWith('\\');
    if (continued) body = body.slice(0, -1) + ' ';
    for (let k = 0; k < body.length; k++) {
      out += body[k];
      offsets.push(lineStart + k);
    }
  });
  let a = 0;
  let b = out.length;
  while (a < b && /[ \t\r\n]/.test(out[a])) a++;
  while (b > a && /[ \t\r\n]/.test(out[b - 1])) b--;
  return { value: out.slice(a, b), offsets: offsets.slice(a, b) };
}

/** The systemctl-edit template markers, seen when an answer pastes the editor buffer. */
const OVERRIDE_MARKERS = [/^###\s*Editing\s+\S+\.d\/override\.conf/m, /^###\s*Anything between here and the comment below/m];

function classify(doc: Document, unit: UnitFile): Partial<UnitFile> {
  const out: Partial<UnitFile> = {};
  const p = doc.path;
  if (p) {
    const dir = path.posix.basename(path.posix.dirname(p));
    const base = path.posix.basename(p);
    const dropDir = /^(.+\.([a-z]+))\.d$/.exec(dir);
    if (dropDir && base.endsWith('.conf')) {
      out.dropIn = true;
      out.dropInReason = 'path';
      out.unitName = dropDir[1];
      if ((UNIT_TYPES as readonly string[]).includes(dropDir[2])) out.type = dropDir[2] as UnitType;
    } else {
      const ext = /\.([a-z]+)$/.exec(base)?.[1];
      if (ext && (UNIT_TYPES as readonly string[]).includes(ext)) {
        out.type = ext as UnitType;
        out.unitName = base;
      }
    }
  }
  if (!out.type) {
    for (const s of unit.sections) {
      const t = SECTION_TYPE[s.name];
      if (t) {
        out.type = t;
        break;
      }
    }
  }
  if (!out.dropIn) {
    if (OVERRIDE_MARKERS.some((re) => re.test(doc.text))) {
      out.dropIn = true;
      out.dropInReason = 'override-marker';
    } else if (unit.sections.length === 0 && unit.preamble.length > 0) {
      out.dropIn = true;
      out.dropInReason = 'no-header';
    } else if (
      !p &&
      unit.entries.some((e) => e.value === '' && /^Exec(Start|Stop|Reload|StartPre|StartPost|StopPost)$/.test(e.key))
    ) {
      out.dropIn = true;
      out.dropInReason = 'reset';
    }
  }
  return out;
}

/** The sections of a unit with a given name (systemd merges repeated sections). */
export function sectionsNamed(unit: UnitFile, name: string): UnitSection[] {
  return unit.sections.filter((s) => s.name === name);
}

/**
 * The entries of `key` that remain in effect, in order: an empty assignment
 * (`ExecStart=`) drops everything assigned before it, as it does for list
 * settings; for single-valued settings the last one wins.
 */
export function entriesOf(where: UnitSection | UnitSection[] | UnitFile, key: string, sectionName?: string): UnitEntry[] {
  const sections = Array.isArray(where)
    ? where
    : 'sections' in where
      ? sectionName
        ? sectionsNamed(where, sectionName)
        : where.sections
      : [where];
  let out: UnitEntry[] = [];
  for (const s of sections)
    for (const e of s.entries) {
      if (e.key !== key) continue;
      if (e.value === '') out = [];
      else out.push(e);
    }
  return out;
}

/** All values of `key` in order, honouring the empty-assignment reset. */
export function get(where: UnitSection | UnitSection[] | UnitFile, key: string, sectionName?: string): string[] {
  return entriesOf(where, key, sectionName).map((e) => e.value);
}

// ---------------------------------------------------------------------------
// Words, as extract_first_word(EXTRACT_UNQUOTE | EXTRACT_CUNESCAPE) splits them.

export interface ValueWord {
  /** After quote removal and C unescaping. */
  text: string;
  /** As written. */
  raw: string;
  /** Offsets into the (joined) value, end exclusive. */
  start: number;
  end: number;
}

export interface WordSplit {
  words: ValueWord[];
  /** Set when systemd would refuse the whole value ("Invalid syntax"): an unterminated quote, a trailing lone backslash. */
  error?: { message: string; start: number; end: number };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"', "'": "'", s: ' ',
};

/** One C escape after a backslash at value[i] ("\x41", "\n", "\101"); returns text and length consumed after the backslash. */
function cunescapeOne(value: string, i: number): { text: string; length: number } {
  const c = value[i];
  if (c in SIMPLE_ESCAPES) return { text: SIMPLE_ESCAPES[c], length: 1 };
  let m: RegExpExecArray | null;
  if ((m = /^x([0-9a-fA-F]{2})/.exec(value.slice(i)))) return { text: String.fromCharCode(parseInt(m[1], 16)), length: 3 };
  if ((m = /^u([0-9a-fA-F]{4})/.exec(value.slice(i)))) return { text: String.fromCodePoint(parseInt(m[1], 16)), length: 5 };
  if ((m = /^U([0-9a-fA-F]{8})/.exec(value.slice(i))))
    return { text: String.fromCodePoint(Math.min(parseInt(m[1], 16), 0x10ffff)), length: 9 };
  if ((m = /^([0-3][0-7]{2})/.exec(value.slice(i)))) return { text: String.fromCharCode(parseInt(m[1], 8)), length: 3 };
  // Unknown escape: systemd keeps the character itself.
  return { text: c, length: 1 };
}

/** Splits a value into words as systemd does for Environment= and Exec*= lines. */
export function splitWords(value: string): WordSplit {
  const words: ValueWord[] = [];
  let i = 0;
  const n = value.length;
  const isSpace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
  while (i < n) {
    while (i < n && isSpace(value[i])) i++;
    if (i >= n) break;
    const start = i;
    let text = '';
    let quote: '"' | "'" | undefined;
    let quoteAt = -1;
    while (i < n) {
      const ch = value[i];
      if (quote) {
        if (ch === quote) {
          quote = undefined;
          i++;
        } else if (ch === '\\') {
          if (i + 1 >= n) return { words, error: { message: 'unterminated quote', start: quoteAt, end: n } };
          const e = cunescapeOne(value, i + 1);
          text += e.text;
          i += 1 + e.length;
        } else {
          text += ch;
          i++;
        }
      } else if (isSpace(ch)) {
        break;
      } else if (ch === '"' || ch === "'") {
        quote = ch;
        quoteAt = i;
        i++;
      } else if (ch === '\\') {
        if (i + 1 >= n) return { words, error: { message: 'trailing backslash', start: i, end: n } };
        const e = cunescapeOne(value, i + 1);
        text += e.text;
        i += 1 + e.length;
      } else {
        text += ch;
        i++;
      }
    }
    if (quote) {
      return { words, error: { message: `unterminated ${quote === '"' ? 'double' : 'single'} quote`, start: quoteAt, end: n } };
    }
    words.push({ text, raw: value.slice(start, i), start, end: i });
  }
  return { words };
}

// ---------------------------------------------------------------------------
// Environment=

export interface EnvAssignment {
  name: string;
  value: string;
  /** As written, quotes included ('"OLLAMA_HOST=0.0.0.0"'). */
  raw: string;
  /** Offsets into the joined value. */
  start: number;
  end: number;
  /** Where it is written: inside the entry when one was given, else on row 0 at the value's columns. */
  span: Span;
}

export interface EnvProblem {
  /** 'syntax': systemd ignores the whole line; 'invalid-assignment': it ignores this word only. */
  kind: 'syntax' | 'invalid-assignment';
  message: string;
  raw: string;
  start: number;
  end: number;
  span: Span;
}

export interface EnvironmentParse {
  assignments: EnvAssignment[];
  problems: EnvProblem[];
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Splits an Environment= value into NAME=value pairs as systemd does:
 * whitespace-separated words, quotes removed wherever they stand ("A=b c" and
 * A="b c" are the same), C escapes decoded. A word that is not NAME=value is
 * ignored by systemd (reported here); an unterminated quote makes systemd ignore
 * the whole line.
 */
export function parseEnvironment(input: string | UnitEntry): EnvironmentParse {
  const value = typeof input === 'string' ? input : input.value;
  const at = (o: number): Point => (typeof input === 'string' ? { row: 0, column: o } : input.pointAt(o));
  const span = (a: number, b: number): Span => ({ start: at(a), end: b > a ? endPoint(at, b) : at(a) });
  const split = splitWords(value);
  const problems: EnvProblem[] = [];
  const assignments: EnvAssignment[] = [];
  if (split.error) {
    const { start, end, message } = split.error;
    problems.push({ kind: 'syntax', message, raw: value.slice(start, end), start, end, span: span(start, end) });
    return { assignments, problems };
  }
  for (const w of split.words) {
    const eq = w.text.indexOf('=');
    const name = eq < 0 ? w.text : w.text.slice(0, eq);
    // Specifiers (%n, %b…) are expanded before systemd checks the name.
    if (eq <= 0 || !ENV_NAME.test(name.replace(/%[%A-Za-z]/g, 'x'))) {
      problems.push({
        kind: 'invalid-assignment',
        message: eq < 0 ? `\`${w.raw}\` is not a NAME=value assignment` : `\`${name}\` is not a valid variable name`,
        raw: w.raw,
        start: w.start,
        end: w.end,
        span: span(w.start, w.end),
      });
      continue;
    }
    assignments.push({ name, value: w.text.slice(eq + 1), raw: w.raw, start: w.start, end: w.end, span: span(w.start, w.end) });
  }
  return { assignments, problems };
}

/** The point just after the character at offset b-1 (so a span never ends on the next line's start). */
function endPoint(at: (o: number) => Point, b: number): Point {
  const last = at(b - 1);
  return { row: last.row, column: last.column + 1 };
}

// ---------------------------------------------------------------------------
// Exec*= lines

export interface ExecCommand {
  /** Prefix characters in the order written: '-', '@', ':', '+', '!', '!!', '|'. */
  prefixes: string[];
  /** `-`: a failing exit status is ignored. */
  ignoreFailure: boolean;
  /** `@`: the second word is argv[0]. */
  argv0Override: boolean;
  /** `:`: no environment-variable substitution. */
  noEnvSubstitution: boolean;
  /** `+`: full privileges; `!`/`!!`: privileges elevated by other means. */
  privileged: '+' | '!' | '!!' | undefined;
  /** The executable as written (after the prefixes). */
  path: string;
  /** Every word after the prefixes, the executable first. */
  words: ValueWord[];
  /** The arguments systemd passes (argv), `@` taken into account. */
  argv: string[];
  start: number;
  end: number;
}

export interface ExecSplit {
  commands: ExecCommand[];
  error?: WordSplit['error'];
}

const EXEC_PREFIX = /^(?:!!|[-@:+!|])/;

/**
 * Splits an ExecStart=-style value into commands (a lone `;` word separates them,
 * as systemd still accepts), each with its prefixes and words. `$VAR` and
 * `${VAR}` are left as written: systemd expands them at start-up
 * (systemd.service(5), "Command lines").
 */
export function splitExecLine(value: string): ExecSplit {
  const split = splitWords(value);
  const commands: ExecCommand[] = [];
  let group: ValueWord[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const first = group[0];
    let rest = first.text;
    const prefixes: string[] = [];
    let m: RegExpExecArray | null;
    while ((m = EXEC_PREFIX.exec(rest))) {
      prefixes.push(m[0]);
      rest = rest.slice(m[0].length);
    }
    const prefixLen = first.raw.length - first.raw.replace(/^(?:!!|[-@:+!|])+/, '').length;
    const words: ValueWord[] = [
      ...(rest ? [{ text: rest, raw: first.raw.slice(prefixLen), start: first.start + prefixLen, end: first.end }] : []),
      ...group.slice(1),
    ];
    const argv0Override = prefixes.includes('@');
    const texts = words.map((w) => w.text);
    commands.push({
      prefixes,
      ignoreFailure: prefixes.includes('-'),
      argv0Override,
      noEnvSubstitution: prefixes.includes(':'),
      privileged: prefixes.includes('+') ? '+' : prefixes.includes('!!') ? '!!' : prefixes.includes('!') ? '!' : undefined,
      path: texts[0] ?? '',
      words,
      argv: argv0Override ? texts.slice(1) : texts,
      start: first.start,
      end: group[group.length - 1].end,
    });
    group = [];
  };
  for (const w of split.words) {
    if (w.raw === ';') flush();
    else group.push(w);
  }
  flush();
  return { commands, error: split.error };
}

// ---------------------------------------------------------------------------
// Syntax errors in plain words (registered with parse/describe for 'systemd').

/**
 * Says what is wrong with a broken unit line the way a person fixes it. Returns
 * undefined for problems it has no better words for (the generic message is used).
 */
export function describeSystemdSyntaxError(
  p: { kind: 'error' | 'missing'; node: Parser.SyntaxNode },
  doc: Document,
): { message: string; span: Span } | undefined {
  const line = (row: number) => doc.text.split('\n')[row] ?? '';
  const lineSpan = (row: number): Span => {
    const text = line(row).replace(/\r$/, '');
    const indent = text.length - text.trimStart().length;
    return { start: { row, column: indent }, end: { row, column: text.trimEnd().length } };
  };
  const row = p.node.startPosition.row;
  if (p.kind === 'missing' && p.node.type === '=') {
    const text = line(p.node.parent?.startPosition.row ?? row).trim();
    const r = p.node.parent?.startPosition.row ?? row;
    return { message: `\`${clip(text)}\` is not a \`Key=value\` line: systemd ignores it ("Missing '='")`, span: lineSpan(r) };
  }
  if (p.kind === 'missing' && p.node.type === 'key') {
    return { message: `\`${clip(line(row).trim())}\` has no key before \`=\``, span: lineSpan(row) };
  }
  if (p.kind === 'missing' && p.node.type === ']') {
    return { message: `section header \`${clip(line(row).trim())}\` has no closing \`]\``, span: lineSpan(row) };
  }
  if (p.kind === 'error') {
    const text = p.node.text.split('\n')[0].trim();
    const prev = p.node.previousSibling ?? p.node.parent?.previousSibling;
    const header = prev?.type === 'section_header' ? prev : prev?.type === 'section' ? prev.lastChild : undefined;
    if (header?.type === 'section_header' && header.endPosition.row === row) {
      return {
        message: `\`${clip(text)}\` follows \`${header.text}\` on the header line; systemd rejects the header — put it on its own line`,
        span: { start: p.node.startPosition, end: { row, column: p.node.startPosition.column + text.length } },
      };
    }
    if (text.startsWith('=')) return { message: `\`${clip(text)}\` has no key before \`=\``, span: lineSpan(row) };
    if (text.startsWith('[')) return { message: `\`${clip(text)}\` is not a section header (\`[Name]\`)`, span: lineSpan(row) };
  }
  return undefined;
}

const clip = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}...` : s);
