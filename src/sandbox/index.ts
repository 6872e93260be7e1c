import { SandboxSession } from './session';
import type { RunOptions, SandboxInput } from './run';
import type { SandboxOptions, SandboxResult } from './types';

export * from './types';
export { sandboxBuild, sandboxClean, sandboxDoctor } from './commands';
export type { RunOptions, SandboxInput } from './run';
export { SandboxSession, withSandbox, type SessionOptions } from './session';
export { exec } from './docker';

/**
 * Applies the answer's Plan in disposable containers and probes who can reach
 * what, before and after. Findings point at the input's lines; the matrices and
 * their diff are the evidence. The result returns as soon as the probes are in:
 * removing the containers and networks is the watchdog's job, off the critical path.
 */
export async function runSandbox(input: SandboxInput, opts: SandboxOptions = {}, runOpts: RunOptions = {}): Promise<SandboxResult> {
  const session = await SandboxSession.open(opts);
  try {
    return await session.run(input, runOpts);
  } finally {
    session.detach();
  }
}
