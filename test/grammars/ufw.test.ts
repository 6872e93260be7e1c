import * as fs from 'fs';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import Parser = require('tree-sitter');
import { makeSource, wholeDocument, type Document } from '../../src/core/document';
import { simplePorts, ufwModel } from '../../src/model/ufw';
import { syntaxProblems } from '../../src/parse';
import { coverage, corpusDir, percent } from '../../src/tools/parser-coverage';

const ROOT = path.join(__dirname, '..', '..');
const language = require(path.join(ROOT, 'grammars', 'ufw'));

function parse(text: string): Parser.Tree {
  const p = new Parser();
  p.setLanguage(language);
  return p.parse(text);
}

function doc(text: string): Document {
  return wholeDocument(makeSource('ufw.sh', text), 'ufw', 'ufw.sh', 0);
}

function errorRows(text: string): number[] {
  return syntaxProblems(parse(text)).map((p) => p.node.startPosition.row);
}

const haveCorpus = fs.existsSync(path.join(corpusDir(), 'index.json'));

describe('ufw grammar', () => {
  it.each([
    ['a port', 'ufw allow 22'],
    ['port/proto', 'ufw allow 22/tcp'],
    ['a service', 'ufw allow ssh'],
    ['a quoted app', "sudo ufw allow 'OpenSSH'"],
    ['a multi-word app', 'ufw allow "Apache Full"'],
    ['a range', 'ufw allow 6000:6007/tcp'],
    ['a list', 'ufw allow 80,443/tcp'],
    ['extended syntax', 'sudo ufw allow from 192.168.1.0/24 to any port 11434 proto tcp'],
    ['clauses in any order', 'ufw deny to any port 80 from any proto tcp'],
    ['interface and direction', 'ufw allow in on eth0 to any port 80'],
    ['logging rules', 'ufw deny out log-all to any port 53 from any proto udp'],
    ['an app in the extended syntax', 'ufw allow from 10.0.0.0/8 to any app OpenSSH'],
    ['a comment', "ufw allow 2222/tcp comment 'SSH port'"],
    ['route', 'ufw route allow in on eth0 out on eth1\nufw route delete allow from 10.0.0.1'],
    ['insert and prepend', 'ufw insert 1 deny from 203.0.113.9\nufw prepend deny from 2001:db8::/32'],
    ['delete by rule and number', 'ufw delete allow 80\nufw delete 3'],
    ['defaults', 'ufw default deny incoming\nufw default allow outgoing\nufw default deny routed\nufw default reject'],
    ['state changes with flags', 'ufw --force enable\nufw -f reset\nufw --dry-run reload\nufw disable'],
    ['case-insensitive keywords', 'ufw --dry-run DEFAULT DENY\nufw LOGGING ON\nufw ENABLE'],
    ['logging, status, reports', 'ufw logging medium\nufw status verbose\nufw status numbered\nufw show added'],
    ['apps', 'ufw app list\nufw app info "Apache Full"\nufw app update --add-new Apache'],
    ['version and help', 'ufw version\nufw --version\nufw help'],
    ['comments and blank lines', '# open ssh first\n\nsudo ufw allow OpenSSH  # keep access\n'],
    ['commands joined with &&', 'sudo ufw allow 22/tcp && sudo ufw enable'],
  ])('parses %s', (_name, text) => {
    const tree = parse(text);
    expect(tree.rootNode.hasError, tree.rootNode.toString()).toBe(false);
  });

  describe('errors land on the word to fix', () => {
    it('a hallucinated keyword in a rule', () => {
      const tree = parse('ufw allow 22\nufw allow from 1.2.3.4 port 22 protocol tcp\nufw enable');
      const problems = syntaxProblems(tree);
      expect(problems.map((p) => p.node.startPosition.row)).toEqual([1]);
      expect(problems[0].node.startPosition.column).toBe(31);
    });
    it('an unknown verb', () => {
      expect(errorRows('ufw default deny incoming\nufw permit 22\nufw enable')).toEqual([1]);
    });
    it('simple and extended syntax mixed', () => {
      expect(errorRows('ufw allow ssh from 10.0.0.0/8')).toEqual([0]);
    });
    it('insert without a number', () => {
      expect(errorRows('ufw insert allow 22\nufw enable')).toEqual([0]);
    });
  });
});

