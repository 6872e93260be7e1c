/**
 * Parser coverage on real files nobody on the team wrote (../shared/corpus/external):
 * the share of items the corpus marks `expect: valid` that our grammars parse with
 * no ERROR or MISSING node, per language and per source. Items are files, or lines
 * for line-granular files (lists of independent commands).
 *
 * The failures are written to corpus/parser-known-failures/<lang>.txt, committed,
 * so a grammar change that breaks (or fixes) a real file shows up as a diff.
 *
 *   npm run coverage:parsers              print figures, rewrite the known-failure lists
 *   npm run coverage:parsers -- --check   exit 1 below 99% or when failures differ from the lists
 *   ... -- --lang nginx                   one language only
 */
import * as fs from 'fs';
import * as path from 'path';
import { PACKAGE_ROOT, parseText, syntaxProblems } from '../parse';

export type CorpusLang = 'nginx' | 'iptables' | 'nftables' | 'ufw' | 'systemd';
export const CORPUS_LANGS: readonly CorpusLang[] = ['nginx', 'iptables', 'nftables', 'ufw', 'systemd'];

/** Dialects that share a corpus language but are not what our grammar parses. */
export const SKIPPED_DIALECTS: readonly string[] = ['ebtables', 'arptables', 'networkd', 'udev-link'];

/** The bar every grammar must clear on `expect: valid` items. */
export const REQUIRED_PERCENT = 99;

/** One row of the corpus's index.json (see its README.md). */
export interface CorpusEntry {
  path: string;
  lang: string;
  source: string;
  expect: 'valid' | 'invalid' | 'unknown';
  origin?: string;
  dialect?: string;
  granularity?: 'line';
  note?: string;
}

export interface Tally {
  /** Items (files or lines) expected valid. */
  expected: number;
  /** Of those, parsed with no ERROR/MISSING node. */
  clean: number;
}

export interface LangCoverage extends Tally {
  lang: CorpusLang;
  /** Whole files judged (file granularity) and lines judged (line granularity). */
  files: Tally;
  lines: Tally;
  bySource: Record<string, Tally>;
  /** `path` or `path:line` (1-based) of every expected-valid item that failed, sorted. */
  failures: string[];
  /** Files that were not UTF-8 and were read as latin1 (still counted). */
  latin1Files: number;
  /** Bytes parsed, for speed figures. */
  bytes: number;
  /** Set when the grammar could not be loaded at all. */
  unavailable?: string;
}

export function corpusDir(): string {
  return process.env.AIRLOCK_EXTERNAL_CORPUS ?? path.resolve(PACKAGE_ROOT, '..', 'shared', 'corpus', 'external');
}

export function knownFailuresFile(lang: CorpusLang): string {
  return path.join(PACKAGE_ROOT, 'corpus', 'parser-known-failures', `${lang}.txt`);
}

let indexCache: { dir: string; entries: CorpusEntry[] } | undefined;

export function corpusIndex(): CorpusEntry[] {
  const dir = corpusDir();
  if (indexCache?.dir !== dir) {
    const entries = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')) as CorpusEntry[];
    indexCache = { dir, entries };
  }
  return indexCache.entries;
}

/** The entries of one language our grammar is meant to parse (skipped dialects left out). */
export function corpusEntries(lang: CorpusLang): CorpusEntry[] {
  return corpusIndex().filter(
    (e) => e.lang === lang && !(e.dialect ?? '').split('+').some((d) => SKIPPED_DIALECTS.includes(d)),
  );
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A corpus file's text: UTF-8, or latin1 when it is not valid UTF-8 (some files are not, on purpose). */
export function readCorpusFile(entry: CorpusEntry): { text: string; latin1: boolean; bytes: number } {
  const buf = fs.readFileSync(path.join(corpusDir(), entry.path));
  try {
    return { text: utf8.decode(buf), latin1: false, bytes: buf.length };
  } catch {
    return { text: buf.toString('latin1'), latin1: true, bytes: buf.length };
  }
}

/** The units a file is judged by: the whole text, or each non-blank line of a line file. */
export function corpusUnits(entry: CorpusEntry, text: string): { id: string; text: string }[] {
  if (entry.granularity !== 'line') return [{ id: entry.path, text }];
  const out: { id: string; text: string }[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() !== '') out.push({ id: `${entry.path}:${i + 1}`, text: line });
  });
  return out;
}

