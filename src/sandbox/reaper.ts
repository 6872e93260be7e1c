import { spawn, type ChildProcess } from 'node:child_process';
import { hostname } from 'node:os';
import type Docker from 'dockerode';
import { docker, HOST_LABEL, PID_LABEL, RUN_LABEL } from './docker';

/**
 * A watchdog outside the Node process, like testcontainers' Ryuk but with no socket
 * mount: a detached child that holds a pipe from airlock. When the pipe closes —
 * airlock finished, crashed or was SIGKILLed — it removes every container and
 * network labelled with the run, through the Docker socket, and exits.
 */
const REAPER_JS = `
const http = require('http');
const id = process.argv[1];
const sock = process.env.AIRLOCK_DOCKER_SOCKET || '/var/run/docker.sock';
function req(method, path) {
  return new Promise((r) => {
    const q = http.request({ socketPath: sock, method, path }, (res) => { let b = ''; res.on('data', (d) => (b += d)); res.on('end', () => r(b)); });
    q.on('error', () => r('[]'));
    q.setTimeout(10000, () => { q.destroy(); r('[]'); });
    q.end();
  });
}
let reaping = false;
async function reap() {
  if (reaping) return; reaping = true;
  const f = encodeURIComponent(JSON.stringify({ label: ['${RUN_LABEL}=' + id] }));
  for (let attempt = 0; attempt < 5; attempt++) {
    let cs = []; try { cs = JSON.parse(await req('GET', '/containers/json?all=1&filters=' + f)); } catch {}
    await Promise.all(cs.map((c) => req('DELETE', '/containers/' + c.Id + '?force=1&v=1')));
    let ns = []; try { ns = JSON.parse(await req('GET', '/networks?filters=' + f)); } catch {}
    await Promise.all(ns.map((n) => req('DELETE', '/networks/' + n.Id)));
    if (cs.length === 0 && ns.length === 0) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  process.exit(0);
}
process.stdin.on('end', reap); process.stdin.on('close', reap); process.stdin.on('error', reap);
process.stdin.resume();
setTimeout(reap, Number(process.env.AIRLOCK_REAPER_TTL_MS || 900000)).unref();
`;

export interface Reaper {
  /** Tell the reaper the run is over: it sweeps what is left and exits. */
  release(): void;
}

export function startReaper(runId: string, ttlMs: number): Reaper {
  let child: ChildProcess | undefined;
  try {
    child = spawn(process.execPath, ['-e', REAPER_JS, runId], {
      detached: true,
      stdio: ['pipe', 'ignore', 'ignore'],
      env: { ...process.env, AIRLOCK_REAPER_TTL_MS: String(ttlMs) },
    });
    child.on('error', () => {});
    child.unref();
    (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
    child.stdin?.on('error', () => {});
  } catch {
    child = undefined;
  }
  return { release: () => child?.stdin?.end() };
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface SweepResult {
  containers: number;
  networks: number;
}

/**
 * Removes what earlier runs left: everything labelled airlock.run whose airlock
 * process (on this host) is gone, or everything with `all`.
 */
export async function sweep(all = false, d: Docker = docker()): Promise<SweepResult> {
  const filters = JSON.stringify({ label: [RUN_LABEL] });
  const stale = (labels: Record<string, string> | undefined) => {
    if (all) return true;
    const pid = Number(labels?.[PID_LABEL]);
    if (labels?.[HOST_LABEL] && labels[HOST_LABEL] !== hostname()) return false;
    return !pid || !pidAlive(pid);
  };
  const cs = (await d.listContainers({ all: true, filters })).filter((c) => stale(c.Labels));
  await Promise.all(cs.map((c) => d.getContainer(c.Id).remove({ force: true }).catch(() => {})));
  const ns = (await d.listNetworks({ filters })).filter((n) => stale(n.Labels));
  await Promise.all(ns.map((n) => d.getNetwork(n.Id).remove().catch(() => {})));
  return { containers: cs.length, networks: ns.length };
}
