/**
 * Errors the CLI turns into one line and an exit code, caught in exactly one
 * place (cli.ts). Anything else is a bug: one line too, the trace only with
 * AIRLOCK_DEBUG=1.
 */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Input we cannot read or use: `file:line: message`, exit 2. */
export class InputError extends Error {
  readonly exitCode = 2;
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    message: string,
  ) {
    super(line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`);
    this.name = 'InputError';
  }
}

/** --sandbox was asked for and cannot run (exit 3). */
export class SandboxUnavailable extends Error {
  readonly exitCode = 3;
  constructor(message: string) {
    super(message);
    this.name = 'SandboxUnavailable';
  }
}
