import type { RuleDef } from '../define';
import chmodSecretWorld from './chmod-secret-world';
import curlPipeShell from './curl-pipe-shell';
import exportNotSeenByService from './export-not-seen-by-service';
import modelServerExposed from './model-server-exposed';
import rmRfRoot from './rm-rf-root';
import sshServiceStopped from './ssh-service-stopped';
import sudoRedirect from './sudo-redirect';

/** The shell rules, sorted by id. */
export const shellRules: RuleDef[] = [
  chmodSecretWorld,
  curlPipeShell,
  exportNotSeenByService,
  modelServerExposed,
  rmRfRoot,
  sshServiceStopped,
  sudoRedirect,
].sort((a, b) => a.id.localeCompare(b.id));
