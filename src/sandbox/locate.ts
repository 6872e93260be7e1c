import type { Document, Span } from '../core/document';
import type { Plan, Step } from '../plan/types';

export interface Where {
  doc: Document;
  span: Span;
}

export function lineSpan(doc: Document, row: number): Span {
  const lines = doc.text.split('\n');
  const r = Math.max(0, Math.min(row, lines.length - 1));
  const text = lines[r] ?? '';
  const indent = text.length - text.trimStart().length;
  return { start: { row: r, column: indent }, end: { row: r, column: text.length } };
}

/** The documents a plan executes: written contents and config blocks first, then command lines. */
function planDocs(plan: Plan): Document[] {
  const docs: Document[] = [];
  for (const s of plan.steps) {
    if (s.kind === 'write' || s.kind === 'config') docs.push(s.content);
  }
  return docs;
}

/** The last line of the plan's files or commands matching `re`: where a behaviour most likely comes from. */
export function findLine(plan: Plan, re: RegExp): Where | undefined {
  let found: Where | undefined;
  for (const doc of planDocs(plan)) {
    doc.text.split('\n').forEach((l, row) => {
      if (re.test(l) && !/^\s*#/.test(l)) found = { doc, span: lineSpan(doc, row) };
    });
  }
  if (found) return found;
  for (const s of plan.steps) {
    if (s.kind !== 'command') continue;
    const text = [s.name, ...s.args.map((a) => a.text)].join(' ');
    if (re.test(text)) found = { doc: s.doc, span: s.span };
  }
  return found;
}

const FIREWALL_TOOLS = new Set(['iptables', 'iptables-restore', 'nft', 'ufw']);

/** The step that last changed the packet filter: where a lockout is reported. */
export function lastFirewallStep(plan: Plan): Step | undefined {
  let last: Step | undefined;
  for (const s of plan.steps) {
    if (s.kind === 'command' && (FIREWALL_TOOLS.has(s.info.tool) || /^(ufw|nft|iptables|ip6tables|iptables-restore|netfilter-persistent)$/.test(s.name))) last = s;
    if (s.kind === 'command' && s.info.tool === 'systemctl' && s.info.units.some((u) => /nftables|netfilter|ufw|firewalld/.test(u))) last = s;
    if ((s.kind === 'write' || s.kind === 'config') && (s.content.lang === 'nftables' || s.content.lang === 'iptables')) last = s;
  }
  return last;
}

export function stepWhere(s: Step): Where {
  if (s.kind === 'config') return { doc: s.content, span: lineSpan(s.content, 0) };
  return { doc: s.doc, span: s.span };
}

export function fallbackWhere(plan: Plan, docs: Document[]): Where {
  const s = plan.steps[plan.steps.length - 1];
  if (s) return stepWhere(s);
  const doc = docs[0];
  return { doc, span: { start: { row: 0, column: 0 }, end: { row: 0, column: 0 } } };
}
