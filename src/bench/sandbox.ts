import { checkText } from '../check-text';
import type { StepLog } from '../sandbox/types';

const F = '```';
/** Answers of the shapes the sandbox sees most: a firewall, a unit override, a proxy. */
const ANSWERS = [
  `${F}bash\nsudo ufw allow OpenSSH\nsudo ufw allow from 192.168.1.0/24 to any port 11434 proto tcp\nsudo ufw enable\n${F}\n`,
  `${F}bash\nsudo mkdir -p /etc/systemd/system/ollama.service.d\nsudo tee /etc/systemd/system/ollama.service.d/override.conf <<'EOF'\n[Service]\nEnvironment="OLLAMA_HOST=0.0.0.0"\nEOF\nsudo systemctl daemon-reload\nsudo systemctl restart ollama\n${F}\n`,
  `${F}bash\nsudo iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT\nsudo iptables -A INPUT -p tcp --dport 22 -j ACCEPT\nsudo iptables -P INPUT DROP\n${F}\n`,
];

/**
 * Seconds per sandbox verdict with the image warm (the first run, which may build
 * or page the image in, is reported apart), the bulk rate over several answers,
 * and where the time goes, per phase.
 */
export async function benchSandbox(rounds = 2, print: (s: string) => void = (s) => process.stdout.write(s + '\n')): Promise<{ perVerdict: number; perMinute: number }> {
  const phases = new Map<string, number>();
  const time = async (text: string) => {
    const t0 = performance.now();
    const r = await checkText(text, { sandbox: true });
    for (const e of ((r.sandbox as { log?: StepLog[] })?.log ?? []).filter((l) => l.index === undefined)) phases.set(e.phase, (phases.get(e.phase) ?? 0) + e.ms);
    return (performance.now() - t0) / 1000;
  };
  const first = await time(ANSWERS[0]);
  phases.clear();
  const times: number[] = [];
  const t0 = performance.now();
  for (let k = 0; k < rounds; k++) for (const a of ANSWERS) times.push(await time(a));
  const total = (performance.now() - t0) / 1000;
  const perVerdict = times.reduce((a, b) => a + b, 0) / times.length;
  const perMinute = (times.length / total) * 60;
  print(`sandbox: first verdict ${first.toFixed(2)} s; warm ${perVerdict.toFixed(2)} s per verdict (min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)}) over ${times.length} answers; bulk ${perMinute.toFixed(1)} verdicts/min`);
  const sum = [...phases.values()].reduce((a, b) => a + b, 0);
  print(`sandbox: where the time goes: ${[...phases].map(([p, ms]) => `${p} ${(ms / times.length / 1000).toFixed(2)} s (${Math.round((100 * ms) / sum)}%)`).join(', ')}`);
  return { perVerdict, perMinute };
}

if (require.main === module) {
  benchSandbox(Number(process.argv[2] ?? 2)).catch((e) => {
    console.error(e.message);
    process.exitCode = 3;
  });
}
