import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check-text';
import { NGINX_DIRECTIVES, NGINX_REFERENCE_VERSION } from '../../src/knowledge/nginx-directives';
import { parseTarget, readListen } from '../../src/rules/nginx/access';
import { directiveSpecs, editDistance, suggestDirective } from '../../src/rules/nginx/util';

/** Rule ids with their lines, nginx rules only, for a config checked as nginx. */
async function nginx(text: string, policyObject = {}): Promise<string[]> {
  const res = await checkText(text, { lang: 'nginx', policyObject });
  return res.findings.filter((f) => f.ruleId.startsWith('nginx-')).map((f) => `${f.ruleId}@${f.line}`);
}

async function answer(text: string): Promise<Array<{ id: string; line: number; message: string }>> {
  const res = await checkText(text);
  return res.findings.filter((f) => f.ruleId.startsWith('nginx-')).map((f) => ({ id: f.ruleId, line: f.line, message: f.message }));
}

describe('nginx knowledge', () => {
  it('is generated from the reference with its version', () => {
    expect(NGINX_REFERENCE_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(NGINX_DIRECTIVES.length).toBeGreaterThan(900);
  });

  it('reads argument counts from the documented syntax', () => {
    const one = (name: string, module = 'ngx_http'): [number, number] => directiveSpecs(name).find((s) => s.m.startsWith(module))!.a;
    expect(one('proxy_pass')).toEqual([1, 1]);
    expect(one('add_header')).toEqual([2, 3]);
    expect(one('server_name')).toEqual([1, -1]);
    expect(one('server', 'ngx_http_upstream')).toEqual([1, -1]); // server address [parameters]
    expect(directiveSpecs('gzip')[0].v).toEqual(['on', 'off']);
    expect(directiveSpecs('location')[0].block).toBe(true);
  });

  it('suggests the directive that was meant, and nothing for module names', () => {
    expect(suggestDirective('proxy_set_headers')).toBe('proxy_set_header');
    expect(suggestDirective('Listen')).toBe('listen');
    expect(suggestDirective('proxy-pass')).toBe('proxy_pass');
    expect(suggestDirective('ssl_certficate')).toBe('ssl_certificate');
    expect(suggestDirective('more_set_headers')).toBeUndefined();
    expect(suggestDirective('brotli_static')).toBeUndefined();
    expect(editDistance('ab', 'ba')).toBe(1);
  });
});

describe('nginx helpers', () => {
  it('parses proxy targets', () => {
    expect(parseTarget('http://127.0.0.1:11434/api')).toEqual({ host: '127.0.0.1', port: 11434 });
    expect(parseTarget('http://[::1]:8080')).toEqual({ host: '::1', port: 8080 });
    expect(parseTarget('ollama')).toEqual({ host: 'ollama', port: undefined });
    expect(parseTarget('unix:/run/php.sock')).toBeUndefined();
  });

  it('reads listen addresses as nginx does', async () => {
    const { nginxModel } = await import('../../src/model/nginx');
    const { makeSource, wholeDocument } = await import('../../src/core/document');
    const doc = wholeDocument(makeSource('x.conf', 'listen 80;\nlisten 127.0.0.1:8080;\nlisten [::]:443 ssl;\nlisten localhost;\n'), 'nginx', 'x', 0);
    const ls = nginxModel(doc).directives.map((d) => readListen(d)!);
    expect(ls.map((l) => [l.address, l.port, l.loopback, l.ssl])).toEqual([
      ['*', '80', false, false],
      ['127.0.0.1', '8080', true, false],
      ['::', '443', false, true],
      ['localhost', '80', true, false],
    ]);
  });
});

describe('nginx knowledge rules', () => {
  it('unknown directive: did you mean, made-up official-looking names, silent on module directives', async () => {
    expect(await nginx('location / {\n  proxy_pass http://a;\n  proxy_set_headers Host $host;\n}\n')).toEqual(['nginx-unknown-directive@3']);
    expect(await nginx('location / {\n  proxy_pass http://a;\n  proxy_websocket on;\n}\n')).toEqual(['nginx-unknown-directive@3']);
    expect(await nginx('location / {\n  more_set_headers "X-A: b";\n  content_by_lua_block { ngx.say("x") }\n  my_module_thing 1;\n}\n')).toEqual([]);
  });

  it('wrong context: judged inside written blocks, not at a fragment\'s guessed top', async () => {
    expect(await nginx('server {\n  server_name a;\n  proxy_pass http://127.0.0.1:3000;\n}\n')).toEqual(['nginx-wrong-context@3']);
    expect(await nginx('proxy_pass http://127.0.0.1:3000;\nproxy_set_header Host $host;\n')).toEqual([]);
    expect(await nginx('location / {\n  listen 80;\n}\n')).toEqual(['nginx-wrong-context@2']);
    // A stream server proxies without a location.
    expect(await nginx('stream {\n  server {\n    listen 12345;\n    proxy_pass 10.0.0.1:12345;\n  }\n}\n')).toEqual([]);
    expect(await nginx('location / {\n  if ($a) {\n    try_files $uri =404;\n  }\n}\n')).toEqual(['nginx-wrong-context@3']);
  });

  it('argument count and missing semicolons', async () => {
    expect(await nginx('server {\n  listen 80\n  server_name a;\n}\n')).toEqual(['nginx-argument-count@3']);
    expect(await nginx('upstream b {\n  server 127.0.0.1:1 weight=5 max_fails=3 fail_timeout=30s;\n}\n')).toEqual([]);
    expect(await nginx('location\n{\n}\n')).toEqual(['nginx-argument-count@1']);
  });

  it('on/off flags', async () => {
    expect(await nginx('server {\n  gzip true;\n  sendfile ON;\n}\n')).toEqual(['nginx-invalid-flag@2']);
  });
});

describe('nginx exposure rules', () => {
  const open = 'server {\n  listen 80;\n  location / {\n    proxy_pass http://127.0.0.1:11434;\n  }\n}\n';

  it('unauthenticated proxy to a protected service', async () => {
    expect(await nginx(open)).toEqual(['nginx-unauthenticated-proxy@4']);
    expect(await nginx(open.replace('listen 80', 'listen 127.0.0.1:80'))).toEqual([]);
    expect(await nginx(open.replace('    proxy_pass', '    auth_request /auth;\n    proxy_pass'))).toEqual([]);
    expect(await nginx(open.replace('    proxy_pass', '    allow 10.0.0.0/8;\n    deny all;\n    proxy_pass'))).toEqual([]);
    expect(await nginx(open.replace('listen 80;', 'listen 443 ssl;\n  ssl_certificate a.pem;\n  ssl_certificate_key a.key;\n  ssl_verify_client on;'))).toEqual([]);
    // No listen: nginx's default *:80.
    expect(await nginx('server {\n  location / {\n    proxy_pass http://localhost:11434/;\n  }\n}\n')).toEqual(['nginx-unauthenticated-proxy@3']);
    // Through an upstream block.
    expect(await nginx('upstream o {\n  server 127.0.0.1:11434;\n}\nserver {\n  listen 80;\n  location / {\n    proxy_pass http://o;\n  }\n}\n')).toEqual(['nginx-unauthenticated-proxy@7']);
    // An ordinary app on 3000 is not a protected service.
    expect(await nginx(open.replace('11434', '3000'))).toEqual([]);
    // A policy names the service.
    expect(await nginx(open.replace('11434', '3000'), { services: [{ name: 'grafana', port: 3000 }] })).toEqual(['nginx-unauthenticated-proxy@4']);
  });

  it('offers listening on loopback as the fix', async () => {
    const res = await checkText(open, { lang: 'nginx', policyObject: {} });
    const f = res.findings.find((x) => x.ruleId === 'nginx-unauthenticated-proxy');
    expect(f?.fix?.diff).toContain('+  listen 127.0.0.1:80;');
  });

  it('satisfy any, allow without deny, return before auth, auth_basic off', async () => {
    expect(await nginx('server {\n  listen 80;\n  location / {\n    satisfy any;\n    allow all;\n    auth_basic "x";\n    auth_basic_user_file /etc/nginx/.htpasswd;\n    root /srv;\n  }\n}\n')).toEqual(['nginx-satisfy-any-allow-all@5']);
    expect(await nginx('server {\n  listen 80;\n  location / {\n    allow 192.168.0.0/16;\n    root /srv;\n  }\n}\n')).toEqual(['nginx-allow-without-deny@4']);
    expect(await nginx('server {\n  listen 80;\n  location / {\n    auth_basic "x";\n    auth_basic_user_file /etc/nginx/.htpasswd;\n    return 200 "secret";\n  }\n}\n')).toEqual(['nginx-return-bypasses-auth@6']);
    expect(await nginx('server {\n  listen 80;\n  location / {\n    auth_basic "x";\n    auth_basic_user_file /etc/nginx/.htpasswd;\n    return 301 https://$host$request_uri;\n  }\n}\n')).toEqual([]);
    expect(await nginx('server {\n  listen 80;\n  auth_basic "x";\n  auth_basic_user_file /etc/nginx/.htpasswd;\n  location /open {\n    auth_basic off;\n    root /srv;\n  }\n}\n')).toEqual(['nginx-auth-disabled-nested@6']);
  });

  it('TLS: weak protocols and listen 443 without ssl', async () => {
    expect(await nginx('server {\n  listen 443 ssl;\n  ssl_certificate a.pem;\n  ssl_certificate_key a.key;\n  ssl_protocols TLSv1 TLSv1.2;\n}\n')).toEqual(['nginx-weak-tls-protocols@5']);
    expect(await nginx('server {\n  listen 443;\n  ssl_certificate a.pem;\n  ssl_certificate_key a.key;\n}\n')).toEqual(['nginx-listen-443-without-ssl@2']);
    expect(await nginx('server {\n  listen 443 quic;\n  listen 443 ssl;\n  ssl_certificate a.pem;\n  ssl_certificate_key a.key;\n}\n')).toEqual([]);
  });
});

describe('nginx consistency across an answer', () => {
  it('names the similar file the answer does create', async () => {
    const md = '```bash\nsudo openssl req -x509 -nodes -newkey rsa:2048 -keyout /etc/ssl/private/nginx.key -out /etc/ssl/certs/nginx.crt\n```\n\n```nginx\nserver {\n    listen 443 ssl;\n    ssl_certificate /etc/ssl/certs/nginx-selfsigned.crt;\n    ssl_certificate_key /etc/ssl/private/nginx.key;\n}\n```\n';
    const got = await answer(md);
    expect(got.map((f) => `${f.id}@${f.line}`)).toEqual(['nginx-missing-file@8']);
    expect(got[0].message).toContain('/etc/ssl/certs/nginx.crt (line 2)');
  });

  it('stays quiet when the answer creates nothing similar (the file may exist)', async () => {
    const md = '```nginx\nserver {\n    listen 443 ssl;\n    ssl_certificate /etc/ssl/certs/site.crt;\n    ssl_certificate_key /etc/ssl/private/site.key;\n}\n```\n';
    expect(await answer(md)).toEqual([]);
  });

  it('Host header Ollama rejects, per its FAQ', async () => {
    expect(await nginx('server {\n  listen 127.0.0.1:81;\n  location / {\n    proxy_pass http://127.0.0.1:11434;\n    proxy_set_header Host $http_host;\n  }\n}\n')).toEqual(['nginx-host-header-rejected@5']);
    expect(await nginx('server {\n  listen 127.0.0.1:81;\n  location / {\n    proxy_pass http://127.0.0.1:11434;\n  }\n}\n')).toEqual([]);
  });
});
