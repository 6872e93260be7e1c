import * as fs from 'fs';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import Parser = require('tree-sitter');
import { makeSource, wholeDocument, type Document } from '../../src/core/document';
import {
  describeSystemdSyntaxError, entriesOf, get, joinValue, parseEnvironment, splitExecLine, systemdModel, type UnitFile,
} from '../../src/model/systemd';
import {
  SYSTEMD_VERSION, didYouMean, keysOf, lookupKey, lookupSection, sectionsFor, unknownKeyMessage,
} from '../../src/knowledge/systemd-directives';
import { parseText, syntaxProblems } from '../../src/parse';
import { corpusDir, corpusEntries, coverage, readCorpusFile, REQUIRED_PERCENT } from '../../src/tools/parser-coverage';

const ROOT = path.join(__dirname, '..', '..');
const language = require(path.join(ROOT, 'grammars', 'systemd'));
const haveCorpus = fs.existsSync(path.join(corpusDir(), 'index.json'));

function parse(text: string): Parser.Tree {
  const p = new Parser();
  p.setLanguage(language);
  return p.parse(text);
}

function problems(text: string): Array<{ kind: string; row: number }> {
  const out: Array<{ kind: string; row: number }> = [];
  const walk = (n: Parser.SyntaxNode): void => {
    if (n.isMissing) out.push({ kind: `missing ${n.type}`, row: n.startPosition.row });
    else if (n.type === 'ERROR') out.push({ kind: 'error', row: n.startPosition.row });
    else if (n.hasError) n.children.forEach(walk);
  };
  walk(parse(text).rootNode);
  return out;
}

function doc(text: string, docPath?: string): Document {
  const d = wholeDocument(makeSource(docPath ?? 'unit', text), 'systemd', docPath ?? 'unit', 0);
  return docPath ? { ...d, path: docPath } : d;
}

const model = (text: string, docPath?: string): UnitFile => systemdModel(doc(text, docPath));

describe('systemd grammar', () => {
  it('loads through require(<repo>/grammars/systemd) for tree-sitter 0.25', () => {
    const tree = parse('[Unit]\nDescription=x\n');
    expect(tree.rootNode.type).toBe('source_file');
    expect(tree.rootNode.hasError).toBe(false);
    const entry = tree.rootNode.descendantsOfType('entry')[0];
    expect(entry.childForFieldName('key')?.text).toBe('Description');
    expect(entry.childForFieldName('value')?.text).toBe('x');
    expect(tree.rootNode.descendantsOfType('section_header')[0].childForFieldName('name')?.text).toBe('Unit');
  });

  it.each([
    ['whitespace around =', '[Service]\nUser = ollama\n'],
    ['an empty assignment', '[Service]\nExecStart=\nExecStart=/usr/bin/ollama serve\n'],
    ['specifiers', '[Service]\nExecStart=/bin/echo %n %i %%\n'],
    ['; and # comments', '; one\n# two\n[Unit]\n  # indented\nDescription=x\n'],
    ['a continuation with interleaved comments', '[Service]\nExecStart=/bin/a \\\n  # skipped\n  ; skipped\n  -b\n'],
    ['a value starting on the continued line', '[Service]\nExecStart=\\\n  /bin/a\n'],
    ['a fragment without a header', 'Environment="OLLAMA_HOST=0.0.0.0"\n'],
    ['no final newline', '[Unit]\nDescription=x'],
    ['CRLF lines', '[Unit]\r\nDescription=x\r\n'],
    ['a # inside a value', '[Service]\nEnvironment=A=1 # not a comment\n'],
    ['a byte-order mark', '\uFEFF[Unit]\nDescription=x\n'],
    ['CR-only lines (old Mac files; read_line() ends a line at a lone \\r)', '[Unit]\rDescription=x\rAfter=y\r'],
    ['LF-CR lines', '[Unit]\n\rDescription=x\n\r'],
    ['a continuation over a CR line end', '[Service]\rExecStart=/bin/a \\\r  -b\r'],
    ['a value that is only [', '[Service]\nEnvironment=A=[\n'],
    ['an empty file', ''],
  ])('parses %s cleanly', (_name, text) => {
    expect(problems(text)).toEqual([]);
  });

  it.each([
    ['a line without =', '[Unit]\nDescription=x\nWants network.target\nAfter=y\n', 2],
    ['an unclosed [Section', '[Unit]\nDescription=x\n[Service\nExecStart=/bin/x\n', 2],
    ['an entry on the header line', '[Unit]\n[Service] ExecStart=/bin/x\n', 1],
    ['a value-less =', '[Unit]\n=x\n', 1],
    ['a value-less = followed by [', '[Unit]\n= [\nAfter=y\n', 1],
  ])('puts the error for %s on the line to fix', (_name, text, row) => {
    const found = problems(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].row).toBe(row);
  });
});

