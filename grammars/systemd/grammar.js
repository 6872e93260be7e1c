// @ts-check
/// <reference types="tree-sitter-cli/dsl" />
// Placeholder: replaced by the real grammar.
module.exports = grammar({
  name: 'systemd',
  extras: $ => [/\s/],
  rules: {
    source_file: $ => repeat($.word),
    word: $ => /[^\s]+/,
  },
});
