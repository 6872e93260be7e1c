import type { Located } from '../../plan/types';

/** The source text a Located covers (first line only when it spans several), for messages. */
export function textOf(l: Located): string {
  const lines = l.doc.text.split('\n');
  const { start, end } = l.span;
  if (start.row === end.row) return (lines[start.row] ?? '').slice(start.column, end.column).trim();
  return (lines[start.row] ?? '').slice(start.column).replace(/\\\s*$/, '').trim();
}
