import { describe, expect, it } from 'vitest';
import { makeSource, wholeDocument } from '../../src/core/document';
import { addressOutside, anyAddr, contains, formatAddr, parseCidr } from '../../src/firewall/addr';
import { applyOp, makeRule, type ApplyContext } from '../../src/firewall/apply';
import { evaluate } from '../../src/firewall/evaluate';
import { mk, type FirewallState, type Match, type PacketClass, type Verdict } from '../../src/firewall/model';
import type { FwOp, NftOp, UfwRuleSpec } from '../../src/firewall/ops';
import { freshState } from '../../src/firewall/state';
import { subsumes } from '../../src/firewall/subsume';

const doc = wholeDocument(makeSource('t.sh', 'x\n'.repeat(50)), 'shell', 't', 0);
const at = (row: number) => ({ doc, span: { start: { row, column: 0 }, end: { row, column: 1 } } });
const cx = (): ApplyContext => ({ step: 0, problems: [], events: [] });
const cidr = (s: string) => parseCidr(s)!;

function ipt(state: FirewallState, action: 'append' | 'policy' | 'flush' | 'new-chain', chain: string, matches: Match[] = [], verdict: Verdict = { kind: 'accept' }, extra: Partial<FwOp> = {}, c = cx()) {
  applyOp(state, { kind: 'ipt', family: 'ip', table: 'filter', action, chain, rule: { matches, verdict, text: 't', origin: at(0) }, policy: 'drop', origin: at(0), ...extra } as FwOp, c);
  return c;
}

const tcp = (port: number, src = '203.0.113.9', extra: Partial<PacketClass> = {}): PacketClass => ({ family: 'ip', proto: 'tcp', src: cidr(src), dport: port, ct: 'new', ...extra });
const dport = (p: number) => mk({ kind: 'dport', ports: [{ lo: p, hi: p }] });
const proto = (p: string) => mk({ kind: 'proto', protos: [p] });

describe('addresses', () => {
  it('contains and finds an outsider', () => {
    expect(contains(cidr('10.0.0.0/8'), cidr('10.1.2.3'))).toBe(true);
    expect(contains(cidr('2001:db8::/32'), cidr('2001:db8::1'))).toBe(true);
    expect(contains(cidr('192.168.1.0/255.255.255.0'), cidr('192.168.1.77'))).toBe(true);
    const out = addressOutside(anyAddr('ip'), [cidr('0.0.0.0/1')])!;
    expect(out.text).toBe('128.0.0.0');
    expect(formatAddr('ip6', cidr('2001:db8::9').lo)).toBe('2001:db8::9');
  });
});

describe('evaluator', () => {
  it('accepts everything on a fresh server, by policy', () => {
    const e = evaluate(freshState(), tcp(22));
    expect(e.verdict).toBe('accept');
    expect(e.outcomes[0].decidedBy.kind).toBe('policy');
  });

  it('names the rule or policy that decided', () => {
    const s = freshState();
    ipt(s, 'append', 'INPUT', [proto('tcp'), dport(22)]);
    ipt(s, 'policy', 'INPUT', [], undefined, { policy: 'drop' } as Partial<FwOp>);
    expect(evaluate(s, tcp(22)).verdict).toBe('accept');
    const other = evaluate(s, tcp(80));
    expect(other.verdict).toBe('drop');
    expect(other.outcomes[0].decidedBy.kind).toBe('policy');
  });

  it('forks on a source range only partly inside the packet class', () => {
    const s = freshState();
    ipt(s, 'append', 'INPUT', [proto('tcp'), mk({ kind: 'src', cidrs: [cidr('192.168.1.0/24')] }), dport(22)]);
    ipt(s, 'policy', 'INPUT', [], undefined, { policy: 'drop' } as Partial<FwOp>);
    const e = evaluate(s, tcp(22, '0.0.0.0/0'));
    expect(e.verdict).toBe('mixed');
    const acc = e.outcomes.find((o) => o.verdict === 'accept')!;
    expect(acc.assumptions.map((a) => a.reason)).toEqual(['src']);
    expect(evaluate(s, tcp(22, '192.168.1.5')).verdict).toBe('accept');
  });

  it('treats an unknown match as may-or-may-not', () => {
    const s = freshState();
    ipt(s, 'append', 'INPUT', [mk({ kind: 'unknown', text: '-m owner' })], { kind: 'drop' });
    const e = evaluate(s, tcp(22));
    expect(e.verdict).toBe('mixed');
    expect(e.outcomes.map((o) => o.verdict).sort()).toEqual(['accept', 'drop']);
  });

  it('follows jump and return', () => {
    const s = freshState();
    ipt(s, 'new-chain', 'SSH');
    ipt(s, 'append', 'SSH', [mk({ kind: 'src', cidrs: [cidr('10.0.0.0/8')] })], { kind: 'return' });
    ipt(s, 'append', 'SSH', [], { kind: 'drop' });
    ipt(s, 'append', 'INPUT', [proto('tcp'), dport(22)], { kind: 'jump', target: 'SSH' });
    expect(evaluate(s, tcp(22, '10.1.1.1')).verdict).toBe('accept');
    expect(evaluate(s, tcp(22)).verdict).toBe('drop');
  });

  it('refuses a rule into a chain that does not exist, and a policy on a user chain', () => {
    const s = freshState();
    const c = ipt(s, 'append', 'NOPE', [], { kind: 'accept' });
    expect(c.problems[0].kind).toBe('missing-chain');
    ipt(s, 'new-chain', 'WEB');
    const c2 = ipt(s, 'policy', 'WEB', [], undefined, { policy: 'drop' } as Partial<FwOp>);
    expect(c2.problems[0].kind).toBe('policy-on-user-chain');
  });

  it('reports a flush under a DROP policy', () => {
    const s = freshState();
    ipt(s, 'policy', 'INPUT', [], undefined, { policy: 'drop' } as Partial<FwOp>);
    const c = ipt(s, 'flush', 'INPUT');
    expect(c.events.map((e) => e.kind)).toEqual(['flush-under-drop']);
  });
});

