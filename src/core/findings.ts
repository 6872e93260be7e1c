import type { Document, Span } from './document';

export type FindingClass = 'lockout' | 'exposure' | 'invalid' | 'dangerous' | 'hardening';
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** A replacement inside a document; the reporter turns edits into a unified diff. */
export interface Edit {
  doc: Document;
  span: Span;
  text: string;
}

export interface Fix {
  /** One line, e.g. 'add `ExecStart=` before the new ExecStart'. */
  description: string;
  edits: Edit[];
}

/** Evidence: what a sandbox probe or a real validator said, shown with the finding. */
export interface Evidence {
  kind: 'probe' | 'validator' | 'trace' | 'note';
  text: string;
  data?: unknown;
}

/**
 * A finding as a rule reports it: positions are inside a Document. The pipeline
 * resolves them to the original input (file, line, column) for the reporters.
 */
export interface Finding {
  ruleId: string;
  class: FindingClass;
  severity: Severity;
  message: string;
  doc: Document;
  span: Span;
  source: 'static' | 'sandbox';
  evidence?: Evidence[];
  fix?: Fix;
}

/** A finding resolved to the original input: what every reporter prints. */
export interface ResolvedFinding {
  ruleId: string;
  class: FindingClass;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  source: 'static' | 'sandbox';
  evidence?: Evidence[];
  /** Unified diff against the original file, when the rule knows the fix. */
  fix?: { description: string; diff?: string };
  /** Kept for reporters that show a code frame. */
  docId: string;
}
