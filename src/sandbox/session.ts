import type Docker from 'dockerode';
import { planAddresses, type AddressPlan } from './addresses';
import { compilePlan } from './compile';
import { connectDocker, withTimeout } from './docker';
import { imageExists, imageTag } from './image';
import { startReaper, sweep, type Reaper } from './reaper';
import { resettable } from './reuse';
import { baselineSpec, runIn, type RunOptions, type SandboxInput } from './run';
import { createTopology, destroyTopology, newRunId, replaceTarget, type Topology } from './topology';
import { SandboxUnavailableError, type SandboxOptions, type SandboxResult, type StepLog } from './types';

export interface SessionOptions extends SandboxOptions {
  /**
   * Many answers in one process (the bench, the differential test): keep the
   * networks and the prober between answers, and get the target ready for the
   * next answer in the background — reset in place when the answer touched only
   * the packet filter, else replaced by a fresh one.
   */
  keepWarm?: boolean;
}

/** Ready for the next answer: what the target already runs and what the prober already holds. */
interface Warm {
  /** JSON of the baseline the target runs after a reset; undefined: a fresh (or only sshd-started) target. */
  baseline?: string;
  proberNet: boolean;
}

/**
 * Sandbox runs sharing one run id (every container and network carries it), one
 * watchdog and, with keepWarm, one topology. Safety does not change with reuse:
 * the same labels, the same reaper, internal networks only; the target is reset
 * only when the reset provably restores what the answer changed.
 */
export class SandboxSession {
  readonly runId = newRunId();
  private topo: Topology | undefined;
  private key: string | undefined;
  private warm: Warm = { proberNet: false };
  private prep: Promise<void> | undefined;
  private readonly reaper: Reaper;
  private readonly ttlS: number;

  private constructor(
    private readonly d: Docker,
    private readonly image: string,
    private readonly opts: SessionOptions,
  ) {
    const timeoutMs = opts.timeoutMs ?? 120_000;
    // A warm session outlives one answer: the containers' own TTL and the watchdog's grow with it.
    this.ttlS = opts.keepWarm ? 3600 : Math.ceil(timeoutMs / 1000) + 30;
    this.reaper = startReaper(this.runId, this.ttlS * 1000 + 60_000);
  }

  static async open(opts: SessionOptions = {}): Promise<SandboxSession> {
    const d = await connectDocker();
    const image = imageTag();
    if (!(await imageExists(image, d))) throw new SandboxUnavailableError(`sandbox image ${image} is not built`, 'run `airlock sandbox build`');
    await sweep(false, d).catch(() => undefined);
    return new SandboxSession(d, image, opts);
  }

  async run(input: SandboxInput, runOpts: RunOptions = {}): Promise<SandboxResult> {
    const say = this.opts.progress ?? (() => {});
    const timeoutMs = this.opts.timeoutMs ?? 120_000;
    const log: StepLog[] = [];
    const timed = async <T>(phase: StepLog['phase'], what: string, f: () => Promise<T>): Promise<T> => {
      const t0 = Date.now();
      try {
        return await f();
      } finally {
        log.push({ phase, what, ms: Date.now() - t0 });
      }
    };
    try {
      return await withTimeout(this.runOnce(input, runOpts, log, timed, say, Date.now() + timeoutMs / 2), timeoutMs, 'sandbox run timed out');
    } catch (e) {
      // Whatever state a failed run left is not to be trusted by the next one.
      await this.drop();
      throw e;
    }
  }

  private async runOnce(input: SandboxInput, runOpts: RunOptions, log: StepLog[], timed: Parameters<typeof runIn>[4]['timed'], say: (m: string) => void, deadline: number): Promise<SandboxResult> {
    if (this.prep) {
      const t0 = Date.now();
      await this.prep.catch(() => this.drop());
      this.prep = undefined;
      log.push({ phase: 'topology', what: 'waited for the background reset', ms: Date.now() - t0 });
    }
    const addr: AddressPlan = runOpts.addresses ?? planAddresses(input.intent);
    const key = JSON.stringify(addr);
    if (this.topo && key !== this.key) await timed('cleanup', 'another address plan: previous topology removed', () => this.drop());
    const compiled = compilePlan(input.plan);
    const baseline = JSON.stringify(baselineSpec(input.intent, compiled, runOpts));
    if (!this.topo) {
      say(`sandbox ${this.runId}: starting target and prober`);
      this.topo = await timed('topology', `${addr.segments.length} networks and 2 containers`, () => createTopology(this.runId, this.image, this.ttlS, addr, this.d, deadline));
      this.key = key;
      this.warm = { proberNet: false };
    } else if (this.warm.baseline !== undefined && this.warm.baseline !== baseline) {
      // The reset target runs another answer's services: this one needs a fresh server.
      await timed('topology', 'fresh target (another baseline)', () => replaceTarget(this.topo!, this.image, this.ttlS, addr, this.d));
      this.warm.baseline = undefined;
    }
    const topo = this.topo;
    const result = await runIn(topo, addr, input, compiled, { log, timed, say, opts: runOpts, baselineRunning: this.warm.baseline === baseline, proberNetDone: this.warm.proberNet });
    this.warm.proberNet = true;
    if (this.opts.keepWarm) {
      const reset = resettable(compiled);
      this.warm.baseline = undefined;
      this.prep = (async () => {
        await topo.prober.agent.call('probe.reset', {}, 15_000);
        if (reset) {
          const r = await topo.target.agent.call<{ clean: boolean }>('target.reset', {}, 30_000);
          if (r.clean) {
            this.warm.baseline = baseline;
            return;
          }
        }
        await replaceTarget(topo, this.image, this.ttlS, addr, this.d);
        // Every baseline starts sshd: start it now, while the caller reads the result.
        await topo.target.agent.call('target.baseline', { units: ['ssh'], standins: [], listen: [] }, 30_000);
      })();
      this.prep.catch(() => undefined);
    }
    return result;
  }

  /**
   * The next run gets a target created from the image, not one reset in place:
   * for a second look at a result that may owe something to state a reset keeps
   * (conntrack entries, neighbour caches).
   */
  async freshTarget(): Promise<void> {
    if (this.prep) {
      await this.prep.catch(() => this.drop());
      this.prep = undefined;
    }
    if (!this.topo || !this.key) return;
    const addr = JSON.parse(this.key) as AddressPlan;
    await replaceTarget(this.topo, this.image, this.ttlS, addr, this.d);
    this.warm.baseline = undefined;
  }

  /** Removes the current topology now (and waits for it). */
  private async drop(): Promise<void> {
    const t = this.topo;
    this.topo = undefined;
    this.key = undefined;
    this.warm = { proberNet: false };
    if (t) await destroyTopology(t);
  }

  /** Removes everything the session made and stops its watchdog. */
  async close(): Promise<void> {
    await this.prep?.catch(() => undefined);
    await this.drop();
    this.reaper.release();
  }

  /**
   * For a one-shot run: return at once and leave the removal to the watchdog, a
   * process of its own that removes every container and network labelled with
   * the run. Closing the agents stops the containers right away.
   */
  detach(): void {
    if (this.topo) for (const c of [this.topo.target, this.topo.prober]) c.agent.close();
    this.topo = undefined;
    this.reaper.release();
  }
}

/** A session for many answers, closed (everything removed) however `fn` ends. */
export async function withSandbox<T>(opts: SessionOptions, fn: (s: SandboxSession) => Promise<T>): Promise<T> {
  const s = await SandboxSession.open(opts);
  try {
    return await fn(s);
  } finally {
    await s.close();
  }
}
