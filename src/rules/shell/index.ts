import type { RuleDef } from '../define';

/** The shell rules, sorted by id. */
export const shellRules: RuleDef[] = [];
