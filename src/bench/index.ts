/**
 * npm run bench: speed and memory, printed as numbers with the input size.
 * Nothing here asserts a time; the figures go into notes and the README.
 *  1. cold start of `airlock check` on a small file, next to `node -e 0`;
 *  2. throughput of the whole static pipeline over the external corpus;
 *  3. parse speed per grammar;
 *  4. with --sandbox (or AIRLOCK_BENCH_SANDBOX=1): seconds per sandbox verdict.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { check } from '../check';
import type { Lang } from '../core/document';
import { PACKAGE_ROOT } from '../parse/index';
import { CORPUS_LANGS, corpusEntries, readCorpusFile } from '../tools/parser-coverage';
import { benchParse } from './parse';

const out = (s: string): void => {
  process.stdout.write(s);
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeRun(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

function coldStart(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'airlock-bench-'));
  const file = path.join(dir, 'nginx.conf');
  const text = 'events {}\nhttp {\n  server {\n    listen 127.0.0.1:8080;\n    location / { proxy_pass http://127.0.0.1:11434; }\n  }\n}\n';
  fs.writeFileSync(file, text);
  const runs = 9;
  const node = timeRun(['-e', '0'], runs);
  const airlock = timeRun([path.join(PACKAGE_ROOT, 'bin', 'airlock.js'), 'check', '--quiet', file], runs);
  fs.rmSync(dir, { recursive: true, force: true });
  out(`cold start (median of ${runs}, ${text.length}-byte nginx.conf):\n`);
  out(`  airlock check ${airlock.toFixed(0)} ms, node -e 0 ${node.toFixed(0)} ms, ratio ${(airlock / node).toFixed(1)}×\n`);
}

async function throughput(): Promise<void> {
  out('static pipeline over the external corpus (check() per file, every rule):\n');
  let totalBytes = 0;
  let totalFiles = 0;
  let totalSeconds = 0;
  for (const lang of CORPUS_LANGS) {
    const entries = corpusEntries(lang);
    const texts = entries.map((e) => readCorpusFile(e).text);
    const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    let findings = 0;
    let refused = 0;
    const t0 = process.hrtime.bigint();
    for (const t of texts) {
      try {
        const r = await check(['-'], { lang: lang as Lang, stdin: () => Buffer.from(t), policyObject: {} });
        findings += r.findings.length;
      } catch {
        refused++; // fuzz seeds with NUL bytes: refused as a user would see, with exit 2
      }
    }
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    totalBytes += bytes;
    totalFiles += texts.length;
    totalSeconds += s;
    out(`  ${lang.padEnd(9)} ${(bytes / 1e6 / s).toFixed(2).padStart(6)} MB/s ${(texts.length / s).toFixed(0).padStart(5)} snippets/s  (${texts.length} files, ${(bytes / 1024).toFixed(0)} KiB, ${findings} findings${refused ? `, ${refused} refused as binary` : ''}, ${s.toFixed(2)} s)\n`);
  }
  out(`  all       ${(totalBytes / 1e6 / totalSeconds).toFixed(2).padStart(6)} MB/s ${(totalFiles / totalSeconds).toFixed(0).padStart(5)} snippets/s  (${totalFiles} files, ${(totalBytes / 1024).toFixed(0)} KiB)\n`);
  out(`  peak RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB, heap used ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MiB\n`);
}

async function main(): Promise<void> {
  out(`airlock bench on ${os.cpus().length} cores, node ${process.version}\n\n`);
  coldStart();
  out('\n');
  await throughput();
  out('\n');
  benchParse(out);
  if (process.argv.includes('--sandbox') || process.env.AIRLOCK_BENCH_SANDBOX === '1') {
    out('\n');
    const { benchSandbox } = await import('./sandbox');
    await benchSandbox(3, (s) => out(`${s}\n`));
  } else {
    out('\n(sandbox: npm run bench -- --sandbox, needs Docker and the image)\n');
  }
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
