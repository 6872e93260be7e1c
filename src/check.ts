import type { Document, Lang, SourceFile } from './core/document';
import { toOriginal } from './core/document';
import type { Edit, Finding, ResolvedFinding, Severity } from './core/findings';
import { SEVERITY_RANK } from './core/findings';
import { applySuppressions, findSuppressions } from './core/suppress';
import { extract } from './input/extract';
import { readInput } from './input/read';
import { buildPlan } from './plan/index';
import type { Plan } from './plan/types';
import { loadPolicy, resolveIntent } from './policy/load';
import type { Intent, PolicyFile } from './policy/types';
import { unifiedDiff } from './report/fix';
import { makeContext, runRules } from './rules/context';
import { ALL_RULES } from './rules/index';
import './parse/describers';

export interface CheckOptions {
  lang?: Lang;
  policy?: string;
  /** A policy object (tests, programmatic use) instead of a file. */
  policyObject?: PolicyFile;
  sandbox?: boolean;
  failOn?: Severity;
  /** Reads standard input for '-' (tests pass their own). */
  stdin?: () => Buffer;
  progress?: (msg: string) => void;
}

export interface InputSummary {
  file: string;
  blocks: Array<{ id: string; lang: Lang; line: number; endLine: number; detectedBy?: string; path?: string }>;
}

export interface CheckResult {
  verdict: 'approve' | 'reject';
  findings: ResolvedFinding[];
  inputs: InputSummary[];
  /** Sandbox matrices and log, when --sandbox ran. */
  sandbox?: unknown;
  /** The edits behind each finding's fix, for --fix (resolved findings carry only the diff text). */
  fixEdits: Map<ResolvedFinding, Edit[]>;
  /** The run's documents, for reporters that show code frames. */
  docs: Document[];
  sources: SourceFile[];
  plan: Plan;
  intent: Intent;
}

/**
 * The pipeline, top to bottom: read → extract → detect → plan → parse/model
 * (lazily, per rule) → rules → sandbox → suppress → verdict.
 */
export async function check(paths: string[], opts: CheckOptions = {}): Promise<CheckResult> {
  // read
  const sources = (paths.length ? paths : ['-']).map((p) => readInput(p, opts.stdin));
  const policy = opts.policyObject ?? loadPolicy(opts.policy);

  // extract + detect: each input → blocks in their languages
  const blocks = sources.flatMap((s) => extract(s, { lang: opts.lang }));

  // plan: shell → commands and writes; config blocks → config steps
  const { plan, docs } = buildPlan(blocks);
  const intent = resolveIntent(policy, sources.map((s) => s.text).join('\n'));

  // parse + model + rules
  const ctx = makeContext(plan, docs, intent);
  const findings: Finding[] = runRules(ALL_RULES, ctx);

  // sandbox
  let sandbox: unknown;
  if (opts.sandbox) {
    const { runSandboxForCheck } = await import('./sandbox-bridge');
    const res = await runSandboxForCheck({ plan, docs, intent }, opts.progress);
    findings.push(...res.findings);
    sandbox = res.summary;
  }

  // suppress + verdict
  const suppressions = sources.flatMap(findSuppressions);
  const fixEdits = new Map<ResolvedFinding, Edit[]>();
  let resolved = applySuppressions(
    findings.map((f) => {
      const r = resolve(f);
      if (f.fix) fixEdits.set(r, f.fix.edits);
      return r;
    }),
    suppressions,
  );
  resolved.push(...suppressionProblems(suppressions));
  resolved = applyOverrides(resolved, intent, fixEdits).sort(byPosition);
  const failOn = opts.failOn ?? 'error';
  const verdict = resolved.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]) ? 'reject' : 'approve';
  return { verdict, findings: resolved, inputs: summarize(sources, blocks), sandbox, fixEdits, docs, sources, plan, intent };
}

function resolve(f: Finding): ResolvedFinding {
  const start = toOriginal(f.doc, f.span.start);
  const end = toOriginal(f.doc, f.span.end);
  return {
    ruleId: f.ruleId,
    class: f.class,
    severity: f.severity,
    message: f.message,
    file: start.file,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    source: f.source,
    ...(f.evidence?.length ? { evidence: f.evidence } : {}),
    ...(f.fix ? { fix: { description: f.fix.description, diff: unifiedDiff(f.fix.edits) } } : {}),
    docId: f.doc.id,
  };
}

function suppressionProblems(sups: ReturnType<typeof findSuppressions>): ResolvedFinding[] {
  return sups
    .filter((s) => s.reason === '')
    .map((s) => ({
      ruleId: 'suppression-without-reason',
      class: 'hardening' as const,
      severity: 'warning' as const,
      message: `airlock-ignore ${s.ids.join(',')} has no reason; write why after a colon: \`airlock-ignore ${s.ids[0]}: <reason>\``,
      file: s.file,
      line: s.line,
      column: s.column,
      endLine: s.line,
      endColumn: s.column + 1,
      source: 'static' as const,
      docId: '',
    }));
}

function applyOverrides(findings: ResolvedFinding[], intent: Intent, fixEdits: Map<ResolvedFinding, Edit[]>): ResolvedFinding[] {
  const out: ResolvedFinding[] = [];
  for (const f of findings) {
    const o = intent.ruleOverrides[f.ruleId];
    if (o === 'off') continue;
    if (o && o !== f.severity) {
      const g = { ...f, severity: o };
      const e = fixEdits.get(f);
      if (e) fixEdits.set(g, e);
      out.push(g);
    } else out.push(f);
  }
  return out;
}

function byPosition(a: ResolvedFinding, b: ResolvedFinding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

function summarize(sources: SourceFile[], blocks: Document[]): InputSummary[] {
  return sources.map((s) => ({
    file: s.path,
    blocks: blocks
      .filter((b) => b.source === s)
      .map((b) => ({
        id: b.id,
        lang: b.lang,
        line: b.lines[0].line + 1,
        endLine: b.lines[b.lines.length - 1].line + 1,
        ...(b.detectedBy ? { detectedBy: b.detectedBy } : {}),
        ...(b.path ? { path: b.path } : {}),
      })),
  }));
}
