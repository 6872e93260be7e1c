import type { RuleDef } from '../define';
import hostNetworkModelServer from './host-network-model-server';
import portAllInterfaces from './port-all-interfaces';

/** The docker rules, sorted by id. */
export const dockerRules: RuleDef[] = [hostNetworkModelServer, portAllInterfaces].sort((a, b) => a.id.localeCompare(b.id));
