/**
 * Regenerates the table in src/knowledge/systemd-directives.ts (between the
 * GENERATED markers) from one systemd release:
 *
 *  - documented keys: the "UNIT DIRECTIVES" index of systemd.directives(7), each
 *    placed in the sections its man page configures (systemd.exec(5) options live
 *    in [Service], [Socket], [Mount] and [Swap], and so on);
 *  - accepted keys: the `Section.Key` table pid1's unit-file parser is built from
 *    (load-fragment-gperf), read out of libsystemd-core-<N>.so. Keys accepted but
 *    not documented are kept as legacy (renamed or removed; systemd warns or
 *    ignores them, but they are not typos).
 *
 * The committed table came from Debian's systemd 262.1-1 packages:
 *   apt-get download systemd libsystemd-shared   (from Debian unstable)
 *   dpkg-deb -x systemd_262.1-1_amd64.deb x; dpkg-deb -x libsystemd-shared_262.1-1_amd64.deb x
 *   tsc … && node gen-systemd-directives.js --man x/usr/share/man/man7/systemd.directives.7.gz \
 *     --core x/usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-262.so --version '262.1 (Debian 262.1-1)'
 * Without arguments it reads the systemd installed on this machine.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

const SECTIONS = ['Unit', 'Install', 'Service', 'Socket', 'Mount', 'Automount', 'Swap', 'Timer', 'Path', 'Slice', 'Scope'];

/** [Install] keys documented in systemd.unit(5) next to the [Unit] ones. */
const INSTALL_KEYS = new Set(['Alias', 'WantedBy', 'RequiredBy', 'UpheldBy', 'Also', 'DefaultInstance']);

/** Which sections each man page's options belong to (systemd.unit(5) is split by INSTALL_KEYS). */
const PAGE_SECTIONS: Record<string, string[]> = {
  'systemd.service': ['Service'],
  'systemd.socket': ['Socket'],
  'systemd.mount': ['Mount'],
  'systemd.automount': ['Automount'],
  'systemd.swap': ['Swap'],
  'systemd.timer': ['Timer'],
  'systemd.path': ['Path'],
  'systemd.slice': ['Slice'],
  'systemd.scope': ['Scope'],
  'systemd.exec': ['Service', 'Socket', 'Mount', 'Swap'],
  'systemd.kill': ['Service', 'Socket', 'Mount', 'Swap', 'Scope'],
  'systemd.resource-control': ['Service', 'Socket', 'Mount', 'Swap', 'Slice', 'Scope'],
};

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function documented(manPath: string): Map<string, Set<string>> {
  const text = zlib.gunzipSync(fs.readFileSync(manPath)).toString('utf8');
  const out = new Map<string, Set<string>>(SECTIONS.map((s) => [s, new Set<string>()]));
  let inUnit = false;
  let key: string | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('.SH')) {
      inUnit = /UNIT DIRECTIVES/.test(line);
      key = undefined;
      continue;
    }
    if (!inUnit) continue;
    const k = /^\\fI(.+?)=\\fR$/.exec(line);
    if (k) {
      key = k[1].replace(/\\-/g, '-').replace(/\\&/g, '');
      continue;
    }
    const page = /^\\fB([a-z.-]+)\\fR\(\d\)/.exec(line);
    if (!page || !key) continue;
    const sections =
      page[1] === 'systemd.unit' ? [INSTALL_KEYS.has(key) ? 'Install' : 'Unit'] : PAGE_SECTIONS[page[1]] ?? [];
    for (const s of sections) out.get(s)!.add(key);
  }
  return out;
}

function accepted(corePath: string): Map<string, Set<string>> {
  const bin = fs.readFileSync(corePath).toString('latin1');
  const out = new Map<string, Set<string>>(SECTIONS.map((s) => [s, new Set<string>()]));
  const re = new RegExp(`\\0(${SECTIONS.join('|')})\\.([A-Za-z0-9]+)(?=\\0)`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(bin))) out.get(m[1])!.add(m[2]);
  return out;
}

function wrap(keys: string[], indent: string): string {
  const lines: string[] = [];
  let cur = '';
  for (const k of keys) {
    if (cur && cur.length + k.length + 1 > 96) {
      lines.push(cur);
      cur = k;
    } else cur = cur ? `${cur} ${k}` : k;
  }
  if (cur) lines.push(cur);
  return lines.map((l, i) => `${indent}${i ? '  + ' : ''}'${i ? ' ' : ''}${l}'`).join('\n');
}

function table(name: string, doc: string, m: Map<string, Set<string>>): string {
  const rows = SECTIONS.filter((s) => m.get(s)!.size > 0).map(
    (s) => `  ${s}:\n${wrap([...m.get(s)!].sort(), '    ')},`,
  );
  return `/** ${doc} */\nconst ${name}: Record<string, string> = {\n${rows.join('\n')}\n};`;
}

function main(): void {
  const manPath = arg('--man') ?? '/usr/share/man/man7/systemd.directives.7.gz';
  let corePath = arg('--core');
  if (!corePath) {
    const dir = '/usr/lib/x86_64-linux-gnu/systemd';
    const lib = fs.readdirSync(dir).find((f) => /^libsystemd-core-.*\.so$/.test(f));
    if (!lib) throw new Error(`no libsystemd-core in ${dir}; pass --core`);
    corePath = path.join(dir, lib);
  }
  const version = arg('--version') ?? /libsystemd-core-(.+)\.so$/.exec(corePath)?.[1] ?? 'unknown';
  const doc = documented(manPath);
  const acc = accepted(corePath);
  const legacy = new Map<string, Set<string>>();
  const missing: string[] = [];
  for (const s of SECTIONS) {
    legacy.set(s, new Set([...acc.get(s)!].filter((k) => !doc.get(s)!.has(k))));
    for (const k of doc.get(s)!) if (!acc.get(s)!.has(k)) missing.push(`${s}.${k}`);
  }
  // Documented but not in pid1's table: [Install] is read by systemctl, not pid1, so keep docs as truth.
  if (missing.length) console.error(`documented, not in the parser table: ${missing.join(' ')}`);

  const block = [
    `/** The systemd release the tables below come from. */`,
    `export const SYSTEMD_VERSION = ${JSON.stringify(version)};`,
    '',
    table('DOCUMENTED', 'Keys per section, as systemd.directives(7) documents them.', doc),
    '',
    table('LEGACY', 'Keys the unit parser still accepts but the manual no longer documents (renamed or removed).', legacy),
  ].join('\n');

  const target = path.join(__dirname, '..', '..', 'src', 'knowledge', 'systemd-directives.ts');
  const file = arg('--out') ?? target;
  const src = fs.readFileSync(file, 'utf8');
  const begin = '// BEGIN GENERATED by src/tools/gen-systemd-directives.ts';
  const end = '// END GENERATED';
  const a = src.indexOf(begin);
  const b = src.indexOf(end);
  if (a < 0 || b < 0) throw new Error(`markers not found in ${file}`);
  fs.writeFileSync(file, `${src.slice(0, a + begin.length)}\n${block}\n${src.slice(b)}`);
  const count = (m: Map<string, Set<string>>) => [...m.values()].reduce((n, s) => n + s.size, 0);
  console.log(`systemd ${version}: ${count(doc)} documented section keys, ${count(legacy)} legacy → ${file}`);
}

main();