describe('systemd grammar: parse time is linear', () => {
  // Runs of broken lines used to grow one ERROR over the whole run, and each
  // further token cost time in proportion to it (CR-only text: 129 s at 128 KB).
  const timeOf = (text: string): number => {
    const p = new Parser();
    p.setLanguage(language);
    const t0 = performance.now();
    p.parse(text, undefined, { bufferSize: text.length + 1 });
    return performance.now() - t0;
  };
  it.each([
    ['CR line ends', 'a=b\r'],
    ['continuations over CR', 'a=b \\\r'],
    ['keyless = before [', ' =[\n'],
    ['empty headers with comments', '[]#\n'],
    ['open brackets', '['],
    ['backslashes', '\\'],
    ['one long line', 'x'],
    ['header then text', '[a] b\n'],
  ])('%s', (_name, base) => {
    const grow = (n: number) => base.repeat(Math.ceil(n / base.length)).slice(0, n);
    const small = Math.min(timeOf(grow(8192)), timeOf(grow(8192)));
    const large = timeOf(grow(65536));
    // Linear is 8x; quadratic would be 64x. Loose, for a shared machine.
    expect(large).toBeLessThan(Math.max(32 * small, 400));
  });
});

describe('systemd model', () => {
  it('reads sections, keys, values and spans', () => {
    const u = model('[Unit]\nDescription = Ollama\n\n[Service]\nExecStart=/usr/bin/ollama serve\n', '/etc/systemd/system/ollama.service');
    expect(u.type).toBe('service');
    expect(u.unitName).toBe('ollama.service');
    expect(u.dropIn).toBe(false);
    expect(u.sections.map((s) => s.name)).toEqual(['Unit', 'Service']);
    const d = u.sections[0].entries[0];
    expect([d.key, d.value, d.section]).toEqual(['Description', 'Ollama', 'Unit']);
    expect(d.keySpan).toEqual({ start: { row: 1, column: 0 }, end: { row: 1, column: 11 } });
    expect(d.valueSpan).toEqual({ start: { row: 1, column: 14 }, end: { row: 1, column: 20 } });
    expect(u.sections[1].nameSpan.start).toEqual({ row: 3, column: 1 });
  });

  it('joins continuations as systemd does: \\ becomes a space, comment lines are skipped', () => {
    const text = '[Service]\nExecStart=/usr/bin/ollama \\\n  # a comment\n  serve \\\n  --verbose\nType=simple\n';
    const u = model(text);
    const e = u.sections[0].entries[0];
    expect(e.value).toBe('/usr/bin/ollama    serve    --verbose');
    expect(e.rawValue).toBe('/usr/bin/ollama \\\n  # a comment\n  serve \\\n  --verbose');
    expect(e.valueSpan.end).toEqual({ row: 4, column: 11 });
    expect(u.sections[0].entries[1].key).toBe('Type');
    expect(splitExecLine(e.value).commands[0].argv).toEqual(['/usr/bin/ollama', 'serve', '--verbose']);
    // `\\` at end of line is an escaped backslash, not a continuation.
    expect(joinValue('a\\\\').value).toBe('a\\\\');
  });

  it('maps value offsets back to document points across lines', () => {
    const u = model('[Service]\nEnvironment=A=1 \\\n  B=2\n');
    const env = parseEnvironment(u.sections[0].entries[0]);
    expect(env.assignments.map((a) => `${a.name}=${a.value}`)).toEqual(['A=1', 'B=2']);
    expect(env.assignments[1].span).toEqual({ start: { row: 2, column: 2 }, end: { row: 2, column: 5 } });
  });

  it('honours the empty-assignment reset', () => {
    const u = model('[Service]\nExecStart=/bin/a\nExecStart=\nExecStart=/bin/b\n[Service]\nExecStartPre=/bin/c\n');
    expect(get(u, 'ExecStart', 'Service')).toEqual(['/bin/b']);
    expect(get(u.sections[0], 'ExecStart')).toEqual(['/bin/b']);
    expect(get(u, 'ExecStartPre', 'Service')).toEqual(['/bin/c']);
    expect(entriesOf(u, 'ExecStart')[0].span.start.row).toBe(3);
    expect(get(model('[Service]\nExecStart=\n'), 'ExecStart')).toEqual([]);
  });

  it('keeps entries before any header as the preamble, and calls such text a drop-in', () => {
    const u = model('Environment="OLLAMA_HOST=0.0.0.0"\n');
    expect(u.sections).toEqual([]);
    expect(u.preamble.map((e) => e.key)).toEqual(['Environment']);
    expect(u.preamble[0].section).toBeUndefined();
    expect([u.dropIn, u.dropInReason]).toEqual([true, 'no-header']);
  });

  it('tells drop-ins and unit types from the path or the text', () => {
    const a = model('[Service]\nEnvironment=A=1\n', '/etc/systemd/system/ollama.service.d/override.conf');
    expect([a.dropIn, a.dropInReason, a.type, a.unitName]).toEqual([true, 'path', 'service', 'ollama.service']);
    const b = model('### Editing /etc/systemd/system/ollama.service.d/override.conf\n### Anything between here and the comment below will become the contents of the drop-in file\n\n[Service]\nEnvironment=A=1\n');
    expect([b.dropIn, b.dropInReason, b.type]).toEqual([true, 'override-marker', 'service']);
    const c = model('[Service]\nExecStart=\nExecStart=/bin/x\n');
    expect([c.dropIn, c.dropInReason]).toEqual([true, 'reset']);
    expect(model('[Timer]\nOnCalendar=daily\n', '/etc/systemd/system/backup.timer').type).toBe('timer');
    expect(model('[Unit]\nDescription=x\n', '/etc/systemd/system/multi-user.target').type).toBe('target');
    expect(model('[Match]\nName=eth0\n', '/etc/systemd/network/10-eth.network').type).toBeUndefined();
  });

  it('reads .include lines', () => {
    const u = model('.include /lib/systemd/system/getty@.service\n[Service]\nRestart=always\n');
    expect(u.includes.map((i) => i.path)).toEqual(['/lib/systemd/system/getty@.service']);
  });

  it('reads CR-only text line by line, as read_line() does', () => {
    const u = model('[Service]\rExecStart=/bin/a \\\r  -b\rUser=x\r');
    expect(u.entries.map((e) => [e.key, e.value])).toEqual([['ExecStart', '/bin/a    -b'], ['User', 'x']]);
  });

  it('keeps `[]` as a section named \'\'', () => {
    expect(model('[]\nA=b\n').sections.map((s) => [s.name, s.entries.length])).toEqual([['', 1]]);
  });

  it('skips a line without =', () => {
    const u = model('[Unit]\nWants network.target\nAfter=y\n');
    expect(u.entries.map((e) => e.key)).toEqual(['After']);
  });
});

