import type { RuleDef } from '../define';

/** The docker rules, sorted by id. */
export const dockerRules: RuleDef[] = [];
