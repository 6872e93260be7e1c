import type { RuleDef } from '../define';

/** The systemd rules, sorted by id. */
export const systemdRules: RuleDef[] = [];
