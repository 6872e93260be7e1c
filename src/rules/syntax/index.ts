import type { RuleDef } from '../define';

/** The syntax rules, sorted by id. */
export const syntaxRules: RuleDef[] = [];
