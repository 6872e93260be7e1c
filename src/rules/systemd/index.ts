import type { RuleDef } from '../define';
import entryOutsideSection from './outside-section';
import environmentSyntax from './environment-syntax';
import execVariableInWord from './exec-variable-in-word';
import execstartWithoutReset from './execstart-without-reset';
import modelServerExposed from './model-server-exposed';
import unknownKey from './unknown-key';
import vendorUnitEdited from './vendor-unit-edited';

/** The systemd rules, sorted by id. */
export const systemdRules: RuleDef[] = [
  entryOutsideSection,
  environmentSyntax,
  execVariableInWord,
  execstartWithoutReset,
  modelServerExposed,
  unknownKey,
  vendorUnitEdited,
].sort((a, b) => a.id.localeCompare(b.id));
