import type { RuleDef } from '../define';
import argumentCount from './argument-count';
import invalidFlag from './invalid-flag';
import unknownDirective from './unknown-directive';
import wrongContext from './wrong-context';

/** The nginx rules, sorted by id. */
export const nginxRules: RuleDef[] = [
  argumentCount,
  invalidFlag,
  unknownDirective,
  wrongContext,
].sort((a, b) => a.id.localeCompare(b.id));