describe('Environment= parsing', () => {
  it.each([
    ['"OLLAMA_HOST=0.0.0.0:11434"', [['OLLAMA_HOST', '0.0.0.0:11434']]],
    ['OLLAMA_HOST=0.0.0.0 OLLAMA_ORIGINS=*', [['OLLAMA_HOST', '0.0.0.0'], ['OLLAMA_ORIGINS', '*']]],
    ['"A=b c" D=e', [['A', 'b c'], ['D', 'e']]],
    ['A="b c"', [['A', 'b c']]],
    ["'A=it''s'", [['A', 'its']]],
    ['A=tab\\there', [['A', 'tab\there']]],
    ['"A=say \\"hi\\""', [['A', 'say "hi"']]],
    ['A=\\x41', [['A', 'A']]],
    ['A=', [['A', '']]],
  ])('splits %s', (value, expected) => {
    const env = parseEnvironment(value);
    expect(env.problems).toEqual([]);
    expect(env.assignments.map((a) => [a.name, a.value])).toEqual(expected);
  });

  it('gives each assignment its own span', () => {
    const env = parseEnvironment('"A=b c" D=e');
    expect(env.assignments.map((a) => [a.start, a.end, a.raw])).toEqual([[0, 7, '"A=b c"'], [8, 11, 'D=e']]);
  });

  it('reports an unterminated quote (systemd ignores the whole line)', () => {
    const env = parseEnvironment('"OLLAMA_HOST=0.0.0.0');
    expect(env.assignments).toEqual([]);
    expect(env.problems.map((p) => p.kind)).toEqual(['syntax']);
  });

  it('reports words that are not NAME=value (systemd ignores them)', () => {
    const env = parseEnvironment('OLLAMA_HOST 0.0.0.0 1X=2 OK=1');
    expect(env.problems.map((p) => p.raw)).toEqual(['OLLAMA_HOST', '0.0.0.0', '1X=2']);
    expect(env.assignments.map((a) => a.name)).toEqual(['OK']);
  });
});

