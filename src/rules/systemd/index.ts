import type { RuleDef } from '../define';
import entryOutsideSection from './outside-section';
import environmentNotExpanded from './environment-not-expanded';
import environmentSyntax from './environment-syntax';
import execVariableInWord from './exec-variable-in-word';
import execstartWithoutReset from './execstart-without-reset';
import legacyKey from './legacy-key';
import modelServerExposed from './model-server-exposed';
import unknownKey from './unknown-key';
import vendorUnitEdited from './vendor-unit-edited';

/** The systemd rules, sorted by id. */
export const systemdRules: RuleDef[] = [
  entryOutsideSection,
  environmentNotExpanded,
  environmentSyntax,
  execVariableInWord,
  execstartWithoutReset,
  legacyKey,
  modelServerExposed,
  unknownKey,
  vendorUnitEdited,
].sort((a, b) => a.id.localeCompare(b.id));
