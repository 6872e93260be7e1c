/**
 * Robustness of every grammar: random bytes and mutated real files (the
 * external corpus) must parse without a crash or a hang, and parse time must
 * grow about linearly with input size. 10,000+ generated cases in all.
 *
 * Timing checks are deliberately loose (a factor, never an absolute budget
 * beyond "not a hang"): the machine is shared.
 */
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSource, wholeDocument } from '../../src/core/document';
import { describeNginxSyntaxError, nginxModel } from '../../src/model/nginx';
import { languageOf, parseText, syntaxProblems, type GrammarLang} from '../../src/parse';
import Parser = require('tree-sitter');
import { corpusDir, corpusEntries, readCorpusFile, type CorpusLang } from '../../src/tools/parser-coverage';

const LANGS: CorpusLang[] = ['nginx', 'iptables', 'nftables', 'ufw', 'systemd'];
const RANDOM_RUNS = 1000;
const MUTATION_RUNS = 1000;
/** A single parse slower than this is treated as a hang. */
const HANG_MS = 2000;

const haveCorpus = fs.existsSync(path.join(corpusDir(), 'index.json'));

/** Up to 80 corpus texts per language (small files only, so a run stays fast), plus a built-in seed. */
function seeds(lang: CorpusLang): string[] {
  const builtin: Record<CorpusLang, string> = {
    nginx: 'http {\n  server {\n    listen 80;\n    location ~ "^/a{2}" { proxy_pass http://127.0.0.1:11434; }\n  }\n}\n',
    iptables: '*filter\n:INPUT DROP [0:0]\n-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT\nCOMMIT\n',
    nftables: 'table inet filter {\n  chain input {\n    type filter hook input priority 0; policy drop;\n    tcp dport 22 accept\n  }\n}\n',
    ufw: 'ufw allow from 192.168.1.0/24 to any port 11434 proto tcp\n',
    systemd: '[Service]\nEnvironment="OLLAMA_HOST=0.0.0.0:11434"\nExecStart=\nExecStart=/usr/bin/ollama serve \\\n  --flag\n',
  };
  const out = [builtin[lang]];
  if (!haveCorpus) return out;
  const entries = corpusEntries(lang);
  const step = Math.max(1, Math.floor(entries.length / 80));
  for (let i = 0; i < entries.length && out.length < 81; i += step) {
    const { text } = readCorpusFile(entries[i]);
    if (text.length <= 16 * 1024) out.push(text);
  }
  return out;
}

/** Characters that matter to some grammar: brackets, quotes, separators, escapes. */
const SPECIAL = ['{', '}', '"', "'", ';', '#', '\\', '$', '\n', '\r', '\t', ' ', '=', '[', ']', '(', ')', '-', '--', ':', ',', '\0', 'é', '\u{1F600}'];

type Mutation =
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate'; at: number; len: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'swapLines'; a: number; b: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ maxLength: 8 })),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
);

function mutate(text: string, m: Mutation): string {
  const at = text.length ? m.kind === 'swapLines' ? 0 : m.at % (text.length + 1) : 0;
  switch (m.kind) {
    case 'delete': return text.slice(0, at) + text.slice(at + m.len);
    case 'insert': return text.slice(0, at) + m.text + text.slice(at);
    case 'duplicate': return text.slice(0, at + m.len) + text.slice(at, at + m.len) + text.slice(at + m.len);
    case 'truncate': return text.slice(0, at);
    case 'swapLines': {
      const lines = text.split('\n');
      const a = m.a % lines.length;
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    }
  }
}

/** Parses, checks the tree is sane, and for nginx also builds the model and describes every problem. */
function parseChecked(lang: GrammarLang, text: string): void {
  const t0 = performance.now();
  const tree = parseText(lang, text);
  const ms = performance.now() - t0;
  expect(ms, `parse took ${ms.toFixed(0)} ms`).toBeLessThan(HANG_MS);
  expect(tree.rootNode.startIndex).toBeLessThanOrEqual(tree.rootNode.endIndex);
  expect(tree.rootNode.endIndex).toBeLessThanOrEqual(Buffer.byteLength(text, 'utf8') + 4);
  const problems = syntaxProblems(tree);
  if (lang === 'nginx') {
    const doc = wholeDocument(makeSource('fuzz.conf', text), 'nginx', 'fuzz', 0);
    const config = nginxModel(doc);
    const rows = text.split('\n').length;
    for (const p of config.problems) {
      const d = describeNginxSyntaxError(p, doc);
      expect(d.message.length).toBeGreaterThan(0);
      expect(d.span.start.row).toBeLessThan(rows);
    }
    expect(config.problems.length).toBe(problems.length);
  }
}