describe('Exec line splitting', () => {
  it('reads prefixes and words', () => {
    const [c] = splitExecLine('-@/usr/bin/ollama ollama-server serve "--flag=a b"').commands;
    expect(c.prefixes).toEqual(['-', '@']);
    expect([c.ignoreFailure, c.argv0Override, c.privileged]).toEqual([true, true, undefined]);
    expect(c.path).toBe('/usr/bin/ollama');
    expect(c.argv).toEqual(['ollama-server', 'serve', '--flag=a b']);
    expect(c.words[0].start).toBe(2);
  });

  it.each([
    ['+/bin/x', '+'],
    ['!!/bin/x', '!!'],
    ['!/bin/x', '!'],
  ])('knows privilege prefix in %s', (line, p) => {
    expect(splitExecLine(line).commands[0].privileged).toBe(p);
  });

  it('keeps $VAR and ${VAR} as written and splits on a lone ;', () => {
    const r = splitExecLine(':/bin/echo $HOST ${PORT} ; /bin/true \\;');
    expect(r.commands).toHaveLength(2);
    expect(r.commands[0].noEnvSubstitution).toBe(true);
    expect(r.commands[0].argv).toEqual(['/bin/echo', '$HOST', '${PORT}']);
    expect(r.commands[1].argv).toEqual(['/bin/true', ';']);
  });
});

