import { Writable, type Duplex } from 'node:stream';
import type Docker from 'dockerode';
import { docker } from './docker';

/** What the agent inside a container serves (sandbox/bin/airlock-agent). */
export type AgentOp = 'target.net' | 'target.baseline' | 'target.apply' | 'target.reset' | 'target.listeners' | 'probe.probe' | 'probe.reset';

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * airlock's end of a container's agent: JSON lines over the attached stdin/stdout.
 * One request costs a line each way instead of a `docker exec` (create, start,
 * attach, inspect, and a runc round trip). The stream is also the container's
 * lifeline: when it closes — airlock finished or died — the agent sees EOF and
 * the container stops.
 */
export class Agent {
  private next = 1;
  private pending = new Map<number, Pending>();
  private buf = '';
  private closed: Error | undefined;
  private readyWaiters: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];
  private isReady = false;
  /** The agent's stderr and any line that was not a reply: the tail, for error messages. */
  private noise = '';

  constructor(
    readonly name: string,
    readonly stream: Duplex,
  ) {
    const sink = (f: (s: string) => void) => new Writable({ write: (c, _e, cb) => (f((c as Buffer).toString('utf8')), cb()) });
    docker().modem.demuxStream(stream, sink((s) => this.onData(s)), sink((s) => (this.noise = (this.noise + s).slice(-2000))));
    const end = () => this.fail(new Error(`the agent in ${name} went away${this.noise ? `: ${this.noise.trim().split('\n').pop()}` : ''}`));
    stream.on('end', end);
    stream.on('close', end);
    stream.on('error', (e: Error) => this.fail(e));
    this.idle();
  }

  private onData(s: string): void {
    this.buf += s;
    for (let nl = this.buf.indexOf('\n'); nl >= 0; nl = this.buf.indexOf('\n')) {
      const line = this.buf.slice(0, nl);
      this.buf = this.buf.slice(nl + 1);
      let msg: { id?: number; ok?: boolean; value?: unknown; error?: string; ready?: boolean };
      try {
        msg = JSON.parse(line);
      } catch {
        this.noise = (this.noise + line + '\n').slice(-2000);
        continue;
      }
      if (msg.ready) {
        this.isReady = true;
        for (const w of this.readyWaiters.splice(0)) w.resolve();
        continue;
      }
      const p = msg.id !== undefined ? this.pending.get(msg.id) : undefined;
      if (!p) continue;
      this.pending.delete(msg.id!);
      clearTimeout(p.timer);
      if (msg.ok) p.resolve(msg.value);
      else p.reject(new Error(msg.error ?? 'agent error'));
      this.idle();
    }
  }

  private fail(e: Error): void {
    if (this.closed) return;
    this.closed = e;
    for (const w of this.readyWaiters.splice(0)) w.reject(e);
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(e);
      this.pending.delete(id);
    }
    this.idle();
  }

  /** The stream keeps airlock alive only while a request waits for its answer. */
  private idle(): void {
    const s = this.stream as unknown as { ref?: () => void; unref?: () => void };
    if (this.pending.size > 0 || this.readyWaiters.length > 0) s.ref?.();
    else s.unref?.();
  }

  /** Resolves once the agent has started (its first line); bounded like every wait. */
  ready(timeoutMs: number): Promise<void> {
    if (this.isReady) return Promise.resolve();
    if (this.closed) return Promise.reject(this.closed);
    return new Promise<void>((resolve, reject) => {
      const w = {
        resolve: () => (clearTimeout(t), resolve()),
        reject: (e: Error) => (clearTimeout(t), reject(e)),
      };
      const t = setTimeout(() => {
        this.readyWaiters = this.readyWaiters.filter((x) => x !== w);
        this.idle();
        reject(new Error(`the agent in ${this.name} did not start within ${timeoutMs} ms${this.noise ? `: ${this.noise.trim().split('\n').pop()}` : ''}`));
      }, timeoutMs);
      this.readyWaiters.push(w);
      this.idle();
    });
  }

  call<T>(op: AgentOp, spec: unknown, timeoutMs: number): Promise<T> {
    if (this.closed) return Promise.reject(this.closed);
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        this.idle();
        reject(new Error(`${op} in ${this.name} timed out (after ${timeoutMs} ms)`));
      }, timeoutMs);
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
      this.idle();
      this.stream.write(JSON.stringify({ id, op, spec }) + '\n');
    });
  }

  /** Closing our end stops the container (the agent exits on EOF). Idempotent. */
  close(): void {
    try {
      this.stream.end();
    } catch {
      // already gone
    }
    this.fail(new Error(`the agent in ${this.name} was closed`));
  }
}

/** Attaches to a created (not yet started) container, so no line of the agent's output is missed. */
export async function attachAgent(name: string, container: Docker.Container): Promise<Agent> {
  const stream = (await container.attach({ stream: true, stdin: true, stdout: true, stderr: true, hijack: true })) as unknown as Duplex;
  return new Agent(name, stream);
}
