import * as fs from 'fs';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import Parser = require('tree-sitter');
import { makeSource, wholeDocument, type Document } from '../../src/core/document';
import {
  argVariables, contextChain, contextOf, describeNginxSyntaxError, findDirectives, nginxModel,
  suspectMissingSemicolon, walkNginx,
} from '../../src/model/nginx';
import { coverage, corpusDir, percent, readKnownFailures } from '../../src/tools/parser-coverage';

const ROOT = path.join(__dirname, '..', '..');
const language = require(path.join(ROOT, 'grammars', 'nginx'));

function parse(text: string): Parser.Tree {
  const p = new Parser();
  p.setLanguage(language);
  return p.parse(text);
}

function doc(text: string, file = 'test.conf', docPath?: string): Document {
  const d = wholeDocument(makeSource(file, text), 'nginx', file, 0);
  return docPath ? { ...d, path: docPath } : d;
}

const crossplane = (rel: string): string =>
  path.join(corpusDir(), 'nginx', 'crossplane-tests', 'tests', 'configs', rel);
const haveCorpus = fs.existsSync(path.join(corpusDir(), 'index.json'));

describe('nginx grammar', () => {
  it('loads through require(<repo>/grammars/nginx) for tree-sitter 0.25', () => {
    const tree = parse('events {}\n');
    expect(tree.rootNode.type).toBe('config');
    expect(tree.rootNode.hasError).toBe(false);
  });

  it.each([
    ['a bare location', 'location /api/ {\n  proxy_pass http://127.0.0.1:11434;\n}\n'],
    ['a bare server', 'server {\n  listen 80;\n  server_name example.com;\n}\n'],
    ['loose directives', 'proxy_set_header Host $host;\nauth_basic "Restricted";\n'],
    ['regex locations', 'location ~ ^/(a|b)\\.php$ {}\nlocation ~* "\\.(jpg|png){1,2}$" {}\nlocation ^~ /s/ {}\nlocation = / {}\n'],
    ['if conditions', 'if ($http_user_agent ~* "MSIE;{") { return 403; }\nif (-f $request_filename) { break; }\n'],
    ['variables', 'try_files /abc/${uri} $uri/ =404;\nset $a "${b}c";\n'],
    ['map bodies', "map $http_upgrade $c {\n  default upgrade;\n  '' close;\n  ~^/x 1;\n}\n"],
    ['lua blocks', 'content_by_lua_block {\n  local t = { a = "}" } -- }\n  ngx.say(t.a)\n}\n'],
    ['escapes and single quotes', "return 200 'it\\'s \\\"fine\\\"';\nlocation /\\{\\;\\} {}\n"],
    ['comments everywhere', '# top\nhttp { # after brace\n  gzip on; # trailing\n}\n'],
  ])('parses %s without errors', (_name, text) => {
    expect(parse(text).rootNode.hasError).toBe(false);
  });

  it('puts a MISSING `;` at the end of the line that lacks it (crossplane missing-semicolon)', () => {
    if (!haveCorpus) return;
    for (const [file, row] of [['broken-above.conf', 3], ['broken-below.conf', 6]] as const) {
      const text = fs.readFileSync(crossplane(`missing-semicolon/${file}`), 'utf8');
      const config = nginxModel(doc(text, file));
      expect(config.problems).toHaveLength(1);
      const [problem] = config.problems;
      expect(problem.kind).toBe('missing');
      expect(problem.node.startPosition.row).toBe(row);
      expect(problem.node.startPosition.column).toBe(text.split('\n')[row].length);
      const described = describeNginxSyntaxError(problem, config.doc);
      expect(described.message).toBe('missing `;` after `proxy_pass http://is.broken.example`');
      expect(described.span.start.row).toBe(row);
    }
  });

  it('describes the common mistakes in plain words, on the line to fix', () => {
    const cases: [string, RegExp, number][] = [
      ['location / {\n  proxy_pass http://127.0.0.1:11434\n}\n', /missing `;` after `proxy_pass http:\/\/127\.0\.0\.1:11434`/, 1],
      ['http {\n  server {\n    location / {\n      root /srv;\n    }\n  }\n', /unclosed `\{` of `http` opened on line 1/, 5],
      ['server {\n    add_header X "foo;\n    listen 80;\n}\n', /unterminated quote/, 1],
      ['server {\n  listen 80;\n}\n}\n', /unexpected `\}`/, 3],
      ['server {\n  listen 80;\n}\nlisten 443', /missing `;` after `listen 443`/, 3],
    ];
    for (const [text, message, row] of cases) {
      const config = nginxModel(doc(text));
      expect(config.problems.length, text).toBeGreaterThan(0);
      const d = describeNginxSyntaxError(config.problems[0], config.doc);
      expect(d.message, text).toMatch(message);
      expect(d.span.start.row, text).toBe(row);
    }
  });
});

