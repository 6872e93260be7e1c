/**
 * @file nftables: .nft rulesets, `nft` command lines and bare rule fragments.
 *
 * The grammar knows the *shape* of nftables input (tables, chains, sets, maps,
 * objects, commands, `define`/`include`, newline- and `;`-separated statements)
 * but not its vocabulary: a rule is a flat sequence of items (words, numbers,
 * addresses, strings, `$vars`, `@sets`, operators, `{ }` sets, verdicts). Which
 * words form a selector (`ip saddr`, `ct state`, `meta l4proto`) and which a
 * value is decided by src/model/nftables.ts with the keyword table in
 * src/knowledge/nft-keywords.ts, so a hallucinated keyword parses and is flagged
 * there, with "did you mean", instead of turning into an opaque ERROR.
 *
 * Facts from nft(8) and nftables' src/parser_bison.y / scanner.l (no code taken).
 */

// @ts-check
/// <reference types="tree-sitter-cli/dsl" />

const PREC = {
  // A set element / rule keeps taking items rather than ending early.
  item: 1,
};

const FAMILIES = ['ip', 'ip6', 'inet', 'arp', 'bridge', 'netdev'];

const VERBS = [
  'add', 'create', 'insert', 'replace', 'delete', 'destroy', 'flush', 'list',
  'reset', 'get', 'rename', 'describe', 'monitor', 'export', 'import',
];

// Stateful objects declared in a table body or by `add <kind> …`.
const OBJECT_KINDS = ['counter', 'quota', 'limit', 'secmark', 'synproxy', 'tunnel'];

const OPERATORS = [
  '==', '!=', '<=', '>=', '<', '>', '!', '&', '|', '^', '<<', '>>',
  '.', ',', ':', '-', '+', '=', '/', '*',
];

