import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check-text';
import { makeSource, wholeDocument } from '../../src/core/document';
import { caddyModel, tokenize } from '../../src/model/caddyfile';
import { bcryptProblem } from '../../src/rules/caddy/basic-auth-bad-hash';
import { upstreamPort } from '../../src/rules/caddy/proxy-without-auth';

const doc = (text: string) => wholeDocument(makeSource('Caddyfile', text), 'caddyfile', 'Caddyfile', 0);
const ids = async (text: string) => (await checkText(text, { filename: 'Caddyfile' })).findings.map((f) => `${f.ruleId}@${f.line}`);
const GOOD = '$2a$14$Zkx19XLiW6VYouLHR5NmfOFU0z2GTNmpkT/5qqR7hx4IjWJPDhjvG';

describe('Caddyfile lexer and model', () => {
  it('lexes quotes, backticks, comments only at a token start, and heredocs', () => {
    const t = tokenize('respond "a \\"b\\" c" `raw "x"` a#b # comment\nrespond <<HTML\n  <p>hi</p>\n  HTML 200\n');
    expect(t.map((x) => x.text)).toEqual(['respond', 'a "b" c', 'raw "x"', 'a#b', 'respond', '<p>hi</p>', '200']);
  });
  it('reads global options, snippets with import, sites with several addresses, and nested blocks', () => {
    const m = caddyModel(doc('{\n\temail a@b.c\n}\n(common) {\n\tencode gzip\n}\na.com, b.com {\n\timport common\n\thandle /api/* {\n\t\treverse_proxy :8080\n\t}\n}\n'));
    expect(m.global?.map((d) => d.name)).toEqual(['email']);
    expect([...m.snippets.keys()]).toEqual(['common']);
    expect(m.sites[0].addresses.map((a) => a.text)).toEqual(['a.com', 'b.com']);
    expect(m.sites[0].directives.map((d) => d.name)).toEqual(['encode', 'handle']);
    expect(m.sites[0].directives[0].importedVia?.text).toBe('import');
    expect(m.sites[0].directives[1].block?.[0].args[0].text).toBe(':8080');
  });
  it('reads a single site without braces', () => {
    const m = caddyModel(doc(':8080\nreverse_proxy localhost:11434\n'));
    expect(m.sites).toHaveLength(1);
    expect(m.sites[0].directives.map((d) => d.name)).toEqual(['reverse_proxy']);
  });
});

describe('bcrypt hashes', () => {
  it('accepts a real hash, in plain or base64 form', () => {
    expect(bcryptProblem(GOOD)).toBeUndefined();
    expect(bcryptProblem(Buffer.from(GOOD).toString('base64'))).toBeUndefined();
  });
  it('names what is wrong', () => {
    expect(bcryptProblem(GOOD.slice(0, 50))).toMatch(/50 characters/);
    expect(bcryptProblem(GOOD.replace('$2a$', '$2x$'))).toMatch(/prefix/);
    expect(bcryptProblem(GOOD.replace('$14$', '$32$'))).toMatch(/cost 32/);
    expect(bcryptProblem(GOOD.slice(0, 59) + '!')).toMatch(/alphabet/);
    expect(bcryptProblem('hunter2')).toMatch(/plaintext/);
  });
});

describe('caddy rules', () => {
  it('reads upstream ports', () => {
    expect(upstreamPort('http://127.0.0.1:11434')).toBe(11434);
    expect(upstreamPort(':11434')).toBe(11434);
    expect(upstreamPort('ollama:11434')).toBe(11434);
    expect(upstreamPort('localhost')).toBeUndefined();
  });
  it('counts basic_auth scoped to the handle the proxy is in, not a different path', async () => {
    const scoped = `ai.example.com {\n\thandle /api/* {\n\t\tbasic_auth /api/* {\n\t\t\tadmin ${GOOD}\n\t\t}\n\t\treverse_proxy localhost:11434\n\t}\n}\n`;
    expect(await ids(scoped)).toEqual([]);
    const elsewhere = `ai.example.com {\n\tbasic_auth /admin/* {\n\t\tadmin ${GOOD}\n\t}\n\treverse_proxy localhost:11434\n}\n`;
    expect(await ids(elsewhere)).toEqual(['caddy-proxy-without-auth@5']);
  });
  it('finds the proxy in a `to` subdirective and stays quiet for a loopback bind', async () => {
    expect(await ids('ai.example.com {\n\treverse_proxy {\n\t\tto localhost:11434\n\t}\n}\n')).toEqual(['caddy-proxy-without-auth@2']);
    expect(await ids(':8081 {\n\tbind 127.0.0.1 ::1\n\treverse_proxy localhost:11434\n}\n')).toEqual([]);
  });
  it('treats client_auth with trusted CA and no mode as verifying, and with neither as require', async () => {
    expect(await ids('a.example.com {\n\ttls {\n\t\tclient_auth {\n\t\t\ttrusted_ca_cert_file /ca.pem\n\t\t}\n\t}\n\trespond ok\n}\n')).toEqual([]);
    expect(await ids('a.example.com {\n\ttls {\n\t\tclient_auth {\n\t\t}\n\t}\n\trespond ok\n}\n')).toEqual(['caddy-client-auth-not-verified@3']);
  });
});
