import type { SourceFile } from './document';
import type { ResolvedFinding } from './findings';

/**
 * Inline suppressions: `# airlock-ignore ID[,ID…]: reason` at the end of the
 * line it silences, or alone on the line before it. Any comment marker works
 * (#, ;, //, <!-- -->) so the same syntax serves every language and markdown.
 */
export interface Suppression {
  file: string;
  /** 1-based line the comment is on. */
  line: number;
  column: number;
  /** 1-based line it silences. */
  target: number;
  ids: string[];
  reason: string;
  used: boolean;
}

const MARK = /(?:#|;|\/\/|<!--)\s*airlock-ignore\s+([A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*)\s*(?::\s*(.*?))?\s*(?:-->)?\s*$/;

export function findSuppressions(source: SourceFile): Suppression[] {
  const out: Suppression[] = [];
  const lines = source.text.split('\n');
  lines.forEach((raw, k) => {
    const m = MARK.exec(raw);
    if (!m) return;
    const before = raw.slice(0, m.index).trim();
    let target = k + 1;
    if (before === '' || /^(\$|#|>|[-*+])$/.test(before)) {
      // Alone on its line: silences the next non-blank, non-comment line.
      let t = k + 1;
      while (t < lines.length && (lines[t].trim() === '' || MARK.test(lines[t]))) t++;
      target = t + 1;
    }
    out.push({
      file: source.path,
      line: k + 1,
      column: m.index + 1,
      target,
      ids: m[1].split(',').map((s) => s.trim()),
      reason: (m[2] ?? '').trim(),
      used: false,
    });
  });
  return out;
}

/** Drops suppressed findings; marks the suppressions that were used. */
export function applySuppressions(findings: ResolvedFinding[], sups: Suppression[]): ResolvedFinding[] {
  return findings.filter((f) => {
    const s = sups.find((x) => x.file === f.file && (x.target === f.line || x.line === f.line) && (x.ids.includes(f.ruleId) || x.ids.includes('all')));
    if (!s) return true;
    s.used = true;
    return false;
  });
}
