import { execFileSync } from 'node:child_process';

/**
 * Whether the sandbox tests can run. On CI (CI=true) a missing Docker is a
 * failure, not a skip: the sandbox is the product's reason to exist.
 */
export async function engineReady(): Promise<{ ok: boolean; reason?: string }> {
  try {
    const { connectDocker } = await import('../../src/sandbox/docker');
    await connectDocker(5000);
    const { buildSandboxImage } = await import('../../src/sandbox/image');
    await buildSandboxImage({ progress: () => {} });
    return { ok: true };
  } catch (e) {
    const reason = (e as Error).message;
    if (process.env.CI === 'true') throw new Error(`CI=true but the sandbox cannot run: ${reason}`);
    console.warn(`[sandbox tests skipped] ${reason} — start dockerd (see .ci/docker.sh) to run them`);
    return { ok: false, reason };
  }
}

/** The host's packet filter as text, read-only listings only (counters stripped). */
export function hostRuleset(): string {
  const run = (cmd: string, args: string[]) => {
    try {
      return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      return `<${cmd} unavailable>`;
    }
  };
  const ipt = run('iptables-save', []).split('\n').filter((l) => !l.startsWith('#')).map((l) => l.replace(/\[\d+:\d+\]/g, '')).join('\n');
  const ip6 = run('ip6tables-save', []).split('\n').filter((l) => !l.startsWith('#')).map((l) => l.replace(/\[\d+:\d+\]/g, '')).join('\n');
  const nft = run('nft', ['list', 'ruleset']).replace(/counter packets \d+ bytes \d+/g, 'counter');
  // Docker's own bookkeeping for a bridge network that exists (ours finishing removal, or another run's) is Docker's, not an answer's.
  const own = (t: string) => t.split('\n').filter((l) => !/\bbr-[0-9a-f]{12}\b/.test(l)).join('\n');
  return own(`${ipt}\n---\n${ip6}\n---\n${nft}`);
}

export function labelled(): { containers: string[]; networks: string[] } {
  const q = (args: string[]) => execFileSync('docker', args, { encoding: 'utf8' }).split('\n').filter(Boolean);
  return {
    containers: q(['ps', '-aq', '--filter', 'label=airlock.run']),
    networks: q(['network', 'ls', '-q', '--filter', 'label=airlock.run']),
  };
}
