import { describe, expect, it } from 'vitest';
import { makeSource, wholeDocument, type Document } from '../../src/core/document';
import { parseText, syntaxProblems } from '../../src/parse';
import { nftModel, type NftMatch, type NftVerdict } from '../../src/model/nftables';
import { coverage, percent } from '../../src/tools/parser-coverage';

function doc(text: string): Document {
  return wholeDocument(makeSource('test.nft', text), 'nftables', 'test.nft', 0);
}

/**
 * Rows of the syntax problems. A MISSING token sits where tree-sitter inserted it,
 * which may be after the newline that followed the last good token; the line to
 * fix is where that token ends (the pipeline should do the same).
 */
function problems(text: string) {
  return syntaxProblems(parseText('nftables', text)).map((p) => ({
    kind: p.kind,
    row: p.kind === 'missing' && p.node.previousSibling ? p.node.previousSibling.endPosition.row : p.node.startPosition.row,
  }));
}

const AI_ANSWER = `table inet filter {
  chain input {
    type filter hook input priority 0; policy drop;
    ct state established,related accept
    iif lo accept
    tcp dport 22 accept
    ip saddr 192.168.1.0/24 tcp dport 11434 accept
  }
}
`;

describe('nftables grammar', () => {
  it('parses a bare rule fragment', () => {
    expect(problems('tcp dport 22 accept')).toEqual([]);
    const tree = parseText('nftables', 'ip saddr != { 10.0.0.0/8, 192.168.0.0/16 } tcp dport 1-1024 counter drop');
    expect(tree.rootNode.namedChildren.map((n) => n.type)).toEqual(['rule']);
  });

  it('parses nft command lines: sudo, options, quoted and escaped rules, chained commands', () => {
    for (const line of [
      "sudo nft 'add rule inet f input tcp dport { 22, 80 } accept'",
      'nft add rule inet f input tcp dport \\{ 22, 80 \\} accept',
      'nft add chain inet f input \\{ type filter hook input priority 0 \\; policy drop \\; \\}',
      'nft -c -f /etc/nftables.conf',
      'sudo nft -a list ruleset',
      'nft flush ruleset',
      'nft insert rule ip filter INPUT position 3 iifname "lo" accept',
      'nft delete rule inet f input handle 7',
      'nft add table inet f \\; add chain inet f c',
    ]) {
      expect(problems(line), line).toEqual([]);
    }
    const inv = parseText('nftables', "sudo nft 'add rule inet f input tcp dport { 22, 80 } accept'").rootNode.namedChildren[0];
    expect(inv.type).toBe('nft_invocation');
    expect(inv.childForFieldName('command')?.childForFieldName('chain')?.text).toBe('input');
  });

  it('puts the error on the line to fix', () => {
    // An unclosed anonymous set: reported on line 3, not at the end of the file.
    const broken = 'table inet f {\n chain input {\n  tcp dport { 22, 80 accept\n  ct state established accept\n }\n}\n';
    const p = problems(broken);
    expect(p.length).toBeGreaterThan(0);
    expect(p[0].row).toBe(2);
    // A stray quote.
    const quote = 'table inet f {\n chain input {\n  iifname "lo accept\n  tcp dport 22 accept\n }\n}\n';
    expect(problems(quote)[0].row).toBe(2);
  });

  it('parses a hallucinated keyword and the model flags it with a suggestion and position', () => {
    const text = 'table inet f {\n chain input {\n  type filter hook input priority 0;\n  tcp dprt 22 accept\n  ct stat established accept\n  port 80 accept\n }\n}\n';
    expect(problems(text)).toEqual([]);
    const m = nftModel(doc(text));
    const words = m.unknown.map((u) => [u.word, u.suggestion, u.span.start.row, u.span.start.column]);
    expect(words).toEqual([
      ['dprt', 'dport', 3, 6],
      ['stat', 'state', 4, 5],
      ['port', 'th dport', 5, 2],
    ]);
  });
});

