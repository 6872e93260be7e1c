import type { RuleDef } from '../define';

/** The nginx rules, sorted by id. */
export const nginxRules: RuleDef[] = [];
