#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 32
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 25
#define ALIAS_COUNT 0
#define TOKEN_COUNT 13
#define EXTERNAL_TOKEN_COUNT 0
#define FIELD_COUNT 3
#define MAX_ALIAS_SEQUENCE_LENGTH 3
#define PRODUCTION_ID_COUNT 5

enum ts_symbol_identifiers {
  anon_sym_LBRACK = 1,
  anon_sym_RBRACK = 2,
  sym_section_name = 3,
  anon_sym_EQ = 4,
  sym_key = 5,
  sym__first_text = 6,
  sym__more_text = 7,
  sym__continuation = 8,
  sym__continued_comment = 9,
  sym_include = 10,
  sym_comment = 11,
  sym__newline = 12,
  sym_source_file = 13,
  sym_section = 14,
  sym_section_header = 15,
  sym__item = 16,
  sym_entry = 17,
  sym__entry_key = 18,
  sym_value = 19,
  sym__continued = 20,
  aux_sym_source_file_repeat1 = 21,
  aux_sym_source_file_repeat2 = 22,
  aux_sym_value_repeat1 = 23,
  aux_sym__continued_repeat1 = 24,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [anon_sym_LBRACK] = "[",
  [anon_sym_RBRACK] = "]",
  [sym_section_name] = "section_name",
  [anon_sym_EQ] = "=",
  [sym_key] = "key",
  [sym__first_text] = "_first_text",
  [sym__more_text] = "_more_text",
  [sym__continuation] = "_continuation",
  [sym__continued_comment] = "comment",
  [sym_include] = "include",
  [sym_comment] = "comment",
  [sym__newline] = "_newline",
  [sym_source_file] = "source_file",
  [sym_section] = "section",
  [sym_section_header] = "section_header",
  [sym__item] = "_item",
  [sym_entry] = "entry",
  [sym__entry_key] = "_entry_key",
  [sym_value] = "value",
  [sym__continued] = "_continued",
  [aux_sym_source_file_repeat1] = "source_file_repeat1",
  [aux_sym_source_file_repeat2] = "source_file_repeat2",
  [aux_sym_value_repeat1] = "value_repeat1",
  [aux_sym__continued_repeat1] = "_continued_repeat1",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [anon_sym_LBRACK] = anon_sym_LBRACK,
  [anon_sym_RBRACK] = anon_sym_RBRACK,
  [sym_section_name] = sym_section_name,
  [anon_sym_EQ] = anon_sym_EQ,
  [sym_key] = sym_key,
  [sym__first_text] = sym__first_text,
  [sym__more_text] = sym__more_text,
  [sym__continuation] = sym__continuation,
  [sym__continued_comment] = sym_comment,
  [sym_include] = sym_include,
  [sym_comment] = sym_comment,
  [sym__newline] = sym__newline,
  [sym_source_file] = sym_source_file,
  [sym_section] = sym_section,
  [sym_section_header] = sym_section_header,
  [sym__item] = sym__item,
  [sym_entry] = sym_entry,
  [sym__entry_key] = sym__entry_key,
  [sym_value] = sym_value,
  [sym__continued] = sym__continued,
  [aux_sym_source_file_repeat1] = aux_sym_source_file_repeat1,
  [aux_sym_source_file_repeat2] = aux_sym_source_file_repeat2,
  [aux_sym_value_repeat1] = aux_sym_value_repeat1,
  [aux_sym__continued_repeat1] = aux_sym__continued_repeat1,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = {
    .visible = false,
    .named = true,
  },
  [anon_sym_LBRACK] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RBRACK] = {
    .visible = true,
    .named = false,
  },
  [sym_section_name] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_EQ] = {
    .visible = true,
    .named = false,
  },
  [sym_key] = {
    .visible = true,
    .named = true,
  },
  [sym__first_text] = {
    .visible = false,
    .named = true,
  },
  [sym__more_text] = {
    .visible = false,
    .named = true,
  },
  [sym__continuation] = {
    .visible = false,
    .named = true,
  },
  [sym__continued_comment] = {
    .visible = true,
    .named = true,
  },
  [sym_include] = {
    .visible = true,
    .named = true,
  },
  [sym_comment] = {
    .visible = true,
    .named = true,
  },
  [sym__newline] = {
    .visible = false,
    .named = true,
  },
  [sym_source_file] = {
    .visible = true,
    .named = true,
  },
  [sym_section] = {
    .visible = true,
    .named = true,
  },
  [sym_section_header] = {
    .visible = true,
    .named = true,
  },
  [sym__item] = {
    .visible = false,
    .named = true,
  },
  [sym_entry] = {
    .visible = true,
    .named = true,
  },
  [sym__entry_key] = {
    .visible = false,
    .named = true,
  },
  [sym_value] = {
    .visible = true,
    .named = true,
  },
  [sym__continued] = {
    .visible = false,
    .named = true,
  },
  [aux_sym_source_file_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_source_file_repeat2] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_value_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym__continued_repeat1] = {
    .visible = false,
    .named = false,
  },
};

