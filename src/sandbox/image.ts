import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type Docker from 'dockerode';
import { docker } from './docker';
import { SandboxUnavailableError } from './types';

export const IMAGE_REPO = 'airlock-sandbox';
export const BASE_REPO = 'airlock-sandbox-base';

/** The sandbox/ folder shipped beside dist/ (and src/ when running from source). */
export function sandboxDir(): string {
  const dir = resolve(__dirname, '..', '..', 'sandbox');
  if (!existsSync(join(dir, 'Dockerfile'))) throw new SandboxUnavailableError(`sandbox/ folder not found at ${dir}`);
  return dir;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

function hashFiles(dir: string, files: string[]): string {
  const h = createHash('sha256');
  for (const f of files) {
    const p = join(dir, f);
    h.update(f).update('\0').update(String(statSync(p).mode & 0o111 ? 1 : 0)).update('\0').update(readFileSync(p)).update('\0');
  }
  return h.digest('hex').slice(0, 12);
}

/** The image tag: a hash of everything in sandbox/, so an edit there means a rebuild and nothing else does. */
export function imageTag(dir = sandboxDir()): string {
  return `${IMAGE_REPO}:${hashFiles(dir, filesUnder(dir))}`;
}

/** The offline base depends only on the package list and the script that bootstraps it. */
export function baseTag(dir = sandboxDir()): string {
  return `${BASE_REPO}:${hashFiles(dir, ['packages.txt', 'build-offline.sh'])}`;
}

export async function imageExists(tag: string, d: Docker = docker()): Promise<boolean> {
  try {
    await d.getImage(tag).inspect();
    return true;
  } catch {
    return false;
  }
}

export interface BuildOptions {
  progress?: (msg: string) => void;
  /** 'auto': pull debian:bookworm-slim if possible, else debootstrap. */
  mode?: 'auto' | 'online' | 'offline';
  force?: boolean;
}

export interface BuildResult {
  tag: string;
  built: boolean;
  via: 'cached' | 'online' | 'offline';
  seconds: number;
}

/** Builds (or finds) the sandbox image for the current sandbox/ folder. */
export async function buildSandboxImage(opts: BuildOptions = {}): Promise<BuildResult> {
  const t0 = Date.now();
  const d = docker();
  const dir = sandboxDir();
  const tag = imageTag(dir);
  const say = opts.progress ?? (() => {});
  if (!opts.force && (await imageExists(tag, d))) return { tag, built: false, via: 'cached', seconds: 0 };
  let base = 'debian:bookworm-slim';
  let via: BuildResult['via'] = 'online';
  const mode = opts.mode ?? 'auto';
  if (mode !== 'offline' && !(await imageExists(base, d))) {
    if (mode === 'online' || (await tryPull(d, base, say))) {
      // pulled (or the user insisted; docker build reports the failure)
    } else {
      via = 'offline';
    }
  }
  if (mode === 'offline') via = 'offline';
  if (via === 'offline') {
    base = baseTag(dir);
    if (opts.force || !(await imageExists(base, d))) {
      say(`no registry: bootstrapping ${base} from Debian packages (debootstrap, a few minutes)`);
      await run(join(dir, 'build-offline.sh'), [base], say);
    }
  }
  say(`building ${tag} from ${base}`);
  const stream = await d.buildImage({ context: dir, src: filesUnder(dir) }, { t: tag, buildargs: { BASE: base }, labels: { 'airlock.image': 'sandbox' }, rm: true, forcerm: true });
  await new Promise<void>((res, rej) =>
    d.modem.followProgress(
      stream,
      (err: Error | null, out: Array<{ error?: string }>) => {
        const failed = err ?? out.find((o) => o.error);
        if (failed) rej(new Error(`image build failed: ${(failed as { error?: string; message?: string }).error ?? (failed as Error).message}`));
        else res();
      },
      (ev: { stream?: string }) => ev.stream?.trim() && say(ev.stream.trim()),
    ),
  );
  return { tag, built: true, via, seconds: (Date.now() - t0) / 1000 };
}

async function tryPull(d: Docker, ref: string, say: (m: string) => void): Promise<boolean> {
  try {
    const stream = await Promise.race([
      d.pull(ref),
      new Promise<never>((_, rej) => setTimeout(() => rej(new Error('pull timed out')), 20000)),
    ]);
    await new Promise<void>((res, rej) => d.modem.followProgress(stream as NodeJS.ReadableStream, (e: Error | null) => (e ? rej(e) : res())));
    return true;
  } catch (e) {
    say(`cannot pull ${ref}: ${(e as Error).message.split('\n')[0]}`);
    return false;
  }
}

function run(cmd: string, args: string[], say: (m: string) => void): Promise<void> {
  return new Promise((res, rej) => {
    const p = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const onData = (b: Buffer) => {
      tail = (tail + b.toString()).slice(-2000);
      for (const l of b.toString().split('\n')) if (/^(I: (Retrieving|Validating|Base system)|debootstrap)/.test(l)) say(l);
    };
    p.stdout.on('data', onData);
    p.stderr.on('data', onData);
    p.on('error', rej);
    p.on('close', (code) => (code === 0 ? res() : rej(new SandboxUnavailableError(`offline image build failed (exit ${code}): ${tail.trim().split('\n').pop()}`))));
  });
}
