import type { RuleDef } from '../define';
import syntaxError from './syntax-error';
import unknownLanguage from './unknown-language';

/** Rules about the input itself: what does not parse, what could not be read. */
export const metaRules: RuleDef[] = [syntaxError, unknownLanguage];
