import { spawnSync } from 'child_process';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..');
export const CLI = path.join(ROOT, 'bin', 'airlock.js');

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, with optional standard input. */
export function airlock(args: string[], opts: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...opts.env },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