describe('ufw model', () => {
  it('reads a typical AI answer', () => {
    const m = ufwModel(doc([
      'sudo ufw default deny incoming',
      'sudo ufw default allow outgoing',
      'sudo ufw allow OpenSSH',
      'sudo ufw allow from 192.168.1.0/24 to any port 11434 proto tcp comment "ollama lan"',
      'sudo ufw --force enable',
      'sudo ufw status verbose',
    ].join('\n')));
    const [defIn, defOut, ssh, ollama, enable, status] = m.commands;
    expect(defIn).toMatchObject({ kind: 'default', policy: 'deny', policyDirection: 'incoming', sudo: true });
    expect(defOut).toMatchObject({ kind: 'default', policy: 'allow', policyDirection: 'outgoing' });
    expect(ssh).toMatchObject({ kind: 'rule', action: 'allow', route: false, delete: false, prepend: false });
    expect(ssh.app?.text).toBe('OpenSSH');
    expect(ssh.simplePorts).toBeUndefined();
    expect(ollama).toMatchObject({ kind: 'rule', action: 'allow' });
    expect(ollama.from?.text).toBe('192.168.1.0/24');
    expect(ollama.to?.text).toBe('any');
    expect(ollama.toPort?.text).toBe('11434');
    expect(ollama.proto?.text).toBe('tcp');
    expect(ollama.comment?.text).toBe('ollama lan');
    expect(ollama.toPort?.span.start).toEqual({ row: 3, column: 47 });
    expect(enable).toMatchObject({ kind: 'enable', force: true, dryRun: false });
    expect(status).toMatchObject({ kind: 'status', mode: 'verbose' });
  });

  it('splits simple port specs', () => {
    const [a, b, c, d] = ufwModel(doc('ufw allow 22/tcp\nufw limit 80,443/tcp\nufw deny 6000:6007/udp\nufw allow ssh')).commands;
    expect(a.simplePorts).toEqual([{ port: '22', proto: 'tcp' }]);
    expect(b).toMatchObject({ action: 'limit', simplePorts: [{ port: '80', proto: 'tcp' }, { port: '443', proto: 'tcp' }] });
    expect(c.simplePorts).toEqual([{ port: '6000:6007', proto: 'udp' }]);
    expect(d.simplePorts).toEqual([{ port: 'ssh' }]);
    expect(simplePorts('Apache Full')).toBeUndefined();
    expect(simplePorts('22')).toEqual([{ port: '22' }]);
  });

  it('reads route, insert, prepend, delete and interfaces', () => {
    const [route, ins, pre, del, delNum, dirs] = ufwModel(doc([
      'ufw route allow in on eth0 out on eth1 to 10.0.0.0/8',
      'ufw insert 1 deny from 203.0.113.9',
      'ufw prepend deny from 2001:db8::/32',
      'ufw delete allow 80/tcp',
      'ufw delete 3',
      'ufw allow in on eth0 log proto udp from any port 53',
    ].join('\n'))).commands;
    expect(route).toMatchObject({ kind: 'rule', route: true, direction: 'in' });
    expect(route.interfaces.map((i) => [i.direction, i.name.text])).toEqual([['in', 'eth0'], ['out', 'eth1']]);
    expect(route.iface?.text).toBe('eth0');
    expect(ins).toMatchObject({ kind: 'rule', action: 'deny', insert: 1 });
    expect(pre).toMatchObject({ kind: 'rule', prepend: true });
    expect(del).toMatchObject({ kind: 'rule', delete: true, simplePorts: [{ port: '80', proto: 'tcp' }] });
    expect(delNum).toMatchObject({ kind: 'delete', number: 3 });
    expect(dirs).toMatchObject({ log: 'log', direction: 'in' });
    expect(dirs.fromPort?.text).toBe('53');
    expect(dirs.proto?.text).toBe('udp');
  });

  it('lower-cases keywords as ufw does, keeps values', () => {
    const [d, l, e] = ufwModel(doc('ufw DEFAULT DENY input\nufw LOGGING ON\nufw --dry-run ENABLE')).commands;
    expect(d).toMatchObject({ kind: 'default', policy: 'deny', policyDirection: 'incoming' });
    expect(d.policyDirectionWritten?.text).toBe('input');
    expect(l).toMatchObject({ kind: 'logging', level: 'on' });
    expect(e).toMatchObject({ kind: 'enable', dryRun: true });
  });

  it('reads the other commands', () => {
    const kinds = ufwModel(doc('ufw reset\nufw reload\nufw disable\nufw app info OpenSSH\nufw show raw\nufw version\nufw'))
      .commands.map((c) => c.kind);
    expect(kinds).toEqual(['reset', 'reload', 'disable', 'app', 'show', 'version', 'other']);
  });
});

describe.skipIf(!haveCorpus)('ufw coverage on the external corpus', () => {
  it('parses at least 99% of the expect:valid command lines', () => {
    const c = coverage('ufw');
    expect(c.unavailable).toBeUndefined();
    expect(c.expected).toBeGreaterThan(2000);
    expect(percent(c), c.failures.slice(0, 20).join('\n')).toBeGreaterThanOrEqual(99);
  }, 120_000);
});
