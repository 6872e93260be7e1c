#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 30
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 24
#define ALIAS_COUNT 0
#define TOKEN_COUNT 13
#define EXTERNAL_TOKEN_COUNT 0
#define FIELD_COUNT 3
#define MAX_ALIAS_SEQUENCE_LENGTH 3
#define PRODUCTION_ID_COUNT 4

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
  sym_value = 18,
  sym__continued = 19,
  aux_sym_source_file_repeat1 = 20,
  aux_sym_source_file_repeat2 = 21,
  aux_sym_value_repeat1 = 22,
  aux_sym__continued_repeat1 = 23,
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
  [3] = {.index = 2, .length = 2},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_key, 0},
  [1] =
    {field_name, 1},
  [2] =
    {field_key, 0},
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
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(25);
      ADVANCE_MAP(
        '\n', 56,
        '.', 14,
        '=', 33,
        '[', 26,
        '\\', 4,
        ']', 30,
        '#', 55,
        ';', 55,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(0);
      END_STATE();
    case 1:
      if (lookahead == '\n') ADVANCE(56);
      if (lookahead == '\r') SKIP(2);
      if (lookahead == '.') ADVANCE(39);
      if (lookahead == '[') ADVANCE(29);
      if (lookahead == '\\') ADVANCE(44);
      if (lookahead == 0xfeff) ADVANCE(34);
      if (lookahead == '#' ||
          lookahead == ';') ADVANCE(35);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ') ADVANCE(1);
      if (lookahead != 0 &&
          lookahead != '=') ADVANCE(44);
      END_STATE();
    case 2:
      if (lookahead == '\n') ADVANCE(56);
      if (lookahead == '.') ADVANCE(39);
      if (lookahead == '[') ADVANCE(26);
      if (lookahead == 0xfeff) ADVANCE(34);
      if (lookahead == '#' ||
          lookahead == ';') ADVANCE(55);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(2);
      if (lookahead != 0 &&
          lookahead != '=' &&
          lookahead != '[' &&
          lookahead != '\\') ADVANCE(44);
      END_STATE();
    case 3:
      if (lookahead == '\n') ADVANCE(50);
      END_STATE();
    case 4:
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(3);
      END_STATE();
    case 5:
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(3);
      if (lookahead != 0) ADVANCE(46);
      END_STATE();
    case 6:
      if (lookahead == '\n') ADVANCE(50);
      if (lookahead == '\r') ADVANCE(3);
      if (lookahead != 0) ADVANCE(49);
      END_STATE();
    case 7:
      if (lookahead == '\n') ADVANCE(51);
      END_STATE();
    case 8:
      if (lookahead == '\n') ADVANCE(51);
      if (lookahead == '\r') ADVANCE(7);
      if (lookahead != 0) ADVANCE(47);
      END_STATE();
    case 9:
      if (lookahead == '\n') ADVANCE(51);
      if (lookahead == '\r') ADVANCE(7);
      if (lookahead != 0) ADVANCE(9);
      END_STATE();
    case 10:
      if (lookahead == '\r') SKIP(10);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ' ||
          lookahead == 0xfeff) ADVANCE(31);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ']') ADVANCE(32);
      END_STATE();
    case 11:
      if (lookahead == 'c') ADVANCE(15);
      END_STATE();
    case 12:
      if (lookahead == 'd') ADVANCE(13);
      END_STATE();
    case 13:
      if (lookahead == 'e') ADVANCE(18);
      END_STATE();
    case 14:
      if (lookahead == 'i') ADVANCE(16);
      END_STATE();
    case 15:
      if (lookahead == 'l') ADVANCE(17);
      END_STATE();
    case 16:
      if (lookahead == 'n') ADVANCE(11);
      END_STATE();
    case 17:
      if (lookahead == 'u') ADVANCE(12);
      END_STATE();
    case 18:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(53);
      END_STATE();
    case 19:
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '=') ADVANCE(44);
      END_STATE();
    case 20:
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(46);
      END_STATE();
    case 21:
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(49);
      END_STATE();
    case 22:
      if (eof) ADVANCE(25);
      if (lookahead == '\n') ADVANCE(56);
      if (lookahead == '.') ADVANCE(39);
      if (lookahead == '[') ADVANCE(26);
      if (lookahead == 0xfeff) ADVANCE(34);
      if (lookahead == '#' ||
          lookahead == ';') ADVANCE(55);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(22);
      if (lookahead != 0 &&
          lookahead != '=' &&
          lookahead != '[' &&
          lookahead != '\\') ADVANCE(44);
      END_STATE();
    case 23:
      if (eof) ADVANCE(25);
      if (lookahead == '\n') ADVANCE(56);
      if (lookahead == '[') ADVANCE(27);
      if (lookahead == '\\') ADVANCE(5);
      if (lookahead == 0xfeff) ADVANCE(45);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(23);
      if (lookahead != 0) ADVANCE(46);
      END_STATE();
    case 24:
      if (eof) ADVANCE(25);
      if (lookahead == '\n') ADVANCE(56);
      if (lookahead == '[') ADVANCE(28);
      if (lookahead == '\\') ADVANCE(6);
      if (lookahead == 0xfeff) ADVANCE(48);
      if (lookahead == '#' ||
          lookahead == ';') ADVANCE(9);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(24);
      if (lookahead != 0) ADVANCE(49);
      END_STATE();
    case 25:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 26:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      END_STATE();
    case 27:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      if (lookahead == '\\') ADVANCE(20);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(46);
      END_STATE();
    case 28:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      if (lookahead == '\\') ADVANCE(21);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(49);
      END_STATE();
    case 29:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '=') ADVANCE(44);
      END_STATE();
    case 30:
      ACCEPT_TOKEN(anon_sym_RBRACK);
      END_STATE();
    case 31:
      ACCEPT_TOKEN(sym_section_name);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ' ||
          lookahead == 0xfeff) ADVANCE(31);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ']') ADVANCE(32);
      END_STATE();
    case 32:
      ACCEPT_TOKEN(sym_section_name);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ']') ADVANCE(32);
      END_STATE();
    case 33:
      ACCEPT_TOKEN(anon_sym_EQ);
      END_STATE();
    case 34:
      ACCEPT_TOKEN(sym_key);
      ADVANCE_MAP(
        '.', 39,
        '[', 29,
        '\\', 44,
        0xfeff, 34,
        '#', 35,
        ';', 35,
        '\t', 1,
        0x0b, 1,
        '\f', 1,
        ' ', 1,
      );
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '=') ADVANCE(44);
      END_STATE();
    case 35:
      ACCEPT_TOKEN(sym_key);
      if (lookahead == '=') ADVANCE(55);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(54);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(35);
      END_STATE();
    case 36:
      ACCEPT_TOKEN(sym_key);
      if (lookahead == 'c') ADVANCE(40);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '=') ADVANCE(44);
      END_STATE();
    case 37:
      ACCEPT_TOKEN(sym_key);
      if (lookahead == 'd') ADVANCE(38);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '=') ADVANCE(44);
      END_STATE();
    case 38:
      ACCEPT_TOKEN(sym_key);
      if (lookahead == 'e') ADVANCE(43);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '=') ADVANCE(44);
      END_STATE();
    case 39:
      ACCEPT_TOKEN(sym_key);
      if (lookahead == 'i') ADVANCE(41);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '=') ADVANCE(44);
      END_STATE();
    case 40:
      ACCEPT_TOKEN(sym_key);
      if (lookahead == 'l') ADVANCE(42);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '=') ADVANCE(44);
      END_STATE();
    case 41:
      ACCEPT_TOKEN(sym_key);
      if (lookahead == 'n') ADVANCE(36);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '=') ADVANCE(44);
      END_STATE();
    case 42:
      ACCEPT_TOKEN(sym_key);
      if (lookahead == 'u') ADVANCE(37);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '=') ADVANCE(44);
      END_STATE();
    case 43:
      ACCEPT_TOKEN(sym_key);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(52);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '=') ADVANCE(44);
      END_STATE();
    case 44:
      ACCEPT_TOKEN(sym_key);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(19);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '=') ADVANCE(44);
      END_STATE();
    case 45:
      ACCEPT_TOKEN(sym__first_text);
      if (lookahead == '[') ADVANCE(27);
      if (lookahead == '\\') ADVANCE(5);
      if (lookahead == 0xfeff) ADVANCE(45);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(45);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(46);
      END_STATE();
    case 46:
      ACCEPT_TOKEN(sym__first_text);
      if (lookahead == '\\') ADVANCE(20);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(46);
      END_STATE();
    case 47:
      ACCEPT_TOKEN(sym__more_text);
      if (lookahead == '\n') ADVANCE(51);
      if (lookahead == '\r') ADVANCE(7);
      if (lookahead == '\\') ADVANCE(8);
      if (lookahead != 0) ADVANCE(47);
      END_STATE();
    case 48:
      ACCEPT_TOKEN(sym__more_text);
      ADVANCE_MAP(
        '[', 28,
        '\\', 6,
        0xfeff, 48,
        '#', 47,
        ';', 47,
        '\t', 48,
        0x0b, 48,
        '\f', 48,
        ' ', 48,
      );
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(49);
      END_STATE();
    case 49:
      ACCEPT_TOKEN(sym__more_text);
      if (lookahead == '\\') ADVANCE(21);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(49);
      END_STATE();
    case 50:
      ACCEPT_TOKEN(sym__continuation);
      END_STATE();
    case 51:
      ACCEPT_TOKEN(sym__continued_comment);
      END_STATE();
    case 52:
      ACCEPT_TOKEN(sym_include);
      if (lookahead == '=') ADVANCE(53);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(52);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(52);
      END_STATE();
    case 53:
      ACCEPT_TOKEN(sym_include);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 54:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '=') ADVANCE(55);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(54);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(35);
      END_STATE();
    case 55:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(55);
      END_STATE();
    case 56:
      ACCEPT_TOKEN(sym__newline);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0},
  [1] = {.lex_state = 22},
  [2] = {.lex_state = 23},
  [3] = {.lex_state = 22},
  [4] = {.lex_state = 0},
  [5] = {.lex_state = 0},
  [6] = {.lex_state = 0},
  [7] = {.lex_state = 24},
  [8] = {.lex_state = 24},
  [9] = {.lex_state = 24},
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
  [26] = {.lex_state = 10},
  [27] = {.lex_state = 0},
  [28] = {.lex_state = 0},
  [29] = {.lex_state = 0},
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
    [sym_source_file] = STATE(29),
    [sym_section] = STATE(14),
    [sym_section_header] = STATE(18),
    [sym__item] = STATE(5),
    [sym_entry] = STATE(5),
    [aux_sym_source_file_repeat1] = STATE(4),
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
    ACTIONS(13), 1,
      ts_builtin_sym_end,
    ACTIONS(17), 1,
      sym__first_text,
    ACTIONS(19), 1,
      sym__continuation,
    STATE(25), 1,
      sym_value,
    ACTIONS(15), 2,
      anon_sym_LBRACK,
      sym__newline,
    STATE(11), 2,
      sym__continued,
      aux_sym_value_repeat1,
  [21] = 5,
    ACTIONS(7), 1,
      sym_key,
    ACTIONS(21), 1,
      ts_builtin_sym_end,
    ACTIONS(23), 2,
      anon_sym_LBRACK,
      sym__newline,
    ACTIONS(25), 2,
      sym_include,
      sym_comment,
    STATE(23), 2,
      sym__item,
      sym_entry,
  [40] = 6,
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
  [60] = 6,
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
  [80] = 6,
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
  [100] = 5,
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
  [118] = 5,
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
  [136] = 4,
    ACTIONS(51), 1,
      ts_builtin_sym_end,
    ACTIONS(55), 1,
      sym__continued_comment,
    STATE(9), 1,
      aux_sym__continued_repeat1,
    ACTIONS(53), 4,
      anon_sym_LBRACK,
      sym__more_text,
      sym__continuation,
      sym__newline,
  [152] = 3,
    ACTIONS(60), 1,
      sym__continuation,
    STATE(12), 2,
      sym__continued,
      aux_sym_value_repeat1,
    ACTIONS(58), 3,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__newline,
  [165] = 3,
    ACTIONS(60), 1,
      sym__continuation,
    STATE(12), 2,
      sym__continued,
      aux_sym_value_repeat1,
    ACTIONS(62), 3,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__newline,
  [178] = 3,
    ACTIONS(66), 1,
      sym__continuation,
    STATE(12), 2,
      sym__continued,
      aux_sym_value_repeat1,
    ACTIONS(64), 3,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__newline,
  [191] = 3,
    ACTIONS(60), 1,
      sym__continuation,
    STATE(10), 2,
      sym__continued,
      aux_sym_value_repeat1,
    ACTIONS(62), 3,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__newline,
  [204] = 4,
    ACTIONS(27), 1,
      ts_builtin_sym_end,
    ACTIONS(29), 1,
      anon_sym_LBRACK,
    STATE(18), 1,
      sym_section_header,
    STATE(17), 2,
      sym_section,
      aux_sym_source_file_repeat2,
  [218] = 4,
    ACTIONS(29), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      ts_builtin_sym_end,
    STATE(18), 1,
      sym_section_header,
    STATE(17), 2,
      sym_section,
      aux_sym_source_file_repeat2,
  [232] = 4,
    ACTIONS(29), 1,
      anon_sym_LBRACK,
    ACTIONS(69), 1,
      ts_builtin_sym_end,
    STATE(18), 1,
      sym_section_header,
    STATE(17), 2,
      sym_section,
      aux_sym_source_file_repeat2,
  [246] = 4,
    ACTIONS(71), 1,
      ts_builtin_sym_end,
    ACTIONS(73), 1,
      anon_sym_LBRACK,
    STATE(18), 1,
      sym_section_header,
    STATE(17), 2,
      sym_section,
      aux_sym_source_file_repeat2,
  [260] = 3,
    ACTIONS(31), 1,
      sym__newline,
    STATE(19), 1,
      aux_sym_source_file_repeat1,
    ACTIONS(76), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [271] = 3,
    ACTIONS(31), 1,
      sym__newline,
    STATE(20), 1,
      aux_sym_source_file_repeat1,
    ACTIONS(78), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [282] = 3,
    ACTIONS(82), 1,
      sym__newline,
    STATE(20), 1,
      aux_sym_source_file_repeat1,
    ACTIONS(80), 2,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
  [293] = 1,
    ACTIONS(35), 4,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__continuation,
      sym__newline,
  [300] = 1,
    ACTIONS(85), 4,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__continuation,
      sym__newline,
  [307] = 1,
    ACTIONS(80), 3,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__newline,
  [313] = 1,
    ACTIONS(87), 3,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__newline,
  [319] = 1,
    ACTIONS(89), 3,
      ts_builtin_sym_end,
      anon_sym_LBRACK,
      sym__newline,
  [325] = 1,
    ACTIONS(91), 1,
      sym_section_name,
  [329] = 1,
    ACTIONS(93), 1,
      anon_sym_RBRACK,
  [333] = 1,
    ACTIONS(95), 1,
      anon_sym_EQ,
  [337] = 1,
    ACTIONS(97), 1,
      ts_builtin_sym_end,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(2)] = 0,
  [SMALL_STATE(3)] = 21,
  [SMALL_STATE(4)] = 40,
  [SMALL_STATE(5)] = 60,
  [SMALL_STATE(6)] = 80,
  [SMALL_STATE(7)] = 100,
  [SMALL_STATE(8)] = 118,
  [SMALL_STATE(9)] = 136,
  [SMALL_STATE(10)] = 152,
  [SMALL_STATE(11)] = 165,
  [SMALL_STATE(12)] = 178,
  [SMALL_STATE(13)] = 191,
  [SMALL_STATE(14)] = 204,
  [SMALL_STATE(15)] = 218,
  [SMALL_STATE(16)] = 232,
  [SMALL_STATE(17)] = 246,
  [SMALL_STATE(18)] = 260,
  [SMALL_STATE(19)] = 271,
  [SMALL_STATE(20)] = 282,
  [SMALL_STATE(21)] = 293,
  [SMALL_STATE(22)] = 300,
  [SMALL_STATE(23)] = 307,
  [SMALL_STATE(24)] = 313,
  [SMALL_STATE(25)] = 319,
  [SMALL_STATE(26)] = 325,
  [SMALL_STATE(27)] = 329,
  [SMALL_STATE(28)] = 333,
  [SMALL_STATE(29)] = 337,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [5] = {.entry = {.count = 1, .reusable = false}}, SHIFT(26),
  [7] = {.entry = {.count = 1, .reusable = false}}, SHIFT(28),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(5),
  [11] = {.entry = {.count = 1, .reusable = false}}, SHIFT(3),
  [13] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_entry, 2, 0, 1),
  [15] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_entry, 2, 0, 1),
  [17] = {.entry = {.count = 1, .reusable = false}}, SHIFT(13),
  [19] = {.entry = {.count = 1, .reusable = false}}, SHIFT(8),
  [21] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 1, 0, 0),
  [23] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 1, 0, 0),
  [25] = {.entry = {.count = 1, .reusable = false}}, SHIFT(23),
  [27] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [29] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [33] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, 0, 0),
  [35] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__continued, 2, 0, 0),
  [37] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__continued, 2, 0, 0),
  [39] = {.entry = {.count = 1, .reusable = false}}, SHIFT(22),
  [41] = {.entry = {.count = 1, .reusable = false}}, SHIFT(9),
  [43] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__continued, 1, 0, 0),
  [45] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__continued, 1, 0, 0),
  [47] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [49] = {.entry = {.count = 1, .reusable = false}}, SHIFT(7),
  [51] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__continued_repeat1, 2, 0, 0),
  [53] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__continued_repeat1, 2, 0, 0),
  [55] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__continued_repeat1, 2, 0, 0), SHIFT_REPEAT(9),
  [58] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_value, 2, 0, 0),
  [60] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [62] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_value, 1, 0, 0),
  [64] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_value_repeat1, 2, 0, 0),
  [66] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_value_repeat1, 2, 0, 0), SHIFT_REPEAT(8),
  [69] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, 0, 0),
  [71] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0),
  [73] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(26),
  [76] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 1, 0, 0),
  [78] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 2, 0, 0),
  [80] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [82] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(3),
  [85] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__continued, 3, 0, 0),
  [87] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section_header, 3, 0, 2),
  [89] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_entry, 3, 0, 3),
  [91] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [93] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [95] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [97] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
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
