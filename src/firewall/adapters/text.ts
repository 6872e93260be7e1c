import type { Document } from '../../core/document';
import type { Located } from '../../plan/types';

// Split once per document: textOf runs for every rule of a 400 KB save file.
const cache = new WeakMap<Document, string[]>();
function linesOf(doc: Document): string[] {
  let lines = cache.get(doc);
  if (!lines) {
    lines = doc.text.split('\n');
    cache.set(doc, lines);
  }
  return lines;
}

/** The source text a Located covers (first line only when it spans several), for messages. */
export function textOf(l: Located): string {
  const lines = linesOf(l.doc);
  const { start, end } = l.span;
  if (start.row === end.row) return (lines[start.row] ?? '').slice(start.column, end.column).trim();
  return (lines[start.row] ?? '').slice(start.column).replace(/\\\s*$/, '').trim();
}
