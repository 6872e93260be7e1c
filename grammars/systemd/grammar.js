// @ts-check
/// <reference types="tree-sitter-cli/dsl" />
// systemd unit files and drop-ins, as systemd.syntax(7) and conf-parser.c read them:
// lines are the unit of meaning, so newlines are tokens and separate items; a
// trailing `\` joins the next line, and comment lines inside such a continuation
// are skipped (kept here as `comment` nodes inside the value).
//
// A line ends where read_line() (src/basic/fileio.c) ends it: `\n`, `\r`, `\r\n`
// or `\n\r`. A lone `\r` is a line end there too (old Mac files), and it must be
// one here: were `\r` blank, a CR-only file would be one long line whose every
// `key=` after the first is an error, and error recovery over that one line is
// quadratic (129 s for 128 KB).

// One value character; `\x` pairs are consumed whole so `\\` at end of line is not a continuation.
const VALUE_CHAR = /[^\\\r\n]|\\[^\r\n]/.source;
// One line end as read_line() counts it; `\r\n` and `\n\r` are single ends.
const EOL = /\r\n?|\n\r?/.source;

module.exports = grammar({
  name: 'systemd',

  // U+FEFF is the byte-order mark systemd skips. \r is a line end, not a blank.
  extras: _ => [/[ \t\f\v\uFEFF]/],

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

    // `[]` is a header to systemd too (an unknown, empty section name); accepting it
    // keeps a run of such lines from becoming one long, slow error.
    section_header: $ => seq('[', optional(field('name', $.section_name)), ']'),
    section_name: _ => /[^\]\r\n]+/,

    _item: $ => choice($.entry, $.comment, $.include),

    entry: $ => seq($._entry_key, '=', optional(field('value', $.value))),
    // A rule of its own so that `=value` (no key) recovers as one MISSING key on
    // its line: tree-sitter inserts a missing token only where a reduce follows.
    // (The field keeps tree-sitter from folding this unit rule away.)
    _entry_key: $ => field('key', $.key),

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
    // Value text outranks `[`: after `=` a `[` is the value (`Foo=[`), never a header.
    _first_text: _ => token(prec(1, new RegExp(`([^\\s\\\\]|\\\\[^\\r\\n])(${VALUE_CHAR})*`))),
    _more_text: _ => token(prec(1, new RegExp(`([^\\s\\\\#;]|\\\\[^\\r\\n])(${VALUE_CHAR})*`))),
    _continuation: _ => token(new RegExp(`\\\\(${EOL})`)),
    _continued_comment: _ => token(new RegExp(`[#;][^\\r\\n]*(${EOL})`)),

    // `.include FILE`: removed from systemd, still found in old units.
    // One token, so it beats `key` (which would match the same line) on precedence.
    include: _ => token(prec(1, /\.include[ \t][^\r\n]*/)),

    comment: _ => token(/[#;][^\r\n]*/),
    _newline: _ => new RegExp(EOL),
  },
});