describe('nftables model', () => {
  it('models a typical AI answer ruleset', () => {
    const m = nftModel(doc(AI_ANSWER));
    expect(m.tables).toHaveLength(1);
    const t = m.tables[0];
    expect([t.family, t.name]).toEqual(['inet', 'filter']);
    const c = t.chains[0];
    expect([c.name, c.type, c.hook, c.priority, c.priorityValue, c.policy]).toEqual(['input', 'filter', 'input', '0', 0, 'drop']);
    expect(c.rules).toHaveLength(4);
    const [est, lo, ssh, ollama] = c.rules;
    const m0 = est.statements[0] as NftMatch;
    expect(m0.kind).toBe('match');
    expect(m0.left).toEqual(['ct', 'state']);
    expect(m0.right?.kind).toBe('list');
    expect(m0.right?.kind === 'list' && m0.right.items.map((i) => i.text)).toEqual(['established', 'related']);
    expect(est.verdict?.verdict).toBe('accept');
    expect((lo.statements[0] as NftMatch).selector).toBe('meta iif');
    const dport = ssh.statements[0] as NftMatch;
    expect([dport.left, dport.op, dport.right?.text]).toEqual([['tcp', 'dport'], '==', '22']);
    const [saddr, port, verdict] = ollama.statements as [NftMatch, NftMatch, NftVerdict];
    expect(saddr.right).toMatchObject({ kind: 'prefix', address: '192.168.1.0', length: 24 });
    expect(port.right?.text).toBe('11434');
    expect(verdict.verdict).toBe('accept');
    expect(ollama.span.start.row).toBe(6);
    expect(m.unknown).toEqual([]);
  });

  it('models flat commands, sets, maps, defines and other statements', () => {
    const text = [
      'define lan = 192.168.1.0/24',
      'define ports = { 22, 443 }',
      'flush ruleset',
      'add table inet f',
      'add chain inet f input { type filter hook input priority filter + 10; policy drop; }',
      'add set inet f allowed { type ipv4_addr; flags interval; elements = { 10.0.0.0/8, 10.1.0.1-10.1.0.9 }; }',
      'add rule inet f input ip saddr $lan tcp dport $ports accept',
      'add rule inet f input ip saddr @allowed tcp dport != 22 log prefix "nope: " counter reject with icmpx type admin-prohibited',
      'insert rule inet f input tcp dport vmap { 80 : accept, 8080 : jump web }',
      'add rule inet f input meta l4proto tcp th dport 1-1024 meta mark set 0x1 dnat ip to 10.0.0.2:8080 comment "fwd"',
      'delete rule inet f input handle 9',
    ].join('\n');
    expect(problems(text)).toEqual([]);
    const m = nftModel(doc(text));
    expect(m.commands.map((c) => `${c.verb} ${c.object}`)).toEqual([
      'flush ruleset', 'add table', 'add chain', 'add set', 'add rule', 'add rule', 'insert rule', 'add rule', 'delete rule',
    ]);
    expect(m.commands[8].handle).toBe(9);
    const c = m.tables[0].chains[0];
    expect([c.priority, c.priorityValue, c.policy]).toEqual(['filter + 10', 10, 'drop']);
    expect(c.rules).toHaveLength(4);
    expect(c.rules[0].statements[0]).toMatchObject({ kind: 'vmap', left: ['tcp', 'dport'] });
    const lan = c.rules[1].statements[0] as NftMatch;
    expect(lan.right).toMatchObject({ kind: 'variable', name: 'lan', resolved: { kind: 'prefix', length: 24 } });
    const ports = c.rules[1].statements[1] as NftMatch;
    expect(ports.right?.kind === 'variable' && ports.right.resolved?.kind).toBe('set');
    const r2 = c.rules[2].statements;
    expect(r2.map((s) => s.kind)).toEqual(['match', 'match', 'statement', 'statement', 'verdict']);
    expect(r2[0]).toMatchObject({ right: { kind: 'setref', name: 'allowed' } });
    expect(r2[1]).toMatchObject({ op: '!=', explicitOp: true });
    expect(r2[4]).toMatchObject({ verdict: 'reject', args: ['with', 'icmpx', 'type', 'admin-prohibited'] });
    const r3 = c.rules[3];
    expect(r3.statements.map((s) => s.kind)).toEqual(['match', 'match', 'mangle', 'statement', 'statement']);
    expect(r3.statements[1]).toMatchObject({ left: ['th', 'dport'], right: { kind: 'range', from: '1', to: '1024' } });
    expect(r3.comment).toBe('fwd');
    const set = m.tables[0].sets[0];
    expect([set.type, set.flags, set.elements.map((e) => e.key.kind)]).toEqual(['ipv4_addr', ['interval'], ['prefix', 'range']]);
  });

  it('models nft invocations', () => {
    const m = nftModel(doc("sudo nft -c -f /etc/nftables.conf\nnft 'add rule inet f input tcp dport { 22, 80 } accept'\n"));
    expect(m.invocations.map((i) => [i.sudo, i.file, i.check])).toEqual([[true, '/etc/nftables.conf', true], [false, undefined, false]]);
    expect(m.commands.map((c) => `${c.verb} ${c.object} ${c.invocation ? 'nft' : ''}`)).toEqual(['run-file file nft', 'add rule nft']);
    const r = m.commands[1].rule!;
    expect(r.statements[0]).toMatchObject({ left: ['tcp', 'dport'], right: { kind: 'set' } });
  });

  it('models a bare rule fragment', () => {
    const m = nftModel(doc('tcp dport 22 accept'));
    expect(m.fragmentRules).toHaveLength(1);
    expect(m.fragmentRules[0].statements.map((s) => s.kind)).toEqual(['match', 'verdict']);
  });
});

describe('nftables coverage on the external corpus', () => {
  it('parses >= 99% of expected-valid items', () => {
    const c = coverage('nftables');
    expect(c.unavailable).toBeUndefined();
    expect(percent(c)).toBeGreaterThanOrEqual(99);
  });
});
