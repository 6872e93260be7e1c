import type { Command } from 'commander';
import { connectDocker, docker } from './docker';
import { baseTag, buildSandboxImage, imageExists, imageTag, type BuildOptions, type BuildResult } from './image';
import { sweep, type SweepResult } from './reaper';
import { createTopology, destroyTopology, newRunId } from './topology';
import { planAddresses } from './addresses';
import { exec } from './docker';
import { SandboxUnavailableError } from './types';

/** `airlock sandbox build`: builds the image for the current sandbox/ folder, offline when no registry answers. */
export async function sandboxBuild(opts: BuildOptions = {}): Promise<BuildResult> {
  await connectDocker();
  return buildSandboxImage(opts);
}

export interface DoctorCheck {
  name: string;
  ok: boolean;
  detail: string;
  /** What to do when it fails. */
  hint?: string;
}

/** `airlock sandbox doctor`: each thing the sandbox needs, checked for real, with a fix hint. */
export async function sandboxDoctor(): Promise<DoctorCheck[]> {
  const checks: DoctorCheck[] = [];
  try {
    await connectDocker();
    const v = await docker().version();
    checks.push({ name: 'docker', ok: true, detail: `engine ${v.Version} reachable` });
  } catch (e) {
    const err = e as SandboxUnavailableError;
    checks.push({ name: 'docker', ok: false, detail: err.message, hint: err.hint ?? 'install docker.io and start dockerd' });
    return checks;
  }
  const tag = imageTag();
  const have = await imageExists(tag);
  checks.push({ name: 'image', ok: have, detail: have ? `${tag} present` : `${tag} missing (base ${baseTag()})`, ...(have ? {} : { hint: 'run `airlock sandbox build` (offline: needs debootstrap and a Debian mirror)' }) });
  if (!have) return checks;
  const runId = newRunId();
  const t0 = Date.now();
  try {
    const plan = planAddresses({ ssh: { ports: [22], adminSources: ['0.0.0.0/0'], fromPolicy: false }, services: [], trustedNetworks: [], ruleOverrides: {} });
    const topo = await createTopology(runId, tag, 60, plan);
    try {
      checks.push({ name: 'internal networks', ok: true, detail: `${topo.networks.length} --internal networks with IPv6 created (${topo.v6.lan}, ${topo.v6.wan})` });
      const nft = await exec(topo.target.container, ['sh', '-c', 'nft add table inet airlock_doctor && nft list tables && iptables -S >/dev/null && echo ok'], 10_000);
      checks.push({ name: 'NET_ADMIN', ok: nft.rc === 0, detail: nft.rc === 0 ? 'nftables and iptables work inside the target' : (nft.stderr || nft.stdout).trim(), ...(nft.rc === 0 ? {} : { hint: 'the kernel needs nf_tables; containers need CAP_NET_ADMIN' }) });
      const ping = await exec(topo.prober.container, ['sh', '-c', `nc -z -w 1 ${plan.segments[0].target} 1 ; nc -z -w 1 -6 ${topo.target.ip6.wan} 1; echo done`], 10_000);
      checks.push({ name: 'probing', ok: ping.rc === 0, detail: `prober reaches the target on both families (${Date.now() - t0} ms for the whole topology)` });
    } finally {
      await destroyTopology(topo);
    }
  } catch (e) {
    checks.push({ name: 'topology', ok: false, detail: (e as Error).message.split('\n')[0], hint: 'check that dockerd supports --internal networks with IPv6 and that containers can start' });
  }
  return checks;
}

/** `airlock sandbox clean`: removes containers and networks airlock runs left behind. */
export async function sandboxClean(all = true): Promise<SweepResult> {
  await connectDocker();
  return sweep(all);
}

/** Adds `airlock sandbox build|doctor|clean`. Errors go up to the CLI's single handler (SandboxUnavailableError → exit 3). */
export function registerSandboxCommands(program: Command): void {
  const sb = program.command('sandbox').description('manage the Docker sandbox used by `check --sandbox`');
  sb.command('build')
    .description('build or refresh the sandbox image (offline from Debian packages when no registry is reachable)')
    .option('--offline', 'skip the registry; debootstrap the base image')
    .option('--force', 'rebuild even if the image for this sandbox/ exists')
    .action(async (o: { offline?: boolean; force?: boolean }) => {
      const r = await sandboxBuild({ mode: o.offline ? 'offline' : 'auto', force: o.force, progress: (m) => process.stderr.write(m + '\n') });
      process.stdout.write(r.built ? `built ${r.tag} (${r.via}) in ${r.seconds.toFixed(1)} s\n` : `${r.tag} is up to date\n`);
    });
  sb.command('doctor')
    .description('check Docker, the image, NET_ADMIN containers and internal networks')
    .action(async () => {
      const checks = await sandboxDoctor();
      for (const c of checks) process.stdout.write(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}${c.ok || !c.hint ? '' : `\n     fix: ${c.hint}`}\n`);
      if (checks.some((c) => !c.ok)) {
        const first = checks.find((c) => !c.ok)!;
        if (first.name === 'docker') throw new SandboxUnavailableError(first.detail, first.hint);
        process.exitCode = 1;
      }
    });
  sb.command('clean')
    .description('remove every container and network a sandbox run left behind')
    .option('--stale', 'only what belongs to airlock processes that are gone')
    .action(async (o: { stale?: boolean }) => {
      const r = await sandboxClean(!o.stale);
      process.stdout.write(`removed ${r.containers} container(s) and ${r.networks} network(s)\n`);
    });
}
