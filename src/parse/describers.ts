/**
 * Registers each language's plain-words syntax messages with parse/describe.
 * Kept apart so describe.ts stays free of language modules.
 */
import { describeNginxSyntaxError } from '../model/nginx';
import { describeSystemdSyntaxError } from '../model/systemd';
import { describeUfwSyntaxError } from '../model/ufw';
import { registerDescriber } from './describe';

registerDescriber('nginx', describeNginxSyntaxError);
registerDescriber('systemd', describeSystemdSyntaxError);
registerDescriber('ufw', describeUfwSyntaxError);
