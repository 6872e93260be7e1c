#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 25
#define LARGE_STATE_COUNT 6
#define SYMBOL_COUNT 19
#define ALIAS_COUNT 0
#define TOKEN_COUNT 10
#define EXTERNAL_TOKEN_COUNT 2
#define FIELD_COUNT 3
#define MAX_ALIAS_SEQUENCE_LENGTH 3
#define PRODUCTION_ID_COUNT 7

enum ts_symbol_identifiers {
  anon_sym_SEMI = 1,
  anon_sym_LBRACE = 2,
  anon_sym_RBRACE = 3,
  sym_word = 4,
  sym_string = 5,
  sym__lua_name = 6,
  sym_comment = 7,
  sym_lua_code = 8,
  sym__error_sentinel = 9,
  sym_config = 10,
  sym__statement = 11,
  sym_empty_statement = 12,
  sym_directive = 13,
  sym_block = 14,
  sym_lua_block = 15,
  sym__token = 16,
  aux_sym_config_repeat1 = 17,
  aux_sym_directive_repeat1 = 18,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [anon_sym_SEMI] = ";",
  [anon_sym_LBRACE] = "{",
  [anon_sym_RBRACE] = "}",
  [sym_word] = "word",
  [sym_string] = "string",
  [sym__lua_name] = "word",
  [sym_comment] = "comment",
  [sym_lua_code] = "lua_code",
  [sym__error_sentinel] = "_error_sentinel",
  [sym_config] = "config",
  [sym__statement] = "_statement",
  [sym_empty_statement] = "empty_statement",
  [sym_directive] = "directive",
  [sym_block] = "block",
  [sym_lua_block] = "lua_block",
  [sym__token] = "_token",
  [aux_sym_config_repeat1] = "config_repeat1",
  [aux_sym_directive_repeat1] = "directive_repeat1",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [anon_sym_SEMI] = anon_sym_SEMI,
  [anon_sym_LBRACE] = anon_sym_LBRACE,
  [anon_sym_RBRACE] = anon_sym_RBRACE,
  [sym_word] = sym_word,
  [sym_string] = sym_string,
  [sym__lua_name] = sym_word,
  [sym_comment] = sym_comment,
  [sym_lua_code] = sym_lua_code,
  [sym__error_sentinel] = sym__error_sentinel,
  [sym_config] = sym_config,
  [sym__statement] = sym__statement,
  [sym_empty_statement] = sym_empty_statement,
  [sym_directive] = sym_directive,
  [sym_block] = sym_block,
  [sym_lua_block] = sym_lua_block,
  [sym__token] = sym__token,
  [aux_sym_config_repeat1] = aux_sym_config_repeat1,
  [aux_sym_directive_repeat1] = aux_sym_directive_repeat1,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = {
    .visible = false,
    .named = true,
  },
  [anon_sym_SEMI] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LBRACE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RBRACE] = {
    .visible = true,
    .named = false,
  },
  [sym_word] = {
    .visible = true,
    .named = true,
  },
  [sym_string] = {
    .visible = true,
    .named = true,
  },
  [sym__lua_name] = {
    .visible = true,
    .named = true,
  },
  [sym_comment] = {
    .visible = true,
    .named = true,
  },
  [sym_lua_code] = {
    .visible = true,
    .named = true,
  },
  [sym__error_sentinel] = {
    .visible = false,
    .named = true,
  },
  [sym_config] = {
    .visible = true,
    .named = true,
  },
  [sym__statement] = {
    .visible = false,
    .named = true,
  },
  [sym_empty_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_directive] = {
    .visible = true,
    .named = true,
  },
  [sym_block] = {
    .visible = true,
    .named = true,
  },
  [sym_lua_block] = {
    .visible = true,
    .named = true,
  },
  [sym__token] = {
    .visible = false,
    .named = true,
  },
  [aux_sym_config_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_directive_repeat1] = {
    .visible = false,
    .named = false,
  },
};

enum ts_field_identifiers {
  field_argument = 1,
  field_block = 2,
  field_name = 3,
};

static const char * const ts_field_names[] = {
  [0] = NULL,
  [field_argument] = "argument",
  [field_block] = "block",
  [field_name] = "name",
};

