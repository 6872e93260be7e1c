import Docker from 'dockerode';
import { SandboxUnavailableError } from './types';

/** Every object a run creates carries these labels; the sweeper and `sandbox clean` find them by RUN_LABEL. */
export const RUN_LABEL = 'airlock.run';
export const PID_LABEL = 'airlock.pid';
export const HOST_LABEL = 'airlock.host';

let client: Docker | undefined;

export function docker(): Docker {
  client ??= new Docker(process.env.DOCKER_HOST ? undefined : { socketPath: '/var/run/docker.sock' });
  return client;
}

/** Pings the engine; throws SandboxUnavailableError with a one-line reason. */
export async function connectDocker(timeoutMs = 3000): Promise<Docker> {
  const d = docker();
  try {
    await withTimeout(d.ping(), timeoutMs, 'Docker did not answer a ping');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const where = process.env.DOCKER_HOST ?? '/var/run/docker.sock';
    if (err.code === 'ENOENT') throw new SandboxUnavailableError(`Docker is not running: no socket at ${where}`, 'start dockerd (or run .ci/docker.sh)');
    if (err.code === 'EACCES') throw new SandboxUnavailableError(`no permission to use Docker at ${where}`, 'add yourself to the docker group');
    throw new SandboxUnavailableError(`Docker is unusable: ${err.message}`, 'check `docker info`');
  }
  return d;
}

export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let t: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(t)),
    new Promise<T>((_, reject) => {
      t = setTimeout(() => reject(new Error(`${what} (after ${ms} ms)`)), ms);
    }),
  ]);
}

export interface ExecResult {
  rc: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a command in a started container and collects its output; bounded by timeoutMs. */
export async function exec(container: Docker.Container, cmd: string[], timeoutMs: number): Promise<ExecResult> {
  const t0 = Date.now();
  const x = await container.exec({ Cmd: cmd, AttachStdout: true, AttachStderr: true });
  const stream = await x.start({ hijack: true, stdin: false });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const { Writable } = await import('node:stream');
  const sink = (into: Buffer[]) => new Writable({ write: (c, _e, cb) => (into.push(c as Buffer), cb()) });
  docker().modem.demuxStream(stream, sink(out), sink(err));
  await withTimeout(
    new Promise<void>((resolve) => {
      stream.on('end', resolve);
      stream.on('close', resolve);
      stream.on('error', () => resolve());
    }),
    timeoutMs,
    `exec ${cmd.slice(0, 2).join(' ')}`,
  ).catch((e) => {
    stream.destroy();
    throw e;
  });
  const info = await x.inspect();
  return { rc: info.ExitCode, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: Date.now() - t0 };
}

/** Runs a JSON-speaking helper in the container and parses its answer. */
export async function execJson<T>(container: Docker.Container, cmd: string[], timeoutMs: number): Promise<{ value: T; ms: number }> {
  const r = await exec(container, cmd, timeoutMs);
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return { value: JSON.parse(line) as T, ms: r.ms };
  } catch {
    throw new Error(`${cmd[0]} ${cmd[1] ?? ''} failed (rc ${r.rc}): ${(r.stderr || r.stdout).trim().slice(-400)}`);
  }
}