module.exports = grammar({
  name: 'nftables',

  word: $ => $.identifier,

  extras: $ => [
    /[ \t\f\r]+/,
    $.comment,
    $.line_continuation,
    // Shell quoting around an nft command line (`nft 'add rule … { 22, 80 }'`)
    // and shell escapes (`\{`, `\;`) are not nftables syntax: skip them.
    "'",
    '\\',
  ],

  conflicts: $ => [],

  rules: {
    source_file: $ => seq(
      repeat($._separator),
      optional(seq(
        $._top_item,
        repeat(seq(repeat1($._separator), $._top_item)),
        repeat($._separator),
      )),
    ),

    _top_item: $ => choice(
      $.include,
      $.define,
      $.undefine,
      $.table,
      $.chain,
      $.set,
      $.map,
      $.object,
      $.flowtable,
      $.command,
      $.nft_invocation,
      // Fragments: a chain body's lines, a bare rule.
      $.chain_type,
      $.policy,
      $.rule,
    ),

    // ---- shell command line -------------------------------------------------

    nft_invocation: $ => seq(
      optional(field('sudo', alias(choice('sudo', 'doas'), $.sudo))),
      field('program', alias(choice('nft', '/usr/sbin/nft', '/sbin/nft', '/usr/bin/nft'), $.program)),
      repeat(field('option', $.option)),
      optional(field('command', $.command)),
    ),

    option: $ => choice(
      seq(
        field('name', alias(choice('-f', '--file', '-I', '--includepath', '-D', '--define'), $.flag)),
        field('value', choice($.path, $.string)),
      ),
      field('name', $.flag),
    ),

    flag: _ => /--?[a-zA-Z][a-zA-Z0-9-]*/,
    path: _ => /[^\s;'"#]+/,

    // ---- top-level statements -------------------------------------------------

    include: $ => seq('include', field('path', $.string)),

    define: $ => seq(
      choice('define', 'redefine'),
      field('name', $.identifier),
      '=',
      field('value', $.expression),
    ),

    undefine: $ => seq('undefine', field('name', $.identifier)),

    expression: $ => repeat1($._item),

    // ---- commands (`add rule inet f input …`, `flush ruleset`) ------------------

    command: $ => choice(
      $._table_command,
      $._chain_command,
      $._rule_command,
      $._set_command,
      $._object_command,
      $._element_command,
      $._other_command,
    ),

    _table_command: $ => seq(
      field('verb', $.verb),
      field('object', alias('table', $.object_type)),
      optional(field('family', $.family)),
      optional(field('table', $._name)),
      optional($._handle),
      optional(field('body', $.table_body)),
    ),

    _chain_command: $ => seq(
      field('verb', $.verb),
      field('object', alias('chain', $.object_type)),
      optional(field('family', $.family)),
      field('table', $._name),
      optional(seq(field('name', $._name), optional(field('new_name', $._name)))),
      optional($._handle),
      optional(field('body', $.chain_body)),
    ),

    _rule_command: $ => seq(
      field('verb', $.verb),
      field('object', alias('rule', $.object_type)),
      optional(field('family', $.family)),
      field('table', $._name),
      field('chain', $._name),
      optional(field('position', $.rule_position)),
      optional(field('rule', $.rule)),
    ),

    rule_position: $ => seq(
      field('kind', choice('handle', 'index', 'position')),
      field('value', $.number),
    ),

    _set_command: $ => seq(
      field('verb', $.verb),
      field('object', alias(choice('set', 'map', 'flowtable'), $.object_type)),
      optional(field('family', $.family)),
      field('table', $._name),
      optional(field('name', $._name)),
      optional($._handle),
      optional(field('body', $.block)),
    ),

    _object_command: $ => seq(
      field('verb', $.verb),
      field('object', alias($._object_kind, $.object_type)),
      optional(field('family', $.family)),
      field('table', $._name),
      choice($._handle, seq(
        field('name', $._name),
        optional(choice(
          field('body', $.block),
          // `add quota ip t q 25 mbytes`, `add limit ip t l rate 1/second`
          field('value', alias(repeat1(choice($.identifier, $.number, $.string)), $.expression)),
        )),
      )),
    ),

    _element_command: $ => seq(
      field('verb', $.verb),
      field('object', alias('element', $.object_type)),
      optional(field('family', $.family)),
      field('table', $._name),
      field('name', $._name),
      field('elements', $.set_expression),
    ),

    // `list ruleset`, `flush ruleset ip`, `list tables`, `reset counters`, `describe tcp dport`
    _other_command: $ => prec.right(seq(
      field('verb', $.verb),
      optional(field('args', $.expression)),
    )),

    _handle: $ => seq('handle', field('handle', $.number)),

    verb: _ => choice(...VERBS),

    family: _ => choice(...FAMILIES),

    // ---- blocks ----------------------------------------------------------------

    table: $ => seq(
      'table',
      optional(field('family', $.family)),
      field('name', $._name),
      field('body', $.table_body),
    ),

    table_body: $ => block($, choice(
      $.chain,
      $.set,
      $.map,
      $.flowtable,
      $.object,
      $.define,
      $.attribute,
    )),

    chain: $ => seq('chain', field('name', $._name), field('body', $.chain_body)),

    chain_body: $ => block($, choice($.chain_type, $.policy, $.rule)),

    // `type filter hook input priority 0`, `type filter hook ingress devices = { … } priority 0`
    chain_type: $ => seq(
      'type',
      field('type', $.identifier),
      repeat(choice(
        seq('hook', field('hook', $.identifier)),
        seq('device', field('device', $._value)),
        seq('devices', '=', field('devices', choice($.set_expression, $.variable))),
        seq('priority', field('priority', $.priority)),
      )),
    ),

    priority: $ => prec.right(repeat1(choice($.identifier, $.number, $.variable, '+', '-'))),

    policy: $ => seq('policy', field('policy', choice($.verdict, $.identifier, $.variable))),

    set: $ => seq('set', field('name', $._name), field('body', $.block)),
    map: $ => seq('map', field('name', $._name), field('body', $.block)),
    flowtable: $ => seq('flowtable', field('name', $._name), field('body', $.block)),

    object: $ => seq(
      field('kind', alias($._object_kind, $.object_type)),
      field('name', $._name),
      field('body', $.block),
    ),

    _object_kind: $ => choice(...OBJECT_KINDS, seq('ct', $.identifier)),

    // A set/map/object/flowtable body: `type ipv4_addr; flags interval; elements = { … }`.
    block: $ => block($, $.attribute),

    // One line of a body that is not a chain: the model reads its first word.
    attribute: $ => repeat1($._item),

    // ---- rules -----------------------------------------------------------------

    rule: $ => prec.right(repeat1($._item)),

    _item: $ => choice(
      $.identifier,
      $.number,
      $.ipv6_address,
      $.string,
      $.variable,
      $.set_reference,
      $.raw_payload,
      $.verdict,
      $.set_expression,
      $.group,
      $.bracket,
      $.operator,
    ),

    verdict: $ => choice(
      'accept', 'drop', 'continue', 'return', 'reject', 'queue',
      seq(
        choice('jump', 'goto'),
        // `jump { … }`: an anonymous chain bound to the rule.
        choice(field('chain', $._name), field('body', $.chain_body)),
      ),
    ),

    operator: _ => choice(...OPERATORS),

    // `{ 22, 80 }`, `{ 10.0.0.1 : accept, … }`: newlines are free inside.
    // Elements need commas between them, so a missing `}` is reported on the
    // line where the set was left open rather than at the end of the file.
    set_expression: $ => seq(
      '{',
      repeat($._newline),
      optional(seq(
        $.element,
        repeat(seq(repeat($._newline), ',', repeat($._newline), $.element)),
        repeat($._newline),
        optional(seq(',', repeat($._newline))),
      )),
      '}',
    ),

    element: $ => prec.right(PREC.item, repeat1($._element_item)),

    _element_item: $ => choice(
      $.identifier,
      $.number,
      $.ipv6_address,
      $.string,
      $.variable,
      $.set_reference,
      $.raw_payload,
      $.verdict,
      $.set_expression,
      $.group,
      $.bracket,
      alias(choice(...OPERATORS.filter(o => o !== ',')), $.operator),
    ),

    group: $ => seq('(', repeat($._item), ')'),
    bracket: $ => seq('[', repeat($._item), ']'),

    // ---- tokens ----------------------------------------------------------------

    _name: $ => choice($.identifier, $.string, $.variable),
    _value: $ => choice($.identifier, $.string, $.variable, $.number),

    // nft's own `string` token allows `-`, `.`, `/` inside: frag-off, ftp-standard, mbytes/second.
    identifier: _ => /[A-Za-z_][A-Za-z0-9_\-.\/*]*/,

    // Numbers, IPv4 addresses and prefixes, ranges, times (1h30m), rates (10/second), hex.
    number: _ => /-?[0-9][0-9A-Za-z_.\/\-%]*/,

    // IPv6 addresses and MACs: two or more colons (`::1`, `fe80::1/64`, `00:11:22:33:44:55`).
    ipv6_address: _ => token(prec(1, /[0-9a-fA-F]{0,4}:[0-9a-fA-F]{0,4}:[0-9a-fA-F:.]*(\/[0-9]+)?(-[0-9a-fA-F:.]+)?/)),

    string: _ => /"([^"\\\n]|\\.)*"/,

    variable: _ => /\$[A-Za-z_][A-Za-z0-9_\-]*/,

    set_reference: _ => /@[A-Za-z_$][A-Za-z0-9_\-.]*/,

    // `@th,16,16`: raw payload expression base,offset,length.
    raw_payload: _ => token(prec(1, /@[a-z0-9]+,[0-9]+,[0-9]+/)),

    comment: _ => token(seq('#', /[^\n]*/)),

    line_continuation: _ => token(seq('\\', /\r?\n/)),

    _newline: _ => /\n/,

    _separator: $ => choice($._newline, ';'),
  },
});

/**
 * `{ item ; item \n item }`: items separated by `;` or newlines.
 *
 * @param {GrammarSymbols<string>} $
 * @param {RuleOrLiteral} item
 */
function block($, item) {
  return seq(
    '{',
    repeat($._separator),
    optional(seq(item, repeat(seq(repeat1($._separator), item)), repeat($._separator))),
    '}',
  );
}
