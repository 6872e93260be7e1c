/**
 * A Document is one piece of text in one language, cut out of an original input
 * (a markdown answer, a pasted page, a heredoc inside a shell block, a file).
 * Every position inside it maps back to a line and column of the original input,
 * which is what findings report.
 */

export type Lang =
  | 'nginx'
  | 'iptables' // iptables/ip6tables command lines and iptables-save/restore files
  | 'nftables' // .nft rulesets and nft command lines
  | 'ufw' // ufw command lines
  | 'systemd' // unit files and drop-ins
  | 'shell'
  | 'caddyfile'
  | 'sshd' // sshd_config
  | 'compose' // docker-compose.yml
  | 'unknown';

export const LANGS: readonly Lang[] = [
  'nginx', 'iptables', 'nftables', 'ufw', 'systemd', 'shell', 'caddyfile', 'sshd', 'compose', 'unknown',
];

/** An input as the user gave it: a file, or stdin (path '-'; shown as '<stdin>'). */
export interface SourceFile {
  /** Path as given on the command line, '<stdin>' for standard input. */
  path: string;
  text: string;
  /** Offsets of the start of every line (0-based), for offset ↔ line/column. */
  lineStarts: number[];
}

/** A position in the ORIGINAL input: 1-based line, 1-based column. */
export interface OriginalPos {
  file: string;
  line: number;
  column: number;
}

/** A 0-based point inside a Document's text, as tree-sitter reports it. */
export interface Point {
  row: number;
  column: number;
}

/** A span inside a Document (0-based rows and columns, end exclusive). */
export interface Span {
  start: Point;
  end: Point;
}

/**
 * Where a document line comes from: the 0-based line in the original source and
 * how many columns to add to a document column on that line. Lines are mapped one
 * by one, so a block whose lines lost a prompt (`$ `) or an indent maps exactly.
 */
export interface LineOrigin {
  line: number;
  colDelta: number;
}

export interface Document {
  /** Stable id within a run, e.g. 'answer.md#3' or 'answer.md#3/heredoc:/etc/nginx/conf.d/ollama.conf'. */
  id: string;
  lang: Lang;
  text: string;
  source: SourceFile;
  /** lines[i] maps document line i to the original source. */
  lines: LineOrigin[];
  /** The path this text is (or would be) installed at on the server, when known. */
  path?: string;
  /** How the language was decided, for reports and debugging. */
  detectedBy?: 'flag' | 'fence' | 'filename' | 'path' | 'content' | 'command';
  /** Index of the input block (fence / region / whole file) this came from. */
  block: number;
  /** The document this one was cut out of (a heredoc's shell block), if any. */
  parent?: Document;
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

export function makeSource(path: string, text: string): SourceFile {
  return { path, text, lineStarts: lineStartsOf(text) };
}

/** Maps a 0-based document point to the 1-based original position. */
export function toOriginal(doc: Document, p: Point): OriginalPos {
  const origin = doc.lines[Math.min(p.row, doc.lines.length - 1)] ?? { line: 0, colDelta: 0 };
  // A point past the last mapped line (end of text) stays on the last line.
  const col = p.row < doc.lines.length ? p.column : lineLength(doc, doc.lines.length - 1);
  return { file: doc.source.path, line: origin.line + 1, column: col + origin.colDelta + 1 };
}

function lineLength(doc: Document, row: number): number {
  const lines = doc.text.split('\n');
  return (lines[row] ?? '').length;
}

/** A document covering a whole source file (or a contiguous range of its lines, verbatim). */
export function wholeDocument(
  source: SourceFile,
  lang: Lang,
  id: string,
  block: number,
  range?: { firstLine: number; lastLine: number },
): Document {
  const all = source.text.split('\n');
  const first = range?.firstLine ?? 0;
  const last = range?.lastLine ?? all.length - 1;
  const text = all.slice(first, last + 1).join('\n');
  const lines: LineOrigin[] = [];
  for (let l = first; l <= last; l++) lines.push({ line: l, colDelta: 0 });
  return { id, lang, text, source, lines, block };
}

/**
 * A document cut out of another one: `text` starts at `start` in the parent and
 * its lines follow the parent's lines one for one (heredoc bodies, a command's
 * own text inside a shell block). Column shifts only apply to the first line.
 */
export function subDocument(
  parent: Document,
  start: Point,
  text: string,
  lang: Lang,
  id: string,
  extra: Partial<Pick<Document, 'path' | 'detectedBy'>> = {},
): Document {
  const n = text.split('\n').length;
  const lines: LineOrigin[] = [];
  for (let i = 0; i < n; i++) {
    const parentRow = start.row + i;
    const po = parent.lines[Math.min(parentRow, parent.lines.length - 1)];
    lines.push({ line: po.line, colDelta: po.colDelta + (i === 0 ? start.column : 0) });
  }
  return { id, lang, text, source: parent.source, lines, block: parent.block, parent, ...extra };
}
