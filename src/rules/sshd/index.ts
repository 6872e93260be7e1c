import type { RuleDef } from '../define';

/** The sshd rules, sorted by id. */
export const sshdRules: RuleDef[] = [];