static const TSFieldMapSlice ts_field_map_slices[PRODUCTION_ID_COUNT] = {
  [1] = {.index = 0, .length = 2},
  [2] = {.index = 2, .length = 1},
  [3] = {.index = 3, .length = 1},
  [4] = {.index = 4, .length = 3},
  [5] = {.index = 7, .length = 2},
  [6] = {.index = 9, .length = 2},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_block, 1},
    {field_name, 0},
  [2] =
    {field_argument, 0},
  [3] =
    {field_name, 0},
  [4] =
    {field_argument, 1, .inherited = true},
    {field_block, 2},
    {field_name, 0},
  [7] =
    {field_argument, 0, .inherited = true},
    {field_argument, 1, .inherited = true},
  [9] =
    {field_argument, 1, .inherited = true},
    {field_name, 0},
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
};

static const uint16_t ts_non_terminal_alias_map[] = {
  0,
};

static const TSStateId ts_primary_state_ids[STATE_COUNT] = {
  [0] = 0,
  [1] = 1,
  [2] = 2,
  [3] = 3,
  [4] = 4,
  [5] = 5,
  [6] = 6,
  [7] = 7,
  [8] = 8,
  [9] = 9,
  [10] = 10,
  [11] = 11,
  [12] = 12,
  [13] = 13,
  [14] = 14,
  [15] = 15,
  [16] = 16,
  [17] = 17,
  [18] = 18,
  [19] = 19,
  [20] = 20,
  [21] = 21,
  [22] = 22,
  [23] = 23,
  [24] = 24,
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(29);
      ADVANCE_MAP(
        '"', 10,
        '#', 46,
        '$', 40,
        '\'', 19,
        ';', 30,
        '\\', 3,
        '_', 34,
        '{', 31,
        '}', 32,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(0);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(39);
      if (lookahead != 0) ADVANCE(41);
      END_STATE();
    case 1:
      if (lookahead == '\r') ADVANCE(11);
      if (lookahead != 0) ADVANCE(11);
      END_STATE();
    case 2:
      if (lookahead == '\r') ADVANCE(20);
      if (lookahead != 0) ADVANCE(20);
      END_STATE();
    case 3:
      if (lookahead == '\r') ADVANCE(33);
      if (lookahead != 0) ADVANCE(41);
      END_STATE();
    case 4:
      if (lookahead == '\r') ADVANCE(42);
      if (lookahead != 0) ADVANCE(41);
      END_STATE();
    case 5:
      if (lookahead == '"') ADVANCE(43);
      if (lookahead == '\\') ADVANCE(1);
      if (lookahead == '_') ADVANCE(5);
      if (lookahead == 'b') ADVANCE(8);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(10);
      if (lookahead != 0) ADVANCE(11);
      END_STATE();
    case 6:
      if (lookahead == '"') ADVANCE(43);
      if (lookahead == '\\') ADVANCE(1);
      if (lookahead == '_') ADVANCE(5);
      if (lookahead == 'c') ADVANCE(7);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(10);
      if (lookahead != 0) ADVANCE(11);
      END_STATE();
    case 7:
      if (lookahead == '"') ADVANCE(43);
      if (lookahead == '\\') ADVANCE(1);
      if (lookahead == '_') ADVANCE(5);
      if (lookahead == 'k') ADVANCE(13);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(10);
      if (lookahead != 0) ADVANCE(11);
      END_STATE();
    case 8:
      if (lookahead == '"') ADVANCE(43);
      if (lookahead == '\\') ADVANCE(1);
      if (lookahead == '_') ADVANCE(5);
      if (lookahead == 'l') ADVANCE(9);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(10);
      if (lookahead != 0) ADVANCE(11);
      END_STATE();
    case 9:
      if (lookahead == '"') ADVANCE(43);
      if (lookahead == '\\') ADVANCE(1);
      if (lookahead == '_') ADVANCE(5);
      if (lookahead == 'o') ADVANCE(6);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(10);
      if (lookahead != 0) ADVANCE(11);
      END_STATE();
    case 10:
      if (lookahead == '"') ADVANCE(43);
      if (lookahead == '\\') ADVANCE(1);
      if (lookahead == '_') ADVANCE(5);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(10);
      if (lookahead != 0) ADVANCE(11);
      END_STATE();
    case 11:
      if (lookahead == '"') ADVANCE(43);
      if (lookahead == '\\') ADVANCE(1);
      if (lookahead != 0) ADVANCE(11);
      END_STATE();
    case 12:
      if (lookahead == '"') ADVANCE(11);
      if (lookahead == '#') ADVANCE(46);
      if (lookahead == '$') ADVANCE(40);
      if (lookahead == '\'') ADVANCE(20);
      if (lookahead == ';') ADVANCE(30);
      if (lookahead == '\\') ADVANCE(3);
      if (lookahead == '{') ADVANCE(31);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(12);
      if (lookahead != 0 &&
          lookahead != '}') ADVANCE(41);
      END_STATE();
    case 13:
      if (lookahead == '"') ADVANCE(44);
      if (lookahead == '\\') ADVANCE(1);
      if (lookahead == '_') ADVANCE(5);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(10);
      if (lookahead != 0) ADVANCE(11);
      END_STATE();
    case 14:
      if (lookahead == '\'') ADVANCE(43);
      if (lookahead == '\\') ADVANCE(2);
      if (lookahead == '_') ADVANCE(14);
      if (lookahead == 'b') ADVANCE(17);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(19);
      if (lookahead != 0) ADVANCE(20);
      END_STATE();
    case 15:
      if (lookahead == '\'') ADVANCE(43);
      if (lookahead == '\\') ADVANCE(2);
      if (lookahead == '_') ADVANCE(14);
      if (lookahead == 'c') ADVANCE(16);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(19);
      if (lookahead != 0) ADVANCE(20);
      END_STATE();
    case 16:
      if (lookahead == '\'') ADVANCE(43);
      if (lookahead == '\\') ADVANCE(2);
      if (lookahead == '_') ADVANCE(14);
      if (lookahead == 'k') ADVANCE(21);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(19);
      if (lookahead != 0) ADVANCE(20);
      END_STATE();
    case 17:
      if (lookahead == '\'') ADVANCE(43);
      if (lookahead == '\\') ADVANCE(2);
      if (lookahead == '_') ADVANCE(14);
      if (lookahead == 'l') ADVANCE(18);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(19);
      if (lookahead != 0) ADVANCE(20);
      END_STATE();
    case 18:
      if (lookahead == '\'') ADVANCE(43);
      if (lookahead == '\\') ADVANCE(2);
      if (lookahead == '_') ADVANCE(14);
      if (lookahead == 'o') ADVANCE(15);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(19);
      if (lookahead != 0) ADVANCE(20);
      END_STATE();
    case 19:
      if (lookahead == '\'') ADVANCE(43);
      if (lookahead == '\\') ADVANCE(2);
      if (lookahead == '_') ADVANCE(14);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(19);
      if (lookahead != 0) ADVANCE(20);
      END_STATE();
    case 20:
      if (lookahead == '\'') ADVANCE(43);
      if (lookahead == '\\') ADVANCE(2);
      if (lookahead != 0) ADVANCE(20);
      END_STATE();
    case 21:
      if (lookahead == '\'') ADVANCE(44);
      if (lookahead == '\\') ADVANCE(2);
      if (lookahead == '_') ADVANCE(14);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(19);
      if (lookahead != 0) ADVANCE(20);
      END_STATE();
    case 22:
      if (lookahead == ',') ADVANCE(25);
      if (lookahead == '}') ADVANCE(41);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(22);
      END_STATE();
    case 23:
      if (lookahead == ',') ADVANCE(26);
      if (lookahead == '}') ADVANCE(41);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(23);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(27);
      END_STATE();
    case 24:
      if (lookahead == '}') ADVANCE(41);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(23);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(27);
      END_STATE();
    case 25:
      if (lookahead == '}') ADVANCE(41);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(25);
      END_STATE();
    case 26:
      if (lookahead == '}') ADVANCE(41);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(26);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(27);
      END_STATE();
    case 27:
      if (lookahead == '}') ADVANCE(41);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(27);
      END_STATE();
    case 28:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(22);
      END_STATE();
    case 29:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 30:
      ACCEPT_TOKEN(anon_sym_SEMI);
      END_STATE();
    case 31:
      ACCEPT_TOKEN(anon_sym_LBRACE);
      END_STATE();
    case 32:
      ACCEPT_TOKEN(anon_sym_RBRACE);
      END_STATE();
    case 33:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '\n') ADVANCE(41);
      if (lookahead == '$') ADVANCE(40);
      if (lookahead == '\\') ADVANCE(4);
      if (lookahead == '{') ADVANCE(28);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '}') ADVANCE(41);
      END_STATE();
    case 34:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '$') ADVANCE(40);
      if (lookahead == '\\') ADVANCE(4);
      if (lookahead == '_') ADVANCE(34);
      if (lookahead == 'b') ADVANCE(37);
      if (lookahead == '{') ADVANCE(28);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(39);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '}') ADVANCE(41);
      END_STATE();
    case 35:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '$') ADVANCE(40);
      if (lookahead == '\\') ADVANCE(4);
      if (lookahead == '_') ADVANCE(34);
      if (lookahead == 'c') ADVANCE(36);
      if (lookahead == '{') ADVANCE(28);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(39);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '}') ADVANCE(41);
      END_STATE();
    case 36:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '$') ADVANCE(40);
      if (lookahead == '\\') ADVANCE(4);
      if (lookahead == '_') ADVANCE(34);
      if (lookahead == 'k') ADVANCE(45);
      if (lookahead == '{') ADVANCE(28);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(39);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '}') ADVANCE(41);
      END_STATE();
    case 37:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '$') ADVANCE(40);
      if (lookahead == '\\') ADVANCE(4);
      if (lookahead == '_') ADVANCE(34);
      if (lookahead == 'l') ADVANCE(38);
      if (lookahead == '{') ADVANCE(28);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(39);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '}') ADVANCE(41);
      END_STATE();
    case 38:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '$') ADVANCE(40);
      if (lookahead == '\\') ADVANCE(4);
      if (lookahead == '_') ADVANCE(34);
      if (lookahead == 'o') ADVANCE(35);
      if (lookahead == '{') ADVANCE(28);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(39);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '}') ADVANCE(41);
      END_STATE();
    case 39:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '$') ADVANCE(40);
      if (lookahead == '\\') ADVANCE(4);
      if (lookahead == '_') ADVANCE(34);
      if (lookahead == '{') ADVANCE(28);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(39);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '}') ADVANCE(41);
      END_STATE();
    case 40:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '$') ADVANCE(40);
      if (lookahead == '\\') ADVANCE(4);
      if (lookahead == '{') ADVANCE(24);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '}') ADVANCE(41);
      END_STATE();
    case 41:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '$') ADVANCE(40);
      if (lookahead == '\\') ADVANCE(4);
      if (lookahead == '{') ADVANCE(28);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '}') ADVANCE(41);
      END_STATE();
    case 42:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '$') ADVANCE(40);
      if (lookahead == '\\') ADVANCE(4);
      if (lookahead == '{') ADVANCE(28);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          (lookahead < 0x0b || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '}') ADVANCE(41);
      END_STATE();
    case 43:
      ACCEPT_TOKEN(sym_string);
      END_STATE();
    case 44:
      ACCEPT_TOKEN(sym__lua_name);
      END_STATE();
    case 45:
      ACCEPT_TOKEN(sym__lua_name);
      if (lookahead == '_') ADVANCE(34);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(39);
      END_STATE();
    case 46:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(46);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 0},
  [2] = {.lex_state = 0},
  [3] = {.lex_state = 0},
  [4] = {.lex_state = 0},
  [5] = {.lex_state = 0},
  [6] = {.lex_state = 12},
  [7] = {.lex_state = 12},
  [8] = {.lex_state = 12},
  [9] = {.lex_state = 0},
  [10] = {.lex_state = 0},
  [11] = {.lex_state = 12},
  [12] = {.lex_state = 0},
  [13] = {.lex_state = 0},
  [14] = {.lex_state = 0},
  [15] = {.lex_state = 0},
  [16] = {.lex_state = 0},
  [17] = {.lex_state = 12},
  [18] = {.lex_state = 0},
  [19] = {.lex_state = 0},
  [20] = {.lex_state = 0},
  [21] = {.lex_state = 12},
  [22] = {.lex_state = 0, .external_lex_state = 2},
  [23] = {.lex_state = 0},
  [24] = {.lex_state = 0},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [anon_sym_SEMI] = ACTIONS(1),
    [anon_sym_LBRACE] = ACTIONS(1),
    [anon_sym_RBRACE] = ACTIONS(1),
    [sym_word] = ACTIONS(1),
    [sym_string] = ACTIONS(1),
    [sym__lua_name] = ACTIONS(1),
    [sym_comment] = ACTIONS(3),
    [sym_lua_code] = ACTIONS(1),
    [sym__error_sentinel] = ACTIONS(1),
  },
  [1] = {
    [sym_config] = STATE(23),
    [sym__statement] = STATE(3),
    [sym_empty_statement] = STATE(3),
    [sym_directive] = STATE(3),
    [sym__token] = STATE(6),
    [aux_sym_config_repeat1] = STATE(3),
    [ts_builtin_sym_end] = ACTIONS(5),
    [anon_sym_SEMI] = ACTIONS(7),
    [sym_word] = ACTIONS(9),
    [sym_string] = ACTIONS(9),
    [sym__lua_name] = ACTIONS(11),
    [sym_comment] = ACTIONS(3),
  },
  [2] = {
    [sym__statement] = STATE(2),
    [sym_empty_statement] = STATE(2),
    [sym_directive] = STATE(2),
    [sym__token] = STATE(6),
    [aux_sym_config_repeat1] = STATE(2),
    [ts_builtin_sym_end] = ACTIONS(13),
    [anon_sym_SEMI] = ACTIONS(15),
    [anon_sym_RBRACE] = ACTIONS(13),
    [sym_word] = ACTIONS(18),
    [sym_string] = ACTIONS(18),
    [sym__lua_name] = ACTIONS(21),
    [sym_comment] = ACTIONS(3),
  },
  [3] = {
    [sym__statement] = STATE(2),
    [sym_empty_statement] = STATE(2),
    [sym_directive] = STATE(2),
    [sym__token] = STATE(6),
    [aux_sym_config_repeat1] = STATE(2),
    [ts_builtin_sym_end] = ACTIONS(24),
    [anon_sym_SEMI] = ACTIONS(7),
    [sym_word] = ACTIONS(9),
    [sym_string] = ACTIONS(9),
    [sym__lua_name] = ACTIONS(11),
    [sym_comment] = ACTIONS(3),
  },
  [4] = {
    [sym__statement] = STATE(5),
    [sym_empty_statement] = STATE(5),
    [sym_directive] = STATE(5),
    [sym__token] = STATE(6),
    [aux_sym_config_repeat1] = STATE(5),
    [anon_sym_SEMI] = ACTIONS(7),
    [anon_sym_RBRACE] = ACTIONS(26),
    [sym_word] = ACTIONS(9),
    [sym_string] = ACTIONS(9),
    [sym__lua_name] = ACTIONS(11),
    [sym_comment] = ACTIONS(3),
  },
  [5] = {
    [sym__statement] = STATE(2),
    [sym_empty_statement] = STATE(2),
    [sym_directive] = STATE(2),
    [sym__token] = STATE(6),
    [aux_sym_config_repeat1] = STATE(2),
    [anon_sym_SEMI] = ACTIONS(7),
    [anon_sym_RBRACE] = ACTIONS(28),
    [sym_word] = ACTIONS(9),
    [sym_string] = ACTIONS(9),
    [sym__lua_name] = ACTIONS(11),
    [sym_comment] = ACTIONS(3),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(30), 1,
      anon_sym_SEMI,
    ACTIONS(32), 1,
      anon_sym_LBRACE,
    STATE(7), 1,
      aux_sym_directive_repeat1,
    STATE(9), 1,
      sym_block,
    STATE(21), 1,
      sym__token,
    ACTIONS(34), 2,
      sym_word,
      sym_string,
  [23] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(32), 1,
      anon_sym_LBRACE,
    ACTIONS(36), 1,
      anon_sym_SEMI,
    STATE(17), 1,
      aux_sym_directive_repeat1,
    STATE(18), 1,
      sym_block,
    STATE(21), 1,
      sym__token,
    ACTIONS(34), 2,
      sym_word,
      sym_string,
  [46] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(38), 1,
      anon_sym_LBRACE,
    STATE(9), 1,
      sym_lua_block,
    STATE(11), 1,
      aux_sym_directive_repeat1,
    STATE(21), 1,
      sym__token,
    ACTIONS(34), 2,
      sym_word,
      sym_string,
  [66] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(42), 2,
      sym_word,
      sym_string,
    ACTIONS(40), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_RBRACE,
      sym__lua_name,
  [80] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(46), 2,
      sym_word,
      sym_string,
    ACTIONS(44), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_RBRACE,
      sym__lua_name,
  [94] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(38), 1,
      anon_sym_LBRACE,
    STATE(14), 1,
      sym_lua_block,
    STATE(17), 1,
      aux_sym_directive_repeat1,
    STATE(21), 1,
      sym__token,
    ACTIONS(34), 2,
      sym_word,
      sym_string,
  [114] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(50), 2,
      sym_word,
      sym_string,
    ACTIONS(48), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_RBRACE,
      sym__lua_name,
  [128] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(54), 2,
      sym_word,
      sym_string,
    ACTIONS(52), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_RBRACE,
      sym__lua_name,
  [142] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(58), 2,
      sym_word,
      sym_string,
    ACTIONS(56), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_RBRACE,
      sym__lua_name,
  [156] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(62), 2,
      sym_word,
      sym_string,
    ACTIONS(60), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_RBRACE,
      sym__lua_name,
  [170] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(66), 2,
      sym_word,
      sym_string,
    ACTIONS(64), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_RBRACE,
      sym__lua_name,
  [184] = 5,
    ACTIONS(3), 1,
      sym_comment,
    STATE(17), 1,
      aux_sym_directive_repeat1,
    STATE(21), 1,
      sym__token,
    ACTIONS(68), 2,
      anon_sym_SEMI,
      anon_sym_LBRACE,
    ACTIONS(70), 2,
      sym_word,
      sym_string,
  [202] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(58), 2,
      sym_word,
      sym_string,
    ACTIONS(56), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_RBRACE,
      sym__lua_name,
  [216] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(75), 2,
      sym_word,
      sym_string,
    ACTIONS(73), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_RBRACE,
      sym__lua_name,
  [230] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(79), 2,
      sym_word,
      sym_string,
    ACTIONS(77), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_RBRACE,
      sym__lua_name,
  [244] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(81), 4,
      anon_sym_SEMI,
      anon_sym_LBRACE,
      sym_word,
      sym_string,
  [254] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(83), 1,
      anon_sym_RBRACE,
    ACTIONS(85), 1,
      sym_lua_code,
  [264] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(87), 1,
      ts_builtin_sym_end,
  [271] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(89), 1,
      anon_sym_RBRACE,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(6)] = 0,
  [SMALL_STATE(7)] = 23,
  [SMALL_STATE(8)] = 46,
  [SMALL_STATE(9)] = 66,
  [SMALL_STATE(10)] = 80,
  [SMALL_STATE(11)] = 94,
  [SMALL_STATE(12)] = 114,
  [SMALL_STATE(13)] = 128,
  [SMALL_STATE(14)] = 142,
  [SMALL_STATE(15)] = 156,
  [SMALL_STATE(16)] = 170,
  [SMALL_STATE(17)] = 184,
  [SMALL_STATE(18)] = 202,
  [SMALL_STATE(19)] = 216,
  [SMALL_STATE(20)] = 230,
  [SMALL_STATE(21)] = 244,
  [SMALL_STATE(22)] = 254,
  [SMALL_STATE(23)] = 264,
  [SMALL_STATE(24)] = 271,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_config, 0, 0, 0),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(6),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [13] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_config_repeat1, 2, 0, 0),
  [15] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_config_repeat1, 2, 0, 0), SHIFT_REPEAT(10),
  [18] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_config_repeat1, 2, 0, 0), SHIFT_REPEAT(6),
  [21] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_config_repeat1, 2, 0, 0), SHIFT_REPEAT(8),
  [24] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_config, 1, 0, 0),
  [26] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
  [28] = {.entry = {.count = 1, .reusable = true}}, SHIFT(19),
  [30] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [32] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [34] = {.entry = {.count = 1, .reusable = true}}, SHIFT(21),
  [36] = {.entry = {.count = 1, .reusable = true}}, SHIFT(16),
  [38] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [40] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 2, 0, 1),
  [42] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 2, 0, 1),
  [44] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_empty_statement, 1, 0, 0),
  [46] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_empty_statement, 1, 0, 0),
  [48] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 2, 0, 3),
  [50] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 2, 0, 3),
  [52] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_lua_block, 2, 0, 0),
  [54] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_lua_block, 2, 0, 0),
  [56] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 3, 0, 4),
  [58] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 3, 0, 4),
  [60] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 2, 0, 0),
  [62] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 2, 0, 0),
  [64] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 3, 0, 6),
  [66] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 3, 0, 6),
  [68] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 2, 0, 5),
  [70] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 2, 0, 5), SHIFT_REPEAT(21),
  [73] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 3, 0, 0),
  [75] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 3, 0, 0),
  [77] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_lua_block, 3, 0, 0),
  [79] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_lua_block, 3, 0, 0),
  [81] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 1, 0, 2),
  [83] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [85] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [87] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [89] = {.entry = {.count = 1, .reusable = true}}, SHIFT(20),
};

