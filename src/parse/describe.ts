import type { Document, Span } from '../core/document';
import type { SyntaxProblem } from './index';
import { spanOf } from './index';

/**
 * Per-language plain messages for syntax problems. A language module may
 * register a describer (nginx: "missing `;` after `proxy_pass …`"); the
 * fallback names the token and the line.
 */
export type Describer = (p: SyntaxProblem, doc: Document) => { message: string; span: Span } | undefined;

const describers = new Map<string, Describer>();

export function registerDescriber(lang: string, d: Describer): void {
  describers.set(lang, d);
}

export function describeSyntaxProblem(p: SyntaxProblem, doc: Document): { message: string; span: Span } {
  const specific = describers.get(doc.lang)?.(p, doc);
  if (specific) return specific;
  const lang = LANG_NAMES[doc.lang] ?? doc.lang;
  if (p.kind === 'missing') {
    const prev = p.node.previousSibling;
    const after = prev ? ` after \`${clip(prev.text)}\`` : '';
    return { message: `${lang}: missing \`${p.node.type}\`${after}`, span: spanOf(prev ?? p.node) };
  }
  const text = p.node.text;
  const firstLine = text.split('\n')[0];
  const span = spanOf(p.node);
  // An ERROR spanning lines: point at its first line, where the reader starts fixing.
  if (span.end.row > span.start.row) span.end = { row: span.start.row, column: span.start.column + firstLine.length };
  return { message: `${lang}: cannot parse \`${clip(firstLine)}\``, span };
}

function clip(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}

const LANG_NAMES: Record<string, string> = {
  nginx: 'nginx',
  nftables: 'nftables',
  iptables: 'iptables',
  ufw: 'ufw',
  systemd: 'systemd unit',
  shell: 'shell',
};
