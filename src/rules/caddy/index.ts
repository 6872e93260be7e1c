import type { RuleDef } from '../define';

/** The caddy rules, sorted by id. */
export const caddyRules: RuleDef[] = [];