describe('nftables: inet tables and family-bound matches', () => {
  const nft = (s: FirewallState, op: Omit<NftOp, 'kind' | 'origin' | 'family' | 'table'>) =>
    applyOp(s, { kind: 'nft-batch', origin: at(0), ops: [{ kind: 'nft', family: 'inet', table: 'filter', origin: at(0), ...op } as NftOp] }, cx());
  it('an `ip saddr != LAN drop` rule lets IPv6 through', () => {
    const s = freshState();
    nft(s, { action: 'add-table' });
    nft(s, { action: 'add-chain', chain: 'input', base: { hook: 'input', priority: 0, policy: 'accept' } });
    nft(s, {
      action: 'add-rule',
      chain: 'input',
      rule: { matches: [mk({ kind: 'src', cidrs: [cidr('192.168.1.0/24')], family: 'ip', negate: true }), mk({ kind: 'dport', ports: [{ lo: 11434, hi: 11434 }], proto: 'tcp' })], verdict: { kind: 'drop' }, text: 'x', origin: at(1) },
    });
    expect(evaluate(s, tcp(11434)).verdict).toBe('drop');
    expect(evaluate(s, { ...tcp(11434), family: 'ip6', src: cidr('2001:db8::9') }).verdict).toBe('accept');
  });
  it('a batch with an error changes nothing', () => {
    const s = freshState();
    nft(s, { action: 'add-rule', chain: 'input', rule: { matches: [], verdict: { kind: 'drop' }, text: 'x', origin: at(1) } });
    expect(s.tables.filter((t) => t.backend === 'nft')).toEqual([]);
  });
});

describe('ufw as ufw behaves', () => {
  const rule = (extra: Partial<UfwRuleSpec>): UfwRuleSpec => ({ action: 'allow', direction: 'in', route: false, families: ['ip', 'ip6'], key: `k${Math.random()}`, ...extra });
  const ufw = (s: FirewallState, op: Partial<FwOp>) => applyOp(s, { kind: 'ufw', origin: at(0), ...op } as FwOp, cx());
  it('default deny incoming once enabled; before.rules keep established and loopback', () => {
    const s = freshState();
    ufw(s, { action: 'enable' });
    expect(evaluate(s, tcp(22)).verdict).toBe('drop');
    expect(evaluate(s, tcp(22, '203.0.113.9', { ct: 'established' })).verdict).toBe('accept');
    expect(evaluate(s, tcp(11434, '127.0.0.1', { iif: 'lo' })).verdict).toBe('accept');
    ufw(s, { action: 'add', rule: rule({ proto: 'tcp', dports: [{ lo: 22, hi: 22 }] }) });
    expect(evaluate(s, tcp(22)).verdict).toBe('accept');
    expect(evaluate(s, { ...tcp(22), family: 'ip6', src: cidr('2001:db8::9') }).verdict).toBe('accept');
  });
  it('rules added while inactive apply on enable; disable restores ACCEPT', () => {
    const s = freshState();
    ufw(s, { action: 'add', rule: rule({ proto: 'tcp', dports: [{ lo: 80, hi: 80 }] }) });
    expect(evaluate(s, tcp(22)).verdict).toBe('accept');
    ufw(s, { action: 'enable' });
    expect(evaluate(s, tcp(22)).verdict).toBe('drop');
    expect(evaluate(s, tcp(80)).verdict).toBe('accept');
    ufw(s, { action: 'disable' });
    expect(evaluate(s, tcp(22)).verdict).toBe('accept');
  });
  it('first match wins: insert 1 puts a deny before an allow', () => {
    const s = freshState();
    ufw(s, { action: 'add', rule: rule({ dports: [{ lo: 8080, hi: 8080 }] }) });
    ufw(s, { action: 'insert', position: 1, rule: rule({ action: 'deny', src: cidr('203.0.113.0/24'), families: ['ip'], dports: [{ lo: 8080, hi: 8080 }] }) });
    ufw(s, { action: 'enable' });
    expect(evaluate(s, tcp(8080)).verdict).toBe('drop');
    expect(evaluate(s, tcp(8080, '198.51.100.1')).verdict).toBe('accept');
  });
});

describe('subsumption', () => {
  it('a port allow covers a narrower deny; not the other way', () => {
    const a = makeRule({ matches: [proto('tcp'), dport(8080)], verdict: { kind: 'accept' }, text: 'a', origin: at(0) }, 'iptables', 0);
    const b = makeRule({ matches: [proto('tcp'), mk({ kind: 'src', cidrs: [cidr('203.0.113.0/24')] }), dport(8080)], verdict: { kind: 'drop' }, text: 'b', origin: at(1) }, 'iptables', 0);
    expect(subsumes(a, b)).toBe(true);
    expect(subsumes(b, a)).toBe(false);
  });
});
