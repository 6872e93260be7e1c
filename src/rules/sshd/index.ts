import type { RuleDef } from '../define';
import allowUsersLockout from './allow-users-lockout';
import listenAddressLockout from './listen-address-lockout';
import matchReenablesPassword from './match-reenables-password';
import matchScope from './match-scope';
import passwordOffWithoutKey from './password-off-without-key';
import portNotAllowed from './port-not-allowed';
import pubkeyDisabled from './pubkey-disabled';
import rootPasswordLogin from './root-password-login';

/** The sshd rules, sorted by id. */
export const sshdRules: RuleDef[] = [
  allowUsersLockout,
  listenAddressLockout,
  matchReenablesPassword,
  matchScope,
  passwordOffWithoutKey,
  portNotAllowed,
  pubkeyDisabled,
  rootPasswordLogin,
].sort((a, b) => a.id.localeCompare(b.id));