describe('grammar fuzzing', () => {
  for (const lang of LANGS) {
    it(`${lang}: random bytes never crash or hang`, () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 600 }), fc.boolean(), (bytes, asLatin1) => {
          const buf = Buffer.from(bytes);
          parseChecked(lang, asLatin1 ? buf.toString('latin1') : buf.toString('utf8'));
        }),
        { numRuns: RANDOM_RUNS, seed: 42 },
      );
    });

    it(`${lang}: mutated real files never crash or hang`, () => {
      const texts = seeds(lang);
      fc.assert(
        fc.property(fc.nat(), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (pick, mutations) => {
          let text = texts[pick % texts.length];
          for (const m of mutations) text = mutate(text, m);
          parseChecked(lang, text);
        }),
        { numRuns: MUTATION_RUNS, seed: 7 },
      );
    });
  }
});

/** A parser of our own whose parses give up after `limitMs` (a hang must fail the test, not stall it). */
function timedParser(lang: GrammarLang): (text: string, limitMs: number) => { ms: number; cancelled: boolean } {
  const parser = new Parser();
  parser.setLanguage(languageOf(lang) as Parser.Language);
  return (text, limitMs) => {
    const t0 = performance.now();
    let cancelled = false;
    parser.parse(text, undefined, {
      bufferSize: text.length + 1,
      progressCallback: () => (cancelled = performance.now() - t0 > limitMs),
    });
    return { ms: performance.now() - t0, cancelled };
  };
}

/** `text` repeated to about `size` characters. */
function grow(text: string, size: number): string {
  return text.repeat(Math.max(1, Math.ceil(size / Math.max(1, text.length)))).slice(0, size);
}

describe('parse time grows linearly', () => {
  // Real text and pathological text: deep nesting, unclosed quotes, runs of one
  // special character, old Mac (CR-only) and Windows line ends.
  const shapes = (lang: CorpusLang): [string, string][] => [
    ['real', seeds(lang).join('\n')],
    ['open braces', '{'],
    ['close braces', '}'],
    ['nested blocks', 'a {'],
    ['quotes', '"\'x'],
    ['backslashes', '\\'],
    ['continuations', 'a=b \\\n'],
    ['semicolons', ';'],
    ['CR line ends', 'a=b\r'],
    ['CRLF line ends', 'a b;\r\n'],
    ['random specials', SPECIAL.join('')],
  ];
  for (const lang of LANGS) {
    it(`${lang}: 8x the input takes well under 64x the time`, () => {
      const parse = timedParser(lang);
      const slow: string[] = [];
      // One size step, 8 KiB → 64 KiB; a flagged shape is measured again before it counts.
      const size = 8 * 1024;
      const attempt = (small: string, large: string): string | undefined => {
        parse(small, HANG_MS); // warm up
        const ts = Math.min(parse(small, HANG_MS).ms, parse(small, HANG_MS).ms);
        // Linear is 8x; allow for noise on a shared machine, catch quadratic (64x).
        const limit = Math.min(Math.max(32 * ts, 500), 3000);
        const tl = parse(large, limit);
        if (!tl.cancelled && tl.ms <= limit) return undefined;
        return `${ts.toFixed(1)} ms → ${tl.cancelled ? `> ${limit.toFixed(0)} ms (gave up)` : `${tl.ms.toFixed(1)} ms`}`;
      };
      for (const [shape, base] of shapes(lang)) {
        const small = grow(base, size);
        const large = grow(base, size * 8);
        const first = attempt(small, large);
        const again = first && attempt(small, large);
        if (first && again) slow.push(`${shape} ${size}→${size * 8} chars: ${first}; again ${again}`);
      }
      expect(slow, `${lang}: superlinear parse time`).toEqual([]);
    }, 60_000);
  }
});
