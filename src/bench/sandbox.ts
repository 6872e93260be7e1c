import { loadavg } from 'node:os';
import { checkText } from '../check-text';
import type { StepLog } from '../sandbox/types';

const F = '```';
/** Answers of the shapes the sandbox sees most: a firewall, a unit override, a proxy. */
const ANSWERS = [
  `${F}bash\nsudo ufw allow OpenSSH\nsudo ufw allow from 192.168.1.0/24 to any port 11434 proto tcp\nsudo ufw enable\n${F}\n`,
  `${F}bash\nsudo mkdir -p /etc/systemd/system/ollama.service.d\nsudo tee /etc/systemd/system/ollama.service.d/override.conf <<'EOF'\n[Service]\nEnvironment="OLLAMA_HOST=0.0.0.0"\nEOF\nsudo systemctl daemon-reload\nsudo systemctl restart ollama\n${F}\n`,
  `${F}bash\nsudo iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT\nsudo iptables -A INPUT -p tcp --dport 22 -j ACCEPT\nsudo iptables -P INPUT DROP\n${F}\n`,
];

export interface SandboxBench {
  /** One `check --sandbox` as a user runs it: fresh topology, removal left to the watchdog. */
  oneShot: number;
  /** Seconds per verdict in a warm session (static pipeline + sandbox), averaged. */
  perVerdict: number;
  /** Verdicts per minute over the whole warm loop, background resets included. */
  perMinute: number;
  phases: Record<string, number>;
  load: number;
}

/**
 * Seconds per sandbox verdict with the image warm: one one-shot run as the CLI
 * does it, then the warm rate — many answers through one session, which keeps
 * the topology and resets or replaces the target between answers in the
 * background — and where the time goes, per phase. The load average is printed
 * with the figures: on 2 shared cores it moves them more than any change here.
 */
export async function benchSandbox(rounds = 2, print: (s: string) => void = (s) => process.stdout.write(s + '\n')): Promise<SandboxBench> {
  const { runSandbox, withSandbox } = await import('../sandbox/index');
  const load0 = loadavg()[0];
  const static0 = await checkText(ANSWERS[0]);
  let t0 = performance.now();
  await runSandbox({ plan: static0.plan, docs: static0.docs, intent: static0.intent });
  const oneShot = (performance.now() - t0) / 1000;

  const phases = new Map<string, number>();
  const times: number[] = [];
  let total = 0;
  await withSandbox({ keepWarm: true }, async (s) => {
    const verdict = async (text: string) => {
      const t = performance.now();
      const r = await checkText(text);
      const res = await s.run({ plan: r.plan, docs: r.docs, intent: r.intent });
      for (const e of res.log.filter((l: StepLog) => l.index === undefined && l.ms > 0)) phases.set(e.phase, (phases.get(e.phase) ?? 0) + e.ms);
      return (performance.now() - t) / 1000;
    };
    await verdict(ANSWERS[0]); // the session's own topology: not a warm verdict
    phases.clear();
    t0 = performance.now();
    for (let k = 0; k < rounds; k++) for (const a of ANSWERS) times.push(await verdict(a));
    total = (performance.now() - t0) / 1000;
  });
  const perVerdict = times.reduce((a, b) => a + b, 0) / times.length;
  const perMinute = (times.length / total) * 60;
  const load = (load0 + loadavg()[0]) / 2;
  print(`sandbox (load average ${load.toFixed(1)} on ${require('node:os').cpus().length} cores): one-shot check --sandbox ${oneShot.toFixed(2)} s`);
  print(`sandbox: warm ${perVerdict.toFixed(2)} s per verdict (min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)}) over ${times.length} answers; bulk ${perMinute.toFixed(1)} verdicts/min`);
  const sum = [...phases.values()].reduce((a, b) => a + b, 0);
  print(`sandbox: where the warm time goes: ${[...phases].map(([p, ms]) => `${p} ${(ms / times.length / 1000).toFixed(2)} s (${Math.round((100 * ms) / sum)}%)`).join(', ')}`);
  return { oneShot, perVerdict, perMinute, phases: Object.fromEntries([...phases].map(([p, ms]) => [p, ms / times.length / 1000])), load };
}

if (require.main === module) {
  benchSandbox(Number(process.argv[2] ?? 2)).catch((e) => {
    console.error(e.message);
    process.exitCode = 3;
  });
}
