// @ts-check
/// <reference types="tree-sitter-cli/dsl" />
// systemd unit files and drop-ins, as systemd.syntax(7) and conf-parser.c read them:
// lines are the unit of meaning, so newlines are tokens and separate items; a
// trailing `\` joins the next line, and comment lines inside such a continuation
// are skipped (kept here as `comment` nodes inside the value).

// One value character; `\x` pairs are consumed whole so `\\` at end of line is not a continuation.
const VALUE_CHAR = /[^\\\r\n]|\\[^\r\n]/.source;

module.exports = grammar({
  name: 'systemd',

  // \r is blank so CRLF files parse; U+FEFF is the byte-order mark systemd skips.
  extras: _ => [/[ \t\f\v\r\uFEFF]/],

  rules: {
    // Entries before the first header are a drop-in fragment systemd would ignore;
    // they stay top-level so the model can report them.
    source_file: $ => seq(
      optional($._item),
      repeat(seq($._newline, optional($._item))),
      repeat($.section),
    ),

    section: $ => seq(
      $.section_header,
      repeat(seq($._newline, optional($._item))),
    ),

    section_header: $ => seq('[', field('name', $.section_name), ']'),
    section_name: _ => /[^\]\r\n]+/,

    _item: $ => choice($.entry, $.comment, $.include),

    entry: $ => seq(field('key', $.key), '=', optional(field('value', $.value))),

    key: _ => new RegExp(`[^\\s=\\[#;\\\\]([^=\\r\\n]*[^\\s=])?`),

    value: $ => choice(
      seq($._first_text, repeat($._continued)),
      repeat1($._continued),
    ),
    _continued: $ => seq(
      $._continuation,
      repeat(alias($._continued_comment, $.comment)),
      optional($._more_text),
    ),
    _first_text: _ => token(new RegExp(`([^\\s\\\\]|\\\\[^\\r\\n])(${VALUE_CHAR})*`)),
    _more_text: _ => token(new RegExp(`([^\\s\\\\#;]|\\\\[^\\r\\n])(${VALUE_CHAR})*`)),
    _continuation: _ => token(/\\\r?\n/),
    _continued_comment: _ => token(/[#;][^\r\n]*\r?\n/),

    // `.include FILE`: removed from systemd, still found in old units.
    // One token, so it beats `key` (which would match the same line) on precedence.
    include: _ => token(prec(1, /\.include[ \t][^\r\n]*/)),

    comment: _ => token(/[#;][^\r\n]*/),
    _newline: _ => /\n/,
  },
});
