/**
 * Parse speed per grammar over the external corpus (../shared/corpus/external):
 * every file of the language, whole, parsed repeatedly for about half a second.
 * Called by `npm run bench`; runnable on its own as `node dist/bench/parse.js`.
 */
import { parseText } from '../parse';
import { CORPUS_LANGS, corpusEntries, readCorpusFile, type CorpusLang } from '../tools/parser-coverage';

export interface ParseBench {
  lang: CorpusLang;
  files: number;
  /** UTF-8 bytes of one pass over the files. */
  bytes: number;
  passes: number;
  seconds: number;
  /** Megabytes (10^6 bytes) per second. */
  mbPerSecond: number;
}

const MIN_SECONDS = 0.5;
const MAX_PASSES = 50;

export function benchLang(lang: CorpusLang): ParseBench {
  const texts = corpusEntries(lang).map((e) => readCorpusFile(e).text);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  for (const t of texts) parseText(lang, t); // warm up: load the grammar, size the buffers
  let passes = 0;
  const t0 = process.hrtime.bigint();
  let seconds = 0;
  while (passes < MAX_PASSES && (passes < 1 || seconds < MIN_SECONDS)) {
    for (const t of texts) parseText(lang, t);
    passes++;
    seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  }
  return { lang, files: texts.length, bytes, passes, seconds, mbPerSecond: (bytes * passes) / 1e6 / seconds };
}

/** Measures every grammar and prints one line each; returns the figures. */
export function benchParse(out: (s: string) => void = (s) => process.stdout.write(s)): ParseBench[] {
  const results: ParseBench[] = [];
  out('parse speed on the external corpus (whole files, tree-sitter via node):\n');
  for (const lang of CORPUS_LANGS) {
    try {
      const r = benchLang(lang);
      results.push(r);
      out(
        `  ${lang.padEnd(9)} ${r.mbPerSecond.toFixed(2).padStart(7)} MB/s  ` +
          `${r.files} files, ${(r.bytes / 1024).toFixed(0)} KiB × ${r.passes} passes in ${r.seconds.toFixed(2)} s\n`,
      );
    } catch (e) {
      out(`  ${lang.padEnd(9)} unavailable: ${(e as Error).message}\n`);
    }
  }
  return results;
}

if (require.main === module) benchParse();
