// @ts-check
/// <reference types="tree-sitter-cli/dsl" />
/**
 * @file nginx configuration grammar for airlock.
 *
 * nginx's own lexer (ngx_conf_read_token) knows nothing about directives: a
 * config is words separated by whitespace, `;` ends a simple directive, `{ … }`
 * holds a block. This grammar follows it (and crossplane where the two differ:
 * a word also ends at `}`), so every directive of every module — and any
 * hallucinated one — parses the same way and is judged by rules, not here.
 *
 * What people write that is not a plain word sequence:
 * - quoted words, single or double, escapes inside, spanning lines;
 * - `${var}`: its braces are part of the word;
 * - `\x` escapes in bare words (`\;`, `\{`, `\ `);
 * - `#` starts a comment only where a word could start (`a#b` is one word);
 * - OpenResty `*_by_lua_block { … }` (and njs/js `_block` directives): raw code
 *   with its own braces and strings, kept opaque (scanned by src/scanner.c).
 *
 * A file may be a full nginx.conf or any fragment (a bare `location`, a
 * `server`, loose directives): the root is a list of directives either way.
 */

// `\` escapes the next character, newline included.
const ESCAPE = /\\(.|\r?\n)/;
// `$name`, `${name}`, or a lone `$`.
const VARIABLE = /\$(\{[^}\s;]*\})?/;
// A regex repetition `{1,5}` glued to a word. nginx itself ends the word at
// `{` and rejects the line; people (and models) still write it, so it parses
// as one word and the model's rules can say what is wrong.
const QUANTIFIER = /\{[0-9]+(,[0-9]*)?\}/;

module.exports = grammar({
  name: 'nginx',

  extras: $ => [/\s/, $.comment],

  externals: $ => [
    $.lua_code,
    // Never produced: tells the scanner tree-sitter is in error recovery.
    $._error_sentinel,
  ],

  rules: {
    config: $ => repeat($._statement),

    _statement: $ => choice($.directive, $.empty_statement),

    // A `;` on its own (`;;`), which nginx accepts after a block.
    empty_statement: _ => ';',

    directive: $ => choice(
      seq(
        field('name', $._token),
        repeat(field('argument', $._token)),
        choice(';', field('block', $.block)),
      ),
      seq(
        field('name', alias($._lua_name, $.word)),
        repeat(field('argument', $._token)),
        field('block', $.lua_block),
      ),
    ),

    block: $ => seq('{', repeat($._statement), '}'),

    /** Raw Lua / JavaScript between balanced braces: opaque to airlock. */
    lua_block: $ => seq('{', optional($.lua_code), '}'),

    _token: $ => choice($.word, $.string),

    /**
     * A bare word: anything up to whitespace, `;`, `{` or `}`, where `\x`
     * escapes one character and `${name}` keeps its braces. It may not start
     * with a quote (that is a string) or `#` (a comment).
     */
    word: _ => token(seq(
      choice(/[^\s;{}"'#\\$]/, ESCAPE, VARIABLE),
      repeat(choice(/[^\s;{}\\$]/, ESCAPE, VARIABLE, QUANTIFIER)),
    )),

    /** A quoted word: `"…"` or `'…'`, escapes kept raw (the model unescapes). */
    string: _ => token(choice(
      seq('"', repeat(choice(/[^"\\]/, /\\(.|\r?\n)/)), '"'),
      seq('\'', repeat(choice(/[^'\\]/, /\\(.|\r?\n)/)), '\''),
    )),

    // Directive names that take raw code: content_by_lua_block, set_by_lua_block …
    _lua_name: _ => token(prec(1, choice(
      /[A-Za-z0-9_]*_block/,
      /"[A-Za-z0-9_]*_block"/,
      /'[A-Za-z0-9_]*_block'/,
    ))),

    comment: _ => token(seq('#', /[^\r\n]*/)),
  },
});
