import { createTwoFilesPatch } from 'diff';
import type { SourceFile } from '../core/document';
import { toOriginal } from '../core/document';
import type { Edit } from '../core/findings';

/** Offset in the original source of an edit's span (edits are made on documents). */
function originalRange(edit: Edit): { source: SourceFile; start: number; end: number } {
  const s = toOriginal(edit.doc, edit.span.start);
  const e = toOriginal(edit.doc, edit.span.end);
  const src = edit.doc.source;
  const at = (line: number, col: number): number => Math.min(src.text.length, (src.lineStarts[line - 1] ?? src.text.length) + col - 1);
  return { source: src, start: at(s.line, s.column), end: at(e.line, e.column) };
}

/** The text of each source after applying the edits (overlapping edits: the first wins). */
export function applyEdits(edits: Edit[]): Map<SourceFile, string> {
  const bySource = new Map<SourceFile, Array<{ start: number; end: number; text: string }>>();
  for (const edit of edits) {
    const r = originalRange(edit);
    const list = bySource.get(r.source) ?? [];
    list.push({ start: r.start, end: r.end, text: edit.text });
    bySource.set(r.source, list);
  }
  const out = new Map<SourceFile, string>();
  for (const [src, list] of bySource) {
    list.sort((a, b) => b.start - a.start);
    let text = src.text;
    let floor = Infinity;
    for (const e of list) {
      if (e.end > floor) continue;
      text = text.slice(0, e.start) + e.text + text.slice(e.end);
      floor = e.start;
    }
    out.set(src, text);
  }
  return out;
}

/** A unified diff that `patch -p0` and `git apply` accept, for every changed file. */
export function unifiedDiff(edits: Edit[]): string {
  let out = '';
  for (const [src, after] of applyEdits(edits)) {
    if (after === src.text) continue;
    out += createTwoFilesPatch(src.path, src.path, src.text, after, '', '', { context: 3 }).replace(/^Index:.*\n=+\n/, '');
  }
  return out;
}
