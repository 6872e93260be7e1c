import type { RuleDef } from '../define';

/** The sandbox rules, sorted by id. */
export const sandboxRules: RuleDef[] = [];
