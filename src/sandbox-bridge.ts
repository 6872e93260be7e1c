import { SandboxUnavailable } from './core/errors';
import type { Document } from './core/document';
import type { Finding } from './core/findings';
import type { Plan } from './plan/types';
import type { Intent } from './policy/types';

/**
 * The pipeline's one door into the sandbox: loaded only with --sandbox so the
 * static check never loads dockerode. Docker missing or unusable → exit 3.
 */
export async function runSandboxForCheck(
  input: { plan: Plan; docs: Document[]; intent: Intent },
  progress?: (msg: string) => void,
): Promise<{ findings: Finding[]; summary: unknown }> {
  let mod: typeof import('./sandbox/index');
  try {
    mod = await import('./sandbox/index');
  } catch (e) {
    throw new SandboxUnavailable(`the sandbox is not available in this build (${(e as Error).message.split('\n')[0]})`);
  }
  const res = await mod.runSandbox(input, { progress });
  const { findings, ...summary } = res;
  return { findings, summary };
}
