import * as fs from 'fs';
import * as path from 'path';
import type { ValidateFunction } from 'ajv';
import { InputError } from '../core/errors';
import { KNOWN_SERVICES, loginIsOn } from '../knowledge/services';
import { PACKAGE_ROOT } from '../parse/index';
import type { Intent, PolicyFile, ProtectedService } from './types';

let validator: ValidateFunction<PolicyFile> | undefined;

/** Compiled on first use: most runs have no policy file, and ajv costs a third of the start-up. */
function policyValidator(): ValidateFunction<PolicyFile> {
  if (!validator) {
    const { default: Ajv } = require('ajv') as typeof import('ajv');
    const schema = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'schema', 'policy.schema.json'), 'utf8'));
    validator = new Ajv({ allErrors: false, strict: false }).compile<PolicyFile>(schema);
  }
  return validator;
}

/**
 * Reads airlock.json (or --policy FILE). No file: defaults. A file that is not
 * valid JSON or not valid against the schema: InputError with the JSON path.
 */
export function loadPolicy(explicit?: string, cwd = process.cwd()): PolicyFile {
  const file = explicit ?? path.join(cwd, 'airlock.json');
  if (!explicit && !fs.existsSync(file)) return {};
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(file, undefined, code === 'ENOENT' ? 'no such policy file' : code === 'EISDIR' ? 'policy is a directory, not a file' : `cannot read policy (${code})`);
  }
  return parsePolicy(text, file);
}

export function parsePolicy(text: string, file: string): PolicyFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    const line = m ? text.slice(0, Number(m[1])).split('\n').length : 1;
    throw new InputError(file, line, `policy is not valid JSON (${(e as Error).message.replace(/^.*?: /, '').replace(/ in JSON at.*$/, '')})`);
  }
  const validate = policyValidator();
  if (!validate(data)) {
    const err = validate.errors![0];
    const where = err.instancePath ? err.instancePath.replace(/^\//, '').replace(/\//g, '.') : '(top level)';
    const line = lineOfPath(text, err.instancePath);
    const detail = err.keyword === 'additionalProperties' ? `unknown property '${(err.params as { additionalProperty: string }).additionalProperty}'` : err.message;
    throw new InputError(file, line, `invalid policy at ${where}: ${detail}`);
  }
  return data;
}

/** The line of the last key of a JSON pointer, found textually: good enough to point a person at it. */
function lineOfPath(text: string, pointer: string): number {
  const keys = pointer.split('/').filter((k) => k !== '' && !/^\d+$/.test(k));
  const key = keys[keys.length - 1];
  if (!key) return 1;
  const at = text.indexOf(`"${key}"`);
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

/** Intent: the policy, else defaults. The answer's own statements refine it later (firewall rules). */
export function resolveIntent(policy: PolicyFile, answerText: string): Intent {
  const ports = policy.ssh?.port === undefined ? [22] : Array.isArray(policy.ssh.port) ? policy.ssh.port : [policy.ssh.port];
  const services: ProtectedService[] = (policy.services ?? []).map((s) => ({
    name: s.name,
    port: s.port,
    proto: s.proto ?? 'tcp',
    allow: s.allow ?? [],
    origin: 'policy' as const,
  }));
  const ownLogin: string[] = [];
  for (const k of KNOWN_SERVICES) {
    if (!k.distinctivePort && !k.names.test(answerText)) continue;
    // A service that asks for credentials itself (Open WebUI, Jupyter by default; llama.cpp
    // with --api-key) is not unauthenticated unless the answer turns its login off.
    // A service the policy names stays protected: the loop below never replaces those.
    if (loginIsOn(k, answerText)) {
      ownLogin.push(k.name);
      continue;
    }
    for (const port of k.ports) {
      if (services.some((s) => s.port === port)) continue;
      services.push({ name: k.name, port, proto: 'tcp', allow: [], origin: 'default' });
    }
  }
  return {
    ssh: { ports, adminSources: policy.ssh?.from ?? ['0.0.0.0/0', '::/0'], fromPolicy: policy.ssh?.port !== undefined },
    services,
    ownLogin,
    trustedNetworks: policy.trustedNetworks ?? [],
    ruleOverrides: policy.rules ?? {},
  };
}
