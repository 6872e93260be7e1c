import type { RuleDef } from '../define';
import { sandboxExposure } from './sandbox-exposure';
import { sandboxLockout } from './sandbox-lockout';
import { sandboxStepFailed } from './sandbox-step-failed';
import { sandboxValidator } from './sandbox-validator';

/** The sandbox rules, sorted by id. They report from the sandbox run, never from check(). */
export const sandboxRules: RuleDef[] = [sandboxExposure, sandboxLockout, sandboxStepFailed, sandboxValidator];
