import type { RuleDef } from './define';
import { firewallRules } from './firewall';
import { nginxRules } from './nginx';
import { systemdRules } from './systemd';
import { shellRules } from './shell';
import { sshdRules } from './sshd';
import { dockerRules } from './docker';
import { caddyRules } from './caddy';
import { sandboxRules } from './sandbox';
import { metaRules } from './meta';

/** Every rule airlock knows, sorted by id. Each area keeps its own list in rules/<area>/index.ts. */
export const ALL_RULES: readonly RuleDef[] = [...firewallRules, ...nginxRules, ...systemdRules, ...shellRules, ...sshdRules, ...dockerRules, ...caddyRules, ...sandboxRules, ...metaRules].sort((a, b) => a.id.localeCompare(b.id));

const byId = new Map(ALL_RULES.map((r) => [r.id, r]));

export function ruleById(id: string): RuleDef | undefined {
  return byId.get(id);
}
