// @ts-check
/// <reference types="tree-sitter-cli/dsl" />
/**
 * @file iptables command lines and iptables-save / iptables-restore files.
 *
 * One grammar for three shapes that arrive mixed in AI answers:
 *   - command lines: `sudo iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE`
 *     (also ip6tables, the -legacy/-nft variants and a path before the name);
 *   - bare rule specs as iptables-save prints them: `-A INPUT -p tcp --dport 22 -j ACCEPT`;
 *   - whole save/restore files: `*filter`, `:INPUT DROP [0:0]`, rules, `COMMIT`.
 *
 * Options are parsed generically (`[!] --name [!] args…`), never from a list of
 * known options: an unknown or hallucinated option still parses, and the rules
 * (with src/knowledge/iptables-extensions.ts) judge it. Only the options that
 * change the shape of a command get their own node: the operation (-A, -I …),
 * the table (-t), the match module (-m), the jump (-j) and the goto (-g).
 *
 * Lines matter: a statement ends at a newline, except after a `\` continuation.
 */

const PREC = {
  // `--opt ! value` (old negation after the name) over `! --next` (negation of the next option).
  NEGATED_AFTER: 1,
};

/** Operations, short and long spelling. */
const OPERATIONS = [
  '-A', '--append',
  '-C', '--check',
  '-D', '--delete',
  '-I', '--insert',
  '-R', '--replace',
  '-L', '--list',
  '-S', '--list-rules',
  '-F', '--flush',
  '-Z', '--zero',
  '-N', '--new-chain', '--new',
  '-X', '--delete-chain',
  '-P', '--policy',
  '-E', '--rename-chain',
];

// An argument: one shell-like word, quotes kept in the token (the model unquotes).
// It may not start with `-` (that is an option), `!` (negation) or `#` (comment).
// Quotes close on their own line (a `\` continuation aside), so a stray quote is an
// error on the line that has it instead of swallowing the lines after it.
const DQ = /"([^"\\\r\n]|\\(.|\r?\n))*"/;
const SQ = /'[^'\r\n]*'/;
const ESC = /\\[^\r\n]/;

module.exports = grammar({
  name: 'iptables',

  extras: $ => [/[ \t\r\f]/, $.line_continuation, $.comment],

  conflicts: $ => [
    [$.option],
  ],

  rules: {
    source_file: $ => seq(
      optional($._statement),
      repeat(seq(choice($._newline, $.separator), optional($._statement))),
    ),

    // `a; b`, `a && b`: several commands on one line, as pasted from a shell.
    separator: _ => choice(';', '&&', '||'),

    _statement: $ => choice(
      $.command,
      $.rule,
      $.table_header,
      $.chain_declaration,
      $.commit,
    ),

    // sudo iptables -A INPUT …
    command: $ => seq(
      optional(field('sudo', $.sudo)),
      field('binary', $.binary),
      repeat($._item),
      repeat($.redirect),
    ),

    sudo: _ => 'sudo',

    binary: _ => /(\/[A-Za-z0-9_.\/-]*\/)?ip6?tables(-legacy|-nft)?(-save|-restore|-apply)?/,

    redirect: $ => seq(field('operator', choice('>', '>>', '<', '2>', '2>&1', '&>')), optional(field('target', $.argument))),

    // -A INPUT -p tcp --dport 22 -j ACCEPT   (an iptables-save line; optionally `[pkts:bytes]` first)
    rule: $ => seq(
      optional(field('counters', $.counters)),
      repeat1($._item),
    ),

    _item: $ => choice(
      $.operation,
      $.table_option,
      $.match_module,
      $.jump,
      $.goto,
      $.option,
    ),

    // -A INPUT | -I INPUT 2 | -P INPUT DROP | -E OLD NEW | -L
    operation: $ => seq(
      field('name', alias(choice(...OPERATIONS.map(o => o)), $.operation_name)),
      optional(seq(
        field('chain', $.argument),
        repeat(field('argument', $.argument)),
      )),
    ),

    table_option: $ => seq(
      field('name', alias(choice('-t', '--table'), $.option_name)),
      field('table', $.argument),
    ),

    match_module: $ => seq(
      field('name', alias(choice('-m', '--match'), $.option_name)),
      field('module', $.argument),
    ),

    jump: $ => seq(
      field('name', alias(choice('-j', '--jump'), $.option_name)),
      field('target', $.argument),
    ),

    goto: $ => seq(
      field('name', alias(choice('-g', '--goto'), $.option_name)),
      field('chain', $.argument),
    ),

    // [!] --name [!] args…   /   [!] -x args…
    option: $ => seq(
      optional(field('negation', $.negation)),
      field('name', $.option_name),
      choice(
        prec(PREC.NEGATED_AFTER, seq(field('negation', $.negation), repeat1(field('argument', $.argument)))),
        repeat(field('argument', $.argument)),
      ),
    ),

    negation: _ => '!',

    // -s, --dport, --log-prefix, -4, --dport=22 (getopt's `=` form stays in the name)
    option_name: _ => /--?[A-Za-z0-9][A-Za-z0-9_.+=:,\/-]*/,

    argument: _ => token(seq(
      choice(/[^\s"'\\!#<>&;|`-]/, DQ, SQ, ESC),
      repeat(choice(/[^\s"'\\;|&<>`]/, DQ, SQ, ESC)),
    )),

    // *filter
    table_header: $ => seq('*', field('name', alias(token.immediate(/[^\s]+/), $.table_name))),

    // :INPUT ACCEPT [0:0]    :ufw-user-input - [0:0]
    chain_declaration: $ => seq(
      ':',
      field('name', alias(token.immediate(/[^\s]+/), $.chain_name)),
      optional(field('policy', $.policy)),
      optional(field('counters', $.counters)),
    ),

    policy: _ => /[A-Za-z-][A-Za-z0-9_-]*/,

    counters: _ => /\[\d+:\d+\]/,

    commit: _ => 'COMMIT',

    comment: _ => token(prec(-1, /#[^\r\n]*/)),

    line_continuation: _ => token(/\\\r?\n/),

    _newline: _ => /\r?\n/,
  },
});
