import type { RuleDef } from '../define';
import allowWithoutDeny from './allow-without-deny';
import argumentCount from './argument-count';
import authDisabledNested from './auth-disabled-nested';
import hostHeaderRejected from './host-header-rejected';
import invalidFlag from './invalid-flag';
import listen443WithoutSsl from './listen-443-without-ssl';
import missingFile from './missing-file';
import returnBypassesAuth from './return-bypasses-auth';
import satisfyAnyAllowAll from './satisfy-any-allow-all';
import unauthenticatedProxy from './unauthenticated-proxy';
import unknownDirective from './unknown-directive';
import weakTlsProtocols from './weak-tls-protocols';
import wrongContext from './wrong-context';

/** The nginx rules, sorted by id. */
export const nginxRules: RuleDef[] = [
  allowWithoutDeny,
  argumentCount,
  authDisabledNested,
  hostHeaderRejected,
  invalidFlag,
  listen443WithoutSsl,
  missingFile,
  returnBypassesAuth,
  satisfyAnyAllowAll,
  unauthenticatedProxy,
  unknownDirective,
  weakTlsProtocols,
  wrongContext,
].sort((a, b) => a.id.localeCompare(b.id));
