import type { RuleDef } from '../define';
import { flushWithDropPolicy } from './flush-with-drop-policy';
import { noEstablishedAccept } from './no-established-accept';
import { sshLockout } from './ssh-lockout';
import { sshSourceRestricted } from './ssh-source-restricted';
import { ufwEnableWithoutSsh } from './ufw-enable-without-ssh';

/** The firewall rules, sorted by id. */
export const firewallRules: RuleDef[] = [
  flushWithDropPolicy,
  noEstablishedAccept,
  sshLockout,
  sshSourceRestricted,
  ufwEnableWithoutSsh,
].sort((a, b) => a.id.localeCompare(b.id));