enum ts_field_identifiers {
  field_key = 1,
  field_name = 2,
  field_value = 3,
};

static const char * const ts_field_names[] = {
  [0] = NULL,
  [field_key] = "key",
  [field_name] = "name",
  [field_value] = "value",
};

static const TSFieldMapSlice ts_field_map_slices[PRODUCTION_ID_COUNT] = {
  [1] = {.index = 0, .length = 1},
  [2] = {.index = 1, .length = 1},
  [3] = {.index = 2, .length = 1},
  [4] = {.index = 3, .length = 2},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_key, 0},
  [1] =
    {field_key, 0, .inherited = true},
  [2] =
    {field_name, 1},
  [3] =
    {field_key, 0, .inherited = true},
    {field_value, 2},
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
  [25] = 25,
  [26] = 26,
  [27] = 27,
  [28] = 28,
  [29] = 29,
  [30] = 30,
  [31] = 31,
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(22);
      ADVANCE_MAP(
        '\n', 57,
        '\r', 56,
        '.', 11,
        '=', 28,
        '[', 23,
        '\\', 2,
        ']', 25,
        '#', 54,
        ';', 54,
      );
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(0);
      END_STATE();
    case 1:
      ADVANCE_MAP(
        '\n', 57,
        '\r', 56,
        '.', 34,
        '[', 24,
        '\\', 39,
        0xfeff, 29,
        '#', 30,
        ';', 30,
        '\t', 1,
        0x0b, 1,
        '\f', 1,
        ' ', 1,
      );
      if (lookahead != 0 &&
          lookahead != '=') ADVANCE(39);
      END_STATE();
    case 2:
      if (lookahead == '\n') ADVANCE(47);
      if (lookahead == '\r') ADVANCE(46);
      END_STATE();
    case 3:
      if (lookahead == '\n') ADVANCE(47);
      if (lookahead == '\r') ADVANCE(46);
      if (lookahead != 0) ADVANCE(41);
      END_STATE();
    case 4:
      if (lookahead == '\n') ADVANCE(47);
      if (lookahead == '\r') ADVANCE(46);
      if (lookahead != 0) ADVANCE(43);
      END_STATE();
    case 5:
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(49);
      if (lookahead != 0) ADVANCE(44);
      END_STATE();
    case 6:
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(49);
      if (lookahead != 0) ADVANCE(6);
      END_STATE();
    case 7:
      if (lookahead == ']') ADVANCE(25);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ' ||
          lookahead == 0xfeff) ADVANCE(26);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(27);
      END_STATE();
    case 8:
      if (lookahead == 'c') ADVANCE(12);
      END_STATE();
    case 9:
      if (lookahead == 'd') ADVANCE(10);
      END_STATE();
    case 10:
      if (lookahead == 'e') ADVANCE(15);
      END_STATE();
    case 11:
      if (lookahead == 'i') ADVANCE(13);
      END_STATE();
    case 12:
      if (lookahead == 'l') ADVANCE(14);
      END_STATE();
    case 13:
      if (lookahead == 'n') ADVANCE(8);
      END_STATE();
    case 14:
      if (lookahead == 'u') ADVANCE(9);
      END_STATE();
    case 15:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(52);
      END_STATE();
    case 16:
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(16);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '=') ADVANCE(39);
      END_STATE();
    case 17:
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(41);
      END_STATE();
    case 18:
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(43);
      END_STATE();
    case 19:
      if (eof) ADVANCE(22);
      if (lookahead == '\n') ADVANCE(57);
      if (lookahead == '\r') ADVANCE(56);
      if (lookahead == '.') ADVANCE(34);
      if (lookahead == '[') ADVANCE(23);
      if (lookahead == 0xfeff) ADVANCE(29);
      if (lookahead == '#' ||
          lookahead == ';') ADVANCE(54);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ') SKIP(19);
      if (lookahead != 0 &&
          lookahead != '=' &&
          lookahead != '[' &&
          lookahead != '\\') ADVANCE(39);
      END_STATE();
    case 20:
      if (eof) ADVANCE(22);
      if (lookahead == '\n') ADVANCE(57);
      if (lookahead == '\r') ADVANCE(56);
      if (lookahead == '[') ADVANCE(41);
      if (lookahead == '\\') ADVANCE(3);
      if (lookahead == 0xfeff) ADVANCE(40);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ') SKIP(20);
      if (lookahead != 0) ADVANCE(41);
      END_STATE();
    case 21:
      if (eof) ADVANCE(22);
      if (lookahead == '\n') ADVANCE(57);
      if (lookahead == '\r') ADVANCE(56);
      if (lookahead == '[') ADVANCE(43);
      if (lookahead == '\\') ADVANCE(4);
      if (lookahead == 0xfeff) ADVANCE(42);
      if (lookahead == '#' ||
          lookahead == ';') ADVANCE(6);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ') SKIP(21);
      if (lookahead != 0) ADVANCE(43);
      END_STATE();
    case 22:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 23:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      END_STATE();
    case 24:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(16);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '=') ADVANCE(39);
      END_STATE();
    case 25:
      ACCEPT_TOKEN(anon_sym_RBRACK);
      END_STATE();
    case 26:
      ACCEPT_TOKEN(sym_section_name);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ' ||
          lookahead == 0xfeff) ADVANCE(26);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ']') ADVANCE(27);
      END_STATE();
    case 27:
      ACCEPT_TOKEN(sym_section_name);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ']') ADVANCE(27);
      END_STATE();
    case 28:
      ACCEPT_TOKEN(anon_sym_EQ);
      END_STATE();
    case 29:
      ACCEPT_TOKEN(sym_key);
      ADVANCE_MAP(
        '.', 34,
        '[', 24,
        '\\', 39,
        0xfeff, 29,
        '#', 30,
        ';', 30,
        '\t', 1,
        0x0b, 1,
        '\f', 1,
        ' ', 1,
      );
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '=') ADVANCE(39);
      END_STATE();
    case 30:
      ACCEPT_TOKEN(sym_key);
      if (lookahead == '=') ADVANCE(54);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(53);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(30);
      END_STATE();
    case 31:
      ACCEPT_TOKEN(sym_key);
      if (lookahead == 'c') ADVANCE(35);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(16);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '=') ADVANCE(39);
      END_STATE();
    case 32:
      ACCEPT_TOKEN(sym_key);
      if (lookahead == 'd') ADVANCE(33);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(16);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '=') ADVANCE(39);
      END_STATE();
    case 33:
      ACCEPT_TOKEN(sym_key);
      if (lookahead == 'e') ADVANCE(38);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(16);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '=') ADVANCE(39);
      END_STATE();
    case 34:
      ACCEPT_TOKEN(sym_key);
      if (lookahead == 'i') ADVANCE(36);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(16);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '=') ADVANCE(39);
      END_STATE();
    case 35:
      ACCEPT_TOKEN(sym_key);
      if (lookahead == 'l') ADVANCE(37);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(16);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '=') ADVANCE(39);
      END_STATE();
    case 36:
      ACCEPT_TOKEN(sym_key);
      if (lookahead == 'n') ADVANCE(31);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(16);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '=') ADVANCE(39);
      END_STATE();
    case 37:
      ACCEPT_TOKEN(sym_key);
      if (lookahead == 'u') ADVANCE(32);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(16);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '=') ADVANCE(39);
      END_STATE();
    case 38:
      ACCEPT_TOKEN(sym_key);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(51);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(16);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '=') ADVANCE(39);
      END_STATE();
    case 39:
      ACCEPT_TOKEN(sym_key);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(16);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '=') ADVANCE(39);
      END_STATE();
    case 40:
      ACCEPT_TOKEN(sym__first_text);
      if (lookahead == '[') ADVANCE(41);
      if (lookahead == '\\') ADVANCE(3);
      if (lookahead == 0xfeff) ADVANCE(40);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(40);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(41);
      END_STATE();
    case 41:
      ACCEPT_TOKEN(sym__first_text);
      if (lookahead == '\\') ADVANCE(17);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(41);
      END_STATE();
    case 42:
      ACCEPT_TOKEN(sym__more_text);
      ADVANCE_MAP(
        '[', 43,
        '\\', 4,
        0xfeff, 42,
        '#', 44,
        ';', 44,
        '\t', 42,
        0x0b, 42,
        '\f', 42,
        ' ', 42,
      );
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(43);
      END_STATE();
    case 43:
      ACCEPT_TOKEN(sym__more_text);
      if (lookahead == '\\') ADVANCE(18);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(43);
      END_STATE();
    case 44:
      ACCEPT_TOKEN(sym__more_text);
      if (lookahead == '\\') ADVANCE(5);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(44);
      END_STATE();
    case 45:
      ACCEPT_TOKEN(sym__continuation);
      END_STATE();
    case 46:
      ACCEPT_TOKEN(sym__continuation);
      if (lookahead == '\n') ADVANCE(45);
      END_STATE();
    case 47:
      ACCEPT_TOKEN(sym__continuation);
      if (lookahead == '\r') ADVANCE(45);
      END_STATE();
    case 48:
      ACCEPT_TOKEN(sym__continued_comment);
      END_STATE();
    case 49:
      ACCEPT_TOKEN(sym__continued_comment);
      if (lookahead == '\n') ADVANCE(48);
      END_STATE();
    case 50:
      ACCEPT_TOKEN(sym__continued_comment);
      if (lookahead == '\r') ADVANCE(48);
      END_STATE();
    case 51:
      ACCEPT_TOKEN(sym_include);
      if (lookahead == '=') ADVANCE(52);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(51);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(51);
      END_STATE();
    case 52:
      ACCEPT_TOKEN(sym_include);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 53:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '=') ADVANCE(54);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(53);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(30);
      END_STATE();
    case 54:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(54);
      END_STATE();
    case 55:
      ACCEPT_TOKEN(sym__newline);
      END_STATE();
    case 56:
      ACCEPT_TOKEN(sym__newline);
      if (lookahead == '\n') ADVANCE(55);
      END_STATE();
    case 57:
      ACCEPT_TOKEN(sym__newline);
      if (lookahead == '\r') ADVANCE(55);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0},
  [1] = {.lex_state = 19},
  [2] = {.lex_state = 19},
  [3] = {.lex_state = 20},
  [4] = {.lex_state = 0},
  [5] = {.lex_state = 0},
  [6] = {.lex_state = 0},
  [7] = {.lex_state = 21},
  [8] = {.lex_state = 21},
  [9] = {.lex_state = 21},
  [10] = {.lex_state = 0},
  [11] = {.lex_state = 0},
  [12] = {.lex_state = 0},
  [13] = {.lex_state = 0},
  [14] = {.lex_state = 0},
  [15] = {.lex_state = 0},
  [16] = {.lex_state = 0},
  [17] = {.lex_state = 0},
  [18] = {.lex_state = 0},
  [19] = {.lex_state = 0},
  [20] = {.lex_state = 0},
  [21] = {.lex_state = 0},
  [22] = {.lex_state = 0},
  [23] = {.lex_state = 0},
  [24] = {.lex_state = 0},
  [25] = {.lex_state = 0},
  [26] = {.lex_state = 0},
  [27] = {.lex_state = 7},
  [28] = {.lex_state = 0},
  [29] = {.lex_state = 0},
  [30] = {.lex_state = 0},
  [31] = {.lex_state = 0},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [anon_sym_LBRACK] = ACTIONS(1),
    [anon_sym_RBRACK] = ACTIONS(1),
    [anon_sym_EQ] = ACTIONS(1),
    [sym__continuation] = ACTIONS(1),
    [sym_include] = ACTIONS(1),
    [sym_comment] = ACTIONS(1),
    [sym__newline] = ACTIONS(1),
  },
  [1] = {
    [sym_source_file] = STATE(30),
    [sym_section] = STATE(14),
    [sym_section_header] = STATE(18),
    [sym__item] = STATE(4),
    [sym_entry] = STATE(4),
    [sym__entry_key] = STATE(29),
    [aux_sym_source_file_repeat1] = STATE(5),
    [aux_sym_source_file_repeat2] = STATE(14),
    [ts_builtin_sym_end] = ACTIONS(3),
    [anon_sym_LBRACK] = ACTIONS(5),
    [sym_key] = ACTIONS(7),
    [sym_include] = ACTIONS(9),
    [sym_comment] = ACTIONS(9),
    [sym__newline] = ACTIONS(11),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 6,
    ACTIONS(7), 1,
      sym_key,
    ACTIONS(13), 1,
      ts_builtin_sym_end,
    STATE(29), 1,
      sym__entry_key,
    ACTIONS(15), 2,
      anon_sym_LBRACK,
      sym__newline,
    ACTIONS(17), 2,
      sym_include,
      sym_comment,
    STATE(24), 2,
      sym__item,
      sym_entry,
  [22] = 6,
    ACTIONS(19), 1,
      ts_builtin_sym_end,
    ACTIONS(23), 1,
      sym__first_text,
    ACTIONS(25), 1,
      sym__continuation,
    STATE(25), 1,
      sym_value,
    ACTIONS(21), 2,
      anon_sym_LBRACK,
      sym__newline,
    STATE(10), 2,
      sym__continued,
      aux_sym_value_repeat1,
  [43] = 6,
    ACTIONS(27), 1,
      ts_builtin_sym_end,
    ACTIONS(29), 1,
      anon_sym_LBRACK,
    ACTIONS(31), 1,
      sym__newline,
    STATE(6), 1,
      aux_sym_source_file_repeat1,
    STATE(18), 1,
      sym_section_header,
    STATE(15), 2,
      sym_section,
      aux_sym_source_file_repeat2,
  [63] = 6,
    ACTIONS(27), 1,
      ts_builtin_sym_end,
    ACTIONS(29), 1,
      anon_sym_LBRACK,
    ACTIONS(31), 1,
      sym__newline,
    STATE(18), 1,
      sym_section_header,
    STATE(20), 1,
      aux_sym_source_file_repeat1,
    STATE(15), 2,
      sym_section,
      aux_sym_source_file_repeat2,
  [83] = 6,
    ACTIONS(29), 1,
      anon_sym_LBRACK,
    ACTIONS(31), 1,
      sym__newline,
    ACTIONS(33), 1,
      ts_builtin_sym_end,
    STATE(18), 1,
      sym_section_header,
    STATE(20), 1,
      aux_sym_source_file_repeat1,
    STATE(16), 2,
      sym_section,
      aux_sym_source_file_repeat2,
  [103] = 5,
    ACTIONS(35), 1,
      ts_builtin_sym_end,
    ACTIONS(39), 1,
      sym__more_text,
    ACTIONS(41), 1,
      sym__continued_comment,
    STATE(9), 1,
      aux_sym__continued_repeat1,
    ACTIONS(37), 3,
      anon_sym_LBRACK,
      sym__continuation,
      sym__newline,
  [121] = 5,
    ACTIONS(43), 1,
      ts_builtin_sym_end,
    ACTIONS(47), 1,
      sym__more_text,
    ACTIONS(49), 1,
      sym__continued_comment,
    STATE(7), 1,
      aux_sym__continued_repeat1,
    ACTIONS(45), 3,
      anon_sym_LBRACK,
      sym__continuation,
      sym__newline,
  [139] = 4,
    ACTIONS(55), 1,
      sym__continued_comment,
    STATE(9), 1,
      aux_sym__continued_repeat1,
    ACTIONS(51), 2,
      ts_builtin_sym_end,
      sym__more_text,
    ACTIONS(53), 3,
      anon_sym_LBRACK,
      sym__continuation,
      sym__newline,
  [155] = 3,
    ACTIONS(60), 1,
      sym__continuation,
    STATE(13), 2,
      sym__continued,
      aux_sym_value_repeat1,
    ACTIONS(58), 3,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__newline,
  [168] = 3,
    ACTIONS(60), 1,
      sym__continuation,
    STATE(12), 2,
      sym__continued,
      aux_sym_value_repeat1,
    ACTIONS(58), 3,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__newline,
  [181] = 3,
    ACTIONS(60), 1,
      sym__continuation,
    STATE(13), 2,
      sym__continued,
      aux_sym_value_repeat1,
    ACTIONS(62), 3,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__newline,
  [194] = 3,
    ACTIONS(66), 1,
      sym__continuation,
    STATE(13), 2,
      sym__continued,
      aux_sym_value_repeat1,
    ACTIONS(64), 3,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__newline,
  [207] = 4,
    ACTIONS(27), 1,
      ts_builtin_sym_end,
    ACTIONS(29), 1,
      anon_sym_LBRACK,
    STATE(18), 1,
      sym_section_header,
    STATE(17), 2,
      sym_section,
      aux_sym_source_file_repeat2,
  [221] = 4,
    ACTIONS(29), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      ts_builtin_sym_end,
    STATE(18), 1,
      sym_section_header,
    STATE(17), 2,
      sym_section,
      aux_sym_source_file_repeat2,
  [235] = 4,
    ACTIONS(29), 1,
      anon_sym_LBRACK,
    ACTIONS(69), 1,
      ts_builtin_sym_end,
    STATE(18), 1,
      sym_section_header,
    STATE(17), 2,
      sym_section,
      aux_sym_source_file_repeat2,
  [249] = 4,
    ACTIONS(71), 1,
      ts_builtin_sym_end,
    ACTIONS(73), 1,
      anon_sym_LBRACK,
    STATE(18), 1,
      sym_section_header,
    STATE(17), 2,
      sym_section,
      aux_sym_source_file_repeat2,
  [263] = 3,
    ACTIONS(31), 1,
      sym__newline,
    STATE(19), 1,
      aux_sym_source_file_repeat1,
    ACTIONS(76), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [274] = 3,
    ACTIONS(31), 1,
      sym__newline,
    STATE(20), 1,
      aux_sym_source_file_repeat1,
    ACTIONS(78), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [285] = 3,
    ACTIONS(82), 1,
      sym__newline,
    STATE(20), 1,
      aux_sym_source_file_repeat1,
    ACTIONS(80), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [296] = 1,
    ACTIONS(35), 4,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__continuation,
      sym__newline,
  [303] = 1,
    ACTIONS(85), 4,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__continuation,
      sym__newline,
  [310] = 1,
    ACTIONS(87), 3,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__newline,
  [316] = 1,
    ACTIONS(80), 3,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__newline,
  [322] = 1,
    ACTIONS(89), 3,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__newline,
  [328] = 1,
    ACTIONS(91), 3,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__newline,
  [334] = 2,
    ACTIONS(93), 1,
      anon_sym_RBRACK,
    ACTIONS(95), 1,
      sym_section_name,
  [341] = 1,
    ACTIONS(97), 1,
      anon_sym_EQ,
  [345] = 1,
    ACTIONS(99), 1,
      anon_sym_EQ,
  [349] = 1,
    ACTIONS(101), 1,
      ts_builtin_sym_end,
  [353] = 1,
    ACTIONS(103), 1,
      anon_sym_RBRACK,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(2)] = 0,
  [SMALL_STATE(3)] = 22,
  [SMALL_STATE(4)] = 43,
  [SMALL_STATE(5)] = 63,
  [SMALL_STATE(6)] = 83,
  [SMALL_STATE(7)] = 103,
  [SMALL_STATE(8)] = 121,
  [SMALL_STATE(9)] = 139,
  [SMALL_STATE(10)] = 155,
  [SMALL_STATE(11)] = 168,
  [SMALL_STATE(12)] = 181,
  [SMALL_STATE(13)] = 194,
  [SMALL_STATE(14)] = 207,
  [SMALL_STATE(15)] = 221,
  [SMALL_STATE(16)] = 235,
  [SMALL_STATE(17)] = 249,
  [SMALL_STATE(18)] = 263,
  [SMALL_STATE(19)] = 274,
  [SMALL_STATE(20)] = 285,
  [SMALL_STATE(21)] = 296,
  [SMALL_STATE(22)] = 303,
  [SMALL_STATE(23)] = 310,
  [SMALL_STATE(24)] = 316,
  [SMALL_STATE(25)] = 322,
  [SMALL_STATE(26)] = 328,
  [SMALL_STATE(27)] = 334,
  [SMALL_STATE(28)] = 341,
  [SMALL_STATE(29)] = 345,
  [SMALL_STATE(30)] = 349,
  [SMALL_STATE(31)] = 353,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [5] = {.entry = {.count = 1, .reusable = false}}, SHIFT(27),
  [7] = {.entry = {.count = 1, .reusable = false}}, SHIFT(28),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(4),
  [11] = {.entry = {.count = 1, .reusable = false}}, SHIFT(2),
  [13] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 1, 0, 0),
  [15] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 1, 0, 0),
  [17] = {.entry = {.count = 1, .reusable = false}}, SHIFT(24),
  [19] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_entry, 2, 0, 2),
  [21] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_entry, 2, 0, 2),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [25] = {.entry = {.count = 1, .reusable = false}}, SHIFT(8),
  [27] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [29] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [33] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, 0, 0),
  [35] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__continued, 2, 0, 0),
  [37] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__continued, 2, 0, 0),
  [39] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [41] = {.entry = {.count = 1, .reusable = false}}, SHIFT(9),
  [43] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__continued, 1, 0, 0),
  [45] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__continued, 1, 0, 0),
  [47] = {.entry = {.count = 1, .reusable = true}}, SHIFT(21),
  [49] = {.entry = {.count = 1, .reusable = false}}, SHIFT(7),
  [51] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__continued_repeat1, 2, 0, 0),
  [53] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__continued_repeat1, 2, 0, 0),
  [55] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__continued_repeat1, 2, 0, 0), SHIFT_REPEAT(9),
  [58] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_value, 1, 0, 0),
  [60] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [62] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_value, 2, 0, 0),
  [64] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_value_repeat1, 2, 0, 0),
  [66] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_value_repeat1, 2, 0, 0), SHIFT_REPEAT(8),
  [69] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, 0, 0),
  [71] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0),
  [73] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(27),
  [76] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 1, 0, 0),
  [78] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 2, 0, 0),
  [80] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [82] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(2),
  [85] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__continued, 3, 0, 0),
  [87] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section_header, 2, 0, 0),
  [89] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_entry, 3, 0, 4),
  [91] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section_header, 3, 0, 3),
  [93] = {.entry = {.count = 1, .reusable = false}}, SHIFT(23),
  [95] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [97] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__entry_key, 1, 0, 1),
  [99] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [101] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [103] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
};

#ifdef __cplusplus
extern "C" {
#endif
#ifdef TREE_SITTER_HIDE_SYMBOLS
#define TS_PUBLIC
#elif defined(_WIN32)
#define TS_PUBLIC __declspec(dllexport)
#else
#define TS_PUBLIC __attribute__((visibility("default")))
#endif

TS_PUBLIC const TSLanguage *tree_sitter_systemd(void) {
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
    .primary_state_ids = ts_primary_state_ids,
  };
  return &language;
}
#ifdef __cplusplus
}
#endif