describe('nginx model', () => {
  const text = [
    'user nginx;',
    'http {',
    '  server {',
    '    listen 127.0.0.1:8080;',
    '    "location" ~ "^/api/(v1|v2)" {',
    "      proxy_pass http://127.0.0.1:11434; proxy_set_header Host '$host';",
    '      return 200 "a\\"b\\n";',
    '      access_by_lua_block { ngx.exit(403) }',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
  const config = nginxModel(doc(text, 'nginx.conf'));

  it('reads names, arguments (unquoted, unescaped) and blocks', () => {
    expect(config.topContext).toBe('main');
    expect(config.problems).toEqual([]);
    expect(config.directives.map((d) => d.name)).toEqual(['user', 'http']);
    const [location] = findDirectives(config, 'location');
    expect(location.args.map((a) => a.text)).toEqual(['~', '^/api/(v1|v2)']);
    expect(location.args[1]).toMatchObject({ raw: '"^/api/(v1|v2)"', quoted: true });
    expect(location.nameSpan).toEqual({ start: { row: 4, column: 4 }, end: { row: 4, column: 14 } });
    expect(location.children.map((d) => d.name)).toEqual(['proxy_pass', 'proxy_set_header', 'return', 'access_by_lua_block']);
    const [ret] = findDirectives(config, 'return');
    expect(ret.args[1].text).toBe('a"b\n');
    const [header] = findDirectives(config, 'proxy_set_header');
    expect(argVariables(header.args[1])).toEqual(['host']);
    const [lua] = findDirectives(config, 'access_by_lua_block');
    expect(lua.code?.text.trim()).toBe('ngx.exit(403)');
    expect(lua.block).toEqual([]);
  });

  it('knows contexts and chains', () => {
    const [pass] = findDirectives(config, 'proxy_pass');
    expect(contextOf(pass, config)).toBe('location');
    expect(contextChain(pass, config)).toEqual(['main', 'http', 'server', 'location']);
    expect(pass.parent?.parent?.name).toBe('server');
    const visits = [...walkNginx(config)];
    expect(visits.map((v) => v.directive.name)).toContain('proxy_pass');
    const v = visits.find((x) => x.directive === pass)!;
    expect(v.ancestors.map((a) => a.name)).toEqual(['http', 'server', 'location']);
    expect(v.contexts).toEqual(['main', 'http', 'server', 'location']);
  });

  it('guesses where a fragment lives', () => {
    expect(nginxModel(doc('server {\n  listen 80;\n}\n')).topContext).toBe('http');
    expect(nginxModel(doc('location / {\n  root /srv;\n}\n')).topContext).toBe('server');
    expect(nginxModel(doc('proxy_pass http://127.0.0.1:11434;\n')).topContext).toBe('location');
    expect(nginxModel(doc('gzip on;\n', 'x', '/etc/nginx/conf.d/gzip.conf')).topContext).toBe('http');
    const loose = nginxModel(doc('location / {\n  proxy_pass http://x;\n}\n'));
    const [pass] = findDirectives(loose, 'proxy_pass');
    expect(contextChain(pass, loose)).toEqual(['main', 'http', 'server', 'location']);
  });

  it('rebuilds directives the parser could only recover (unclosed block)', () => {
    const broken = nginxModel(doc('server {\n  listen 0.0.0.0:80;\n  location / {\n    proxy_pass http://127.0.0.1:11434;\n  }\n'));
    expect(broken.problems.length).toBeGreaterThan(0);
    const [server] = findDirectives(broken, 'server');
    expect(server).toBeDefined();
    expect(server.recovered).toBe(true);
    const [pass] = findDirectives(broken, 'proxy_pass');
    expect(pass.args[0].text).toBe('http://127.0.0.1:11434');
    expect(pass.parent?.name).toBe('location');
    expect(pass.parent?.parent?.name).toBe('server');
  });

  it('suspects a `;` missing before the next line’s directive', () => {
    const c = nginxModel(doc('location / {\n  proxy_pass http://x\n  proxy_set_header Host $host;\n}\n'));
    const [pass] = findDirectives(c, 'proxy_pass');
    expect(suspectMissingSemicolon(pass)?.text).toBe('proxy_set_header');
    const ok = nginxModel(doc('valid_referers none blocked\n    server_names\n    *.example.com;\n'));
    expect(suspectMissingSemicolon(ok.directives[0])).toBeUndefined();
  });
});

describe('nginx coverage on the external corpus', () => {
  it.runIf(haveCorpus)('parses >= 99% of expect:valid files cleanly and matches the known-failure list', () => {
    const c = coverage('nginx');
    expect(c.unavailable).toBeUndefined();
    expect(c.expected).toBeGreaterThan(700);
    expect(percent(c)).toBeGreaterThanOrEqual(99);
    expect(c.failures).toEqual(readKnownFailures('nginx') ?? []);
  });
});

describe('unclosed blocks, guessed from indentation', () => {
  it.each([
    ['http {\n  server {\n    location / {\n      root /srv;\n  }\n}\n', /`location \/` opened on line 3: add the missing `}` after line 4/, 3],
    ['server {\n  location / {\n    proxy_pass http://a;\n\n  location /b {\n    root /x;\n  }\n}\n', /`location \/` opened on line 2: add the missing `}` after line 3/, 2],
    ['server {\nlisten 80;\n', /unclosed `\{` of `server` opened on line 1/, 1],
  ])('%j', (text, message, row) => {
    const config = nginxModel(doc(text));
    const d = describeNginxSyntaxError(config.problems[0], config.doc);
    expect(d.message).toMatch(message);
    expect(d.span.start.row).toBe(row);
  });
});
