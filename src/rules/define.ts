import type { Document, Lang, Span } from '../core/document';
import type { Evidence, Finding, FindingClass, Fix, Severity } from '../core/findings';
import type { Plan } from '../plan/types';
import type { Intent } from '../policy/types';

/** An example in a rule's docs; it runs as a test (bad must fire, good must not). */
export interface RuleExample {
  /** The language of `text`; 'markdown' for a whole AI answer. */
  lang: Lang | 'markdown';
  text: string;
  /** File name the example is checked as (helps detection), e.g. 'rules.v4'. */
  filename?: string;
}

export interface RuleDocs {
  /** What it does: one paragraph. */
  what: string;
  /** Why is this bad: plain words a sysadmin reads. */
  why: string;
  bad: RuleExample;
  good: RuleExample;
  /** Links to the official documentation the rule follows. */
  references: string[];
}

export interface ReportInput {
  message: string;
  doc: Document;
  span: Span;
  /** Override the rule's default severity for this finding. */
  severity?: Severity;
  evidence?: Evidence[];
  fix?: Fix;
}

export type Report = (finding: ReportInput) => void;

/** A parsed document: its model is built lazily by the language's module. */
export interface RuleContext {
  plan: Plan;
  /** Every document of the run: input blocks, heredocs, written files, firewall command lines. */
  docs: Document[];
  intent: Intent;
  /** The documents of one language. */
  docsOf(lang: Lang): Document[];
  /** Caches a shared analysis (a parsed model, the firewall replay) for all rules of the run. */
  memo<T>(key: string, compute: () => T): T;
}

export interface RuleDef {
  /** Stable, searchable id, e.g. 'ssh-lockout', 'nginx-unknown-directive'. Never reused. */
  id: string;
  class: FindingClass;
  severity: Severity;
  /** One line for `airlock rules` and SARIF shortDescription. */
  summary: string;
  docs: RuleDocs;
  /** Sandbox rules report from the sandbox run, not from check(); their examples run in the sandbox tests. */
  requires?: 'sandbox';
  check(ctx: RuleContext, report: Report): void;
}

export function defineRule(def: RuleDef): RuleDef {
  return def;
}

export function toFinding(rule: RuleDef, r: ReportInput, source: 'static' | 'sandbox' = 'static'): Finding {
  return {
    ruleId: rule.id,
    class: rule.class,
    severity: r.severity ?? rule.severity,
    message: r.message,
    doc: r.doc,
    span: r.span,
    source,
    evidence: r.evidence,
    fix: r.fix,
  };
}
