// External scanner for the nginx grammar: the body of `*_by_lua_block { … }`.
//
// The body is raw Lua (or JavaScript), whose braces, strings and comments do
// not follow nginx's word rules: `a = { 1, 2 }`, `"}"`, `-- }` must not end
// the block. We scan up to the `}` that balances the opening one (not
// consuming it) and hand the whole body back as one opaque `lua_code` token.

#include "tree_sitter/parser.h"

enum TokenType { LUA_CODE, ERROR_SENTINEL };

void *tree_sitter_nginx_external_scanner_create(void) { return NULL; }
void tree_sitter_nginx_external_scanner_destroy(void *payload) { (void)payload; }
unsigned tree_sitter_nginx_external_scanner_serialize(void *payload, char *buffer) {
  (void)payload;
  (void)buffer;
  return 0;
}
void tree_sitter_nginx_external_scanner_deserialize(void *payload, const char *buffer, unsigned length) {
  (void)payload;
  (void)buffer;
  (void)length;
}

static void advance(TSLexer *lexer) { lexer->advance(lexer, false); }

// After `[`: counts `=` of a long bracket `[==[`; returns -1 when it is not one.
static int long_bracket_level(TSLexer *lexer) {
  int level = 0;
  while (lexer->lookahead == '=') {
    level++;
    advance(lexer);
  }
  if (lexer->lookahead != '[') return -1;
  advance(lexer);
  return level;
}

// Inside a long bracket of the given level: skips to its `]==]` (or EOF).
static void skip_long_bracket(TSLexer *lexer, int level) {
  while (!lexer->eof(lexer)) {
    if (lexer->lookahead == ']') {
      advance(lexer);
      int n = 0;
      while (lexer->lookahead == '=') {
        n++;
        advance(lexer);
      }
      if (n == level && lexer->lookahead == ']') {
        advance(lexer);
        return;
      }
    } else {
      advance(lexer);
    }
  }
}

static void skip_quoted(TSLexer *lexer, int32_t quote) {
  advance(lexer);
  while (!lexer->eof(lexer)) {
    int32_t c = lexer->lookahead;
    if (c == '\\') {
      advance(lexer);
      if (!lexer->eof(lexer)) advance(lexer);
    } else if (c == quote) {
      advance(lexer);
      return;
    } else if (c == '\n') {
      return;  // an unterminated Lua string ends at the line, as Lua says
    } else {
      advance(lexer);
    }
  }
}

bool tree_sitter_nginx_external_scanner_scan(void *payload, TSLexer *lexer, const bool *valid_symbols) {
  (void)payload;
  if (valid_symbols[ERROR_SENTINEL] || !valid_symbols[LUA_CODE]) return false;

  int depth = 0;
  bool content = false;
  for (;;) {
    lexer->mark_end(lexer);
    if (lexer->eof(lexer)) break;
    int32_t c = lexer->lookahead;
    if (c == '}') {
      if (depth == 0) break;
      depth--;
      advance(lexer);
    } else if (c == '{') {
      depth++;
      advance(lexer);
    } else if (c == '"' || c == '\'') {
      skip_quoted(lexer, c);
    } else if (c == '[') {
      advance(lexer);
      int level = long_bracket_level(lexer);
      if (level >= 0) skip_long_bracket(lexer, level);
    } else if (c == '-') {
      advance(lexer);
      if (lexer->lookahead == '-') {
        advance(lexer);
        int level = -1;
        if (lexer->lookahead == '[') {
          advance(lexer);
          level = long_bracket_level(lexer);
        }
        if (level >= 0) {
          skip_long_bracket(lexer, level);
        } else {
          while (!lexer->eof(lexer) && lexer->lookahead != '\n') advance(lexer);
        }
      }
    } else {
      advance(lexer);
    }
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') content = true;
  }
  if (!content) return false;
  lexer->result_symbol = LUA_CODE;
  return true;
}
