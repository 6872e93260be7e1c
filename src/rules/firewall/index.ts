import type { RuleDef } from '../define';

/** The firewall rules, sorted by id. */
export const firewallRules: RuleDef[] = [];