describe('systemd directive knowledge', () => {
  it('is tied to a systemd release', () => {
    expect(SYSTEMD_VERSION).toMatch(/^\d+/);
    expect(keysOf('Service')).toContain('ExecStart');
    expect(keysOf('Service')).toContain('Environment');
    expect(keysOf('Unit')).toContain('After');
    expect(keysOf('Install')).toContain('WantedBy');
  });

  it('knows sections per unit type', () => {
    expect(sectionsFor('service')).toEqual(['Unit', 'Install', 'Service']);
    expect(sectionsFor('target')).toEqual(['Unit', 'Install']);
    expect(lookupSection('Service', 'service')).toEqual({ known: true });
    expect(lookupSection('X-Custom', 'service')).toEqual({ known: true });
    expect(lookupSection('service', 'service')).toMatchObject({ known: false, caseFix: 'Service' });
    expect(lookupSection('Servce', 'service')).toMatchObject({ known: false, suggestions: ['Service'] });
    expect(lookupSection('Service', 'timer')).toMatchObject({ known: false, wrongType: true });
  });

  it('is case-sensitive and suggests the case-right key', () => {
    const r = lookupKey('Service', 'execstart');
    expect(r).toMatchObject({ known: false, caseFix: 'ExecStart' });
    if (!r.known) expect(unknownKeyMessage('Service', 'execstart', r)).toBe(
      '`execstart` is not a key; did you mean `ExecStart`? (systemd keys are case-sensitive)',
    );
  });

  it('suggests by edit distance, and names the section a misplaced key belongs to', () => {
    expect(lookupKey('Service', 'ExecStrat')).toMatchObject({ known: false, suggestions: ['ExecStart', 'ExecStop'] });
    expect(lookupKey('Service', 'Enviroment')).toMatchObject({ known: false, suggestions: ['Environment'] });
    expect(lookupKey('Service', 'Before')).toMatchObject({ known: false, elsewhere: ['Unit'] });
    expect(lookupKey('Service', 'X-Anything')).toEqual({ known: true, legacy: false });
    expect(lookupKey('Service', 'PermissionsStartOnly')).toEqual({ known: true, legacy: true });
    expect(didYouMean('WantedBi', keysOf('Install'))).toEqual(['WantedBy']);
  });
});

/** Unknown sections/keys on the corpus's expected-valid unit files and drop-ins (networkd/udev dialects aside). */
function corpusUnknownKeys(): string[] {
  const out: string[] = [];
  for (const entry of corpusEntries('systemd')) {
    if (entry.expect !== 'valid') continue;
    const u = model(readCorpusFile(entry).text, '/' + entry.path);
    if (!u.type) continue; // .network.d/ drop-ins and the like: not unit files
    for (const s of u.sections) {
      const sec = lookupSection(s.name, u.type);
      if (!sec.known) {
        out.push(`${entry.path}: [${s.name}]`);
        continue;
      }
      for (const e of s.entries) if (!lookupKey(s.name, e.key).known) out.push(`${entry.path}: ${s.name}.${e.key}`);
    }
  }
  return out;
}

describe.skipIf(!haveCorpus)('systemd on the external corpus', () => {
  it(`parses at least ${REQUIRED_PERCENT}% of expected-valid unit files cleanly`, () => {
    const c = coverage('systemd');
    expect(c.unavailable).toBeUndefined();
    expect(c.expected).toBeGreaterThan(800);
    expect((100 * c.clean) / c.expected).toBeGreaterThanOrEqual(REQUIRED_PERCENT);
  });

  it('knows every section and key of the expected-valid unit files, but one real mistake', () => {
    // coreos-fix-selinux-labels.service puts Before= in [Service]; systemd ignores it with a warning.
    expect(corpusUnknownKeys()).toEqual([
      'systemd/fedora-coreos-config/overlay.d/07fix-selinux-labels/usr/lib/systemd/system/coreos-fix-selinux-labels.service: Service.Before',
    ]);
  });
});

describe('systemd syntax messages', () => {
  const say = (text: string) => {
    const d = doc(text);
    return syntaxProblems(parseText('systemd', text)).map((p) => describeSystemdSyntaxError(p, d));
  };
  it.each([
    ['[Unit]\nWants network.target\n', '`Wants network.target` is not a `Key=value` line', 1],
    ['[Service\nExecStart=/bin/x\n', 'section header `[Service` has no closing `]`', 0],
    ['[Unit]\n[Service] ExecStart=/bin/x\n', 'follows `[Service]` on the header line', 1],
    ['[Unit]\n=x\n', 'has no key before `=`', 1],
  ])('%j', (text, words, row) => {
    const [m] = say(text);
    expect(m?.message).toContain(words);
    expect(m?.span.start.row).toBe(row);
  });
});

