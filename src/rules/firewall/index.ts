import type { RuleDef } from '../define';
import { dockerBypassesFirewall } from './docker-bypasses-firewall';
import { firewallMissingChain } from './firewall-missing-chain';
import { firewallPolicyOnUserChain } from './firewall-policy-on-user-chain';
import { firewallPortWithoutProtocol } from './firewall-port-without-protocol';
import { firewallUnknownKeyword } from './firewall-unknown-keyword';
import { flushWithDropPolicy } from './flush-with-drop-policy';
import { iptablesRestoreMissingCommit } from './iptables-restore-missing-commit';
import { ipv6LeftOpen } from './ipv6-left-open';
import { noEstablishedAccept } from './no-established-accept';
import { protectedPortExposed } from './protected-port-exposed';
import { shadowedRule } from './shadowed-rule';
import { sshLockout } from './ssh-lockout';
import { sshSourceRestricted } from './ssh-source-restricted';
import { ufwEnableWithoutSsh } from './ufw-enable-without-ssh';
import { ufwInvalidRule } from './ufw-invalid-rule';

/** The firewall rules, sorted by id. */
export const firewallRules: RuleDef[] = [
  dockerBypassesFirewall,
  firewallMissingChain,
  firewallPolicyOnUserChain,
  firewallPortWithoutProtocol,
  firewallUnknownKeyword,
  flushWithDropPolicy,
  iptablesRestoreMissingCommit,
  ipv6LeftOpen,
  noEstablishedAccept,
  protectedPortExposed,
  shadowedRule,
  sshLockout,
  sshSourceRestricted,
  ufwEnableWithoutSsh,
  ufwInvalidRule,
].sort((a, b) => a.id.localeCompare(b.id));
