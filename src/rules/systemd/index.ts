import type { RuleDef } from '../define';
import entryOutsideSection from './outside-section';
import environmentSyntax from './environment-syntax';
import execstartWithoutReset from './execstart-without-reset';
import modelServerExposed from './model-server-exposed';
import unknownKey from './unknown-key';
import vendorUnitEdited from './vendor-unit-edited';

/** The systemd rules, sorted by id. */
export const systemdRules: RuleDef[] = [
  entryOutsideSection,
  environmentSyntax,
  execstartWithoutReset,
  modelServerExposed,
  unknownKey,
  vendorUnitEdited,
].sort((a, b) => a.id.localeCompare(b.id));
