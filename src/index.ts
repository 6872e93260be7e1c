/** Programmatic use: the same pipeline the CLI runs. */
export { check, type CheckOptions, type CheckResult } from './check';
export { checkText } from './check-text';
export { ALL_RULES, ruleById } from './rules/index';
export type { Finding, ResolvedFinding, FindingClass, Severity } from './core/findings';
export type { Plan, Step } from './plan/types';
