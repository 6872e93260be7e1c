import type { RuleDef } from '../define';
import basicAuthBadHash from './basic-auth-bad-hash';
import clientAuthNotVerified from './client-auth-not-verified';
import proxyWithoutAuth from './proxy-without-auth';

/** The caddy rules, sorted by id. */
export const caddyRules: RuleDef[] = [basicAuthBadHash, clientAuthNotVerified, proxyWithoutAuth].sort((a, b) => a.id.localeCompare(b.id));