enum ts_external_scanner_symbol_identifiers {
  ts_external_token_lua_code = 0,
  ts_external_token__error_sentinel = 1,
};

static const TSSymbol ts_external_scanner_symbol_map[EXTERNAL_TOKEN_COUNT] = {
  [ts_external_token_lua_code] = sym_lua_code,
  [ts_external_token__error_sentinel] = sym__error_sentinel,
};

static const bool ts_external_scanner_states[3][EXTERNAL_TOKEN_COUNT] = {
  [1] = {
    [ts_external_token_lua_code] = true,
    [ts_external_token__error_sentinel] = true,
  },
  [2] = {
    [ts_external_token_lua_code] = true,
  },
};

#ifdef __cplusplus
extern "C" {
#endif
void *tree_sitter_nginx_external_scanner_create(void);
void tree_sitter_nginx_external_scanner_destroy(void *);
bool tree_sitter_nginx_external_scanner_scan(void *, TSLexer *, const bool *);
unsigned tree_sitter_nginx_external_scanner_serialize(void *, char *);
void tree_sitter_nginx_external_scanner_deserialize(void *, const char *, unsigned);

#ifdef TREE_SITTER_HIDE_SYMBOLS
#define TS_PUBLIC
#elif defined(_WIN32)
#define TS_PUBLIC __declspec(dllexport)
#else
#define TS_PUBLIC __attribute__((visibility("default")))
#endif

TS_PUBLIC const TSLanguage *tree_sitter_nginx(void) {
  static const TSLanguage language = {
    .version = LANGUAGE_VERSION,
    .symbol_count = SYMBOL_COUNT,
    .alias_count = ALIAS_COUNT,
    .token_count = TOKEN_COUNT,
    .external_token_count = EXTERNAL_TOKEN_COUNT,
    .state_count = STATE_COUNT,
    .large_state_count = LARGE_STATE_COUNT,
    .production_id_count = PRODUCTION_ID_COUNT,
    .field_count = FIELD_COUNT,
    .max_alias_sequence_length = MAX_ALIAS_SEQUENCE_LENGTH,
    .parse_table = &ts_parse_table[0][0],
    .small_parse_table = ts_small_parse_table,
    .small_parse_table_map = ts_small_parse_table_map,
    .parse_actions = ts_parse_actions,
    .symbol_names = ts_symbol_names,
    .field_names = ts_field_names,
    .field_map_slices = ts_field_map_slices,
    .field_map_entries = ts_field_map_entries,
    .symbol_metadata = ts_symbol_metadata,
    .public_symbol_map = ts_symbol_map,
    .alias_map = ts_non_terminal_alias_map,
    .alias_sequences = &ts_alias_sequences[0][0],
    .lex_modes = ts_lex_modes,
    .lex_fn = ts_lex,
    .external_scanner = {
      &ts_external_scanner_states[0][0],
      ts_external_scanner_symbol_map,
      tree_sitter_nginx_external_scanner_create,
      tree_sitter_nginx_external_scanner_destroy,
      tree_sitter_nginx_external_scanner_scan,
      tree_sitter_nginx_external_scanner_serialize,
      tree_sitter_nginx_external_scanner_deserialize,
    },
    .primary_state_ids = ts_primary_state_ids,
  };
  return &language;
}
#ifdef __cplusplus
}
#endif