export function parsesClean(lang: CorpusLang, text: string): boolean {
  return syntaxProblems(parseText(lang, text)).length === 0;
}

const tally = (): Tally => ({ expected: 0, clean: 0 });

/** Parses every expected-valid item of one language and counts the clean ones. */
export function coverage(lang: CorpusLang): LangCoverage {
  const result: LangCoverage = {
    lang, expected: 0, clean: 0, files: tally(), lines: tally(), bySource: {}, failures: [], latin1Files: 0, bytes: 0,
  };
  try {
    parseText(lang, '');
  } catch (e) {
    result.unavailable = (e as Error).message;
    return result;
  }
  for (const entry of corpusEntries(lang)) {
    if (entry.expect !== 'valid') continue;
    const { text, latin1, bytes } = readCorpusFile(entry);
    if (latin1) result.latin1Files++;
    result.bytes += bytes;
    const bySource = (result.bySource[entry.source] ??= tally());
    const kind = entry.granularity === 'line' ? result.lines : result.files;
    for (const unit of corpusUnits(entry, text)) {
      const ok = parsesClean(lang, unit.text);
      for (const t of [result, bySource, kind]) {
        t.expected++;
        if (ok) t.clean++;
      }
      if (!ok) result.failures.push(unit.id);
    }
  }
  result.failures.sort();
  return result;
}

export function percent(t: Tally): number {
  return t.expected === 0 ? 100 : (100 * t.clean) / t.expected;
}

export function readKnownFailures(lang: CorpusLang): string[] | undefined {
  const file = knownFailuresFile(lang);
  if (!fs.existsSync(file)) return undefined;
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
}

export function writeKnownFailures(lang: CorpusLang, failures: string[]): void {
  const file = knownFailuresFile(lang);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, failures.map((f) => f + '\n').join(''));
}

const fmt = (t: Tally): string => `${t.clean}/${t.expected} ${percent(t).toFixed(2)}%`;

export function formatCoverage(c: LangCoverage): string {
  if (c.unavailable) return `${c.lang}: grammar unavailable (${c.unavailable})\n`;
  const lines = [
    `${c.lang}: ${fmt(c)} clean` +
      (c.files.expected ? `  files ${fmt(c.files)}` : '') +
      (c.lines.expected ? `  lines ${fmt(c.lines)}` : '') +
      (c.latin1Files ? `  (${c.latin1Files} non-UTF-8 file(s) read as latin1)` : ''),
  ];
  for (const [source, t] of Object.entries(c.bySource).sort()) lines.push(`  ${source.padEnd(28)} ${fmt(t)}`);
  return lines.join('\n') + '\n';
}

/** Lines only in `a` and only in `b`. */
function difference(a: string[], b: string[]): { added: string[]; removed: string[] } {
  const sa = new Set(a);
  const sb = new Set(b);
  return { added: a.filter((x) => !sb.has(x)), removed: b.filter((x) => !sa.has(x)) };
}

/** The command line; returns the exit code. */
export function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s)): number {
  const check = argv.includes('--check');
  const li = argv.indexOf('--lang');
  const langs = li >= 0 ? (argv[li + 1] ?? '').split(',').filter(Boolean) as CorpusLang[] : [...CORPUS_LANGS];
  for (const l of langs) {
    if (!CORPUS_LANGS.includes(l)) {
      out(`unknown language: ${l} (one of ${CORPUS_LANGS.join(', ')})\n`);
      return 2;
    }
  }
  out(`external corpus: ${corpusDir()}\n`);
  let failed = false;
  for (const lang of langs) {
    const c = coverage(lang);
    out(formatCoverage(c));
    if (c.unavailable) {
      failed = true;
      continue;
    }
    if (percent(c) < REQUIRED_PERCENT) {
      out(`  below ${REQUIRED_PERCENT}%\n`);
      failed = true;
    }
    const known = readKnownFailures(lang) ?? [];
    const { added, removed } = difference(c.failures, known);
    if (check) {
      for (const f of added) out(`  new failure: ${f}\n`);
      for (const f of removed) out(`  now parses (remove from ${path.relative(PACKAGE_ROOT, knownFailuresFile(lang))}): ${f}\n`);
      if (added.length || removed.length) failed = true;
    } else {
      writeKnownFailures(lang, c.failures);
      if (added.length || removed.length) out(`  known failures: +${added.length} -${removed.length}\n`);
    }
  }
  return check && failed ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
