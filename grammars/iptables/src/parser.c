#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 70
#define LARGE_STATE_COUNT 39
#define SYMBOL_COUNT 78
#define ALIAS_COUNT 1
#define TOKEN_COUNT 59
#define EXTERNAL_TOKEN_COUNT 0
#define FIELD_COUNT 12
#define MAX_ALIAS_SEQUENCE_LENGTH 4
#define PRODUCTION_ID_COUNT 24

enum ts_symbol_identifiers {
  anon_sym_SEMI = 1,
  anon_sym_AMP_AMP = 2,
  anon_sym_PIPE_PIPE = 3,
  sym_sudo = 4,
  sym_binary = 5,
  anon_sym_GT = 6,
  anon_sym_GT_GT = 7,
  anon_sym_LT = 8,
  anon_sym_2_GT = 9,
  anon_sym_2_GT_AMP1 = 10,
  anon_sym_AMP_GT = 11,
  anon_sym_DASHA = 12,
  anon_sym_DASH_DASHappend = 13,
  anon_sym_DASHC = 14,
  anon_sym_DASH_DASHcheck = 15,
  anon_sym_DASHD = 16,
  anon_sym_DASH_DASHdelete = 17,
  anon_sym_DASHI = 18,
  anon_sym_DASH_DASHinsert = 19,
  anon_sym_DASHR = 20,
  anon_sym_DASH_DASHreplace = 21,
  anon_sym_DASHL = 22,
  anon_sym_DASH_DASHlist = 23,
  anon_sym_DASHS = 24,
  anon_sym_DASH_DASHlist_DASHrules = 25,
  anon_sym_DASHF = 26,
  anon_sym_DASH_DASHflush = 27,
  anon_sym_DASHZ = 28,
  anon_sym_DASH_DASHzero = 29,
  anon_sym_DASHN = 30,
  anon_sym_DASH_DASHnew_DASHchain = 31,
  anon_sym_DASH_DASHnew = 32,
  anon_sym_DASHX = 33,
  anon_sym_DASH_DASHdelete_DASHchain = 34,
  anon_sym_DASHP = 35,
  anon_sym_DASH_DASHpolicy = 36,
  anon_sym_DASHE = 37,
  anon_sym_DASH_DASHrename_DASHchain = 38,
  anon_sym_DASHt = 39,
  anon_sym_DASH_DASHtable = 40,
  anon_sym_DASHm = 41,
  anon_sym_DASH_DASHmatch = 42,
  anon_sym_DASHj = 43,
  anon_sym_DASH_DASHjump = 44,
  anon_sym_DASHg = 45,
  anon_sym_DASH_DASHgoto = 46,
  sym_negation = 47,
  sym_option_name = 48,
  sym_argument = 49,
  anon_sym_STAR = 50,
  aux_sym_table_header_token1 = 51,
  anon_sym_COLON = 52,
  sym_policy = 53,
  sym_counters = 54,
  sym_commit = 55,
  sym_comment = 56,
  sym_line_continuation = 57,
  sym__newline = 58,
  sym_source_file = 59,
  sym_separator = 60,
  sym__statement = 61,
  sym_command = 62,
  sym_redirect = 63,
  sym_rule = 64,
  sym__item = 65,
  sym_operation = 66,
  sym_table_option = 67,
  sym_match_module = 68,
  sym_jump = 69,
  sym_goto = 70,
  sym_option = 71,
  sym_table_header = 72,
  sym_chain_declaration = 73,
  aux_sym_source_file_repeat1 = 74,
  aux_sym_command_repeat1 = 75,
  aux_sym_command_repeat2 = 76,
  aux_sym_operation_repeat1 = 77,
  alias_sym_table_name = 78,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [anon_sym_SEMI] = ";",
  [anon_sym_AMP_AMP] = "&&",
  [anon_sym_PIPE_PIPE] = "||",
  [sym_sudo] = "sudo",
  [sym_binary] = "binary",
  [anon_sym_GT] = ">",
  [anon_sym_GT_GT] = ">>",
  [anon_sym_LT] = "<",
  [anon_sym_2_GT] = "2>",
  [anon_sym_2_GT_AMP1] = "2>&1",
  [anon_sym_AMP_GT] = "&>",
  [anon_sym_DASHA] = "operation_name",
  [anon_sym_DASH_DASHappend] = "operation_name",
  [anon_sym_DASHC] = "operation_name",
  [anon_sym_DASH_DASHcheck] = "operation_name",
  [anon_sym_DASHD] = "operation_name",
  [anon_sym_DASH_DASHdelete] = "operation_name",
  [anon_sym_DASHI] = "operation_name",
  [anon_sym_DASH_DASHinsert] = "operation_name",
  [anon_sym_DASHR] = "operation_name",
  [anon_sym_DASH_DASHreplace] = "operation_name",
  [anon_sym_DASHL] = "operation_name",
  [anon_sym_DASH_DASHlist] = "operation_name",
  [anon_sym_DASHS] = "operation_name",
  [anon_sym_DASH_DASHlist_DASHrules] = "operation_name",
  [anon_sym_DASHF] = "operation_name",
  [anon_sym_DASH_DASHflush] = "operation_name",
  [anon_sym_DASHZ] = "operation_name",
  [anon_sym_DASH_DASHzero] = "operation_name",
  [anon_sym_DASHN] = "operation_name",
  [anon_sym_DASH_DASHnew_DASHchain] = "operation_name",
  [anon_sym_DASH_DASHnew] = "operation_name",
  [anon_sym_DASHX] = "operation_name",
  [anon_sym_DASH_DASHdelete_DASHchain] = "operation_name",
  [anon_sym_DASHP] = "operation_name",
  [anon_sym_DASH_DASHpolicy] = "operation_name",
  [anon_sym_DASHE] = "operation_name",
  [anon_sym_DASH_DASHrename_DASHchain] = "operation_name",
  [anon_sym_DASHt] = "option_name",
  [anon_sym_DASH_DASHtable] = "option_name",
  [anon_sym_DASHm] = "option_name",
  [anon_sym_DASH_DASHmatch] = "option_name",
  [anon_sym_DASHj] = "option_name",
  [anon_sym_DASH_DASHjump] = "option_name",
  [anon_sym_DASHg] = "option_name",
  [anon_sym_DASH_DASHgoto] = "option_name",
  [sym_negation] = "negation",
  [sym_option_name] = "option_name",
  [sym_argument] = "argument",
  [anon_sym_STAR] = "*",
  [aux_sym_table_header_token1] = "chain_name",
  [anon_sym_COLON] = ":",
  [sym_policy] = "policy",
  [sym_counters] = "counters",
  [sym_commit] = "commit",
  [sym_comment] = "comment",
  [sym_line_continuation] = "line_continuation",
  [sym__newline] = "_newline",
  [sym_source_file] = "source_file",
  [sym_separator] = "separator",
  [sym__statement] = "_statement",
  [sym_command] = "command",
  [sym_redirect] = "redirect",
  [sym_rule] = "rule",
  [sym__item] = "_item",
  [sym_operation] = "operation",
  [sym_table_option] = "table_option",
  [sym_match_module] = "match_module",
  [sym_jump] = "jump",
  [sym_goto] = "goto",
  [sym_option] = "option",
  [sym_table_header] = "table_header",
  [sym_chain_declaration] = "chain_declaration",
  [aux_sym_source_file_repeat1] = "source_file_repeat1",
  [aux_sym_command_repeat1] = "command_repeat1",
  [aux_sym_command_repeat2] = "command_repeat2",
  [aux_sym_operation_repeat1] = "operation_repeat1",
  [alias_sym_table_name] = "table_name",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [anon_sym_SEMI] = anon_sym_SEMI,
  [anon_sym_AMP_AMP] = anon_sym_AMP_AMP,
  [anon_sym_PIPE_PIPE] = anon_sym_PIPE_PIPE,
  [sym_sudo] = sym_sudo,
  [sym_binary] = sym_binary,
  [anon_sym_GT] = anon_sym_GT,
  [anon_sym_GT_GT] = anon_sym_GT_GT,
  [anon_sym_LT] = anon_sym_LT,
  [anon_sym_2_GT] = anon_sym_2_GT,
  [anon_sym_2_GT_AMP1] = anon_sym_2_GT_AMP1,
  [anon_sym_AMP_GT] = anon_sym_AMP_GT,
  [anon_sym_DASHA] = anon_sym_DASHA,
  [anon_sym_DASH_DASHappend] = anon_sym_DASHA,
  [anon_sym_DASHC] = anon_sym_DASHA,
  [anon_sym_DASH_DASHcheck] = anon_sym_DASHA,
  [anon_sym_DASHD] = anon_sym_DASHA,
  [anon_sym_DASH_DASHdelete] = anon_sym_DASHA,
  [anon_sym_DASHI] = anon_sym_DASHA,
  [anon_sym_DASH_DASHinsert] = anon_sym_DASHA,
  [anon_sym_DASHR] = anon_sym_DASHA,
  [anon_sym_DASH_DASHreplace] = anon_sym_DASHA,
  [anon_sym_DASHL] = anon_sym_DASHA,
  [anon_sym_DASH_DASHlist] = anon_sym_DASHA,
  [anon_sym_DASHS] = anon_sym_DASHA,
  [anon_sym_DASH_DASHlist_DASHrules] = anon_sym_DASHA,
  [anon_sym_DASHF] = anon_sym_DASHA,
  [anon_sym_DASH_DASHflush] = anon_sym_DASHA,
  [anon_sym_DASHZ] = anon_sym_DASHA,
  [anon_sym_DASH_DASHzero] = anon_sym_DASHA,
  [anon_sym_DASHN] = anon_sym_DASHA,
  [anon_sym_DASH_DASHnew_DASHchain] = anon_sym_DASHA,
  [anon_sym_DASH_DASHnew] = anon_sym_DASHA,
  [anon_sym_DASHX] = anon_sym_DASHA,
  [anon_sym_DASH_DASHdelete_DASHchain] = anon_sym_DASHA,
  [anon_sym_DASHP] = anon_sym_DASHA,
  [anon_sym_DASH_DASHpolicy] = anon_sym_DASHA,
  [anon_sym_DASHE] = anon_sym_DASHA,
  [anon_sym_DASH_DASHrename_DASHchain] = anon_sym_DASHA,
  [anon_sym_DASHt] = sym_option_name,
  [anon_sym_DASH_DASHtable] = sym_option_name,
  [anon_sym_DASHm] = sym_option_name,
  [anon_sym_DASH_DASHmatch] = sym_option_name,
  [anon_sym_DASHj] = sym_option_name,
  [anon_sym_DASH_DASHjump] = sym_option_name,
  [anon_sym_DASHg] = sym_option_name,
  [anon_sym_DASH_DASHgoto] = sym_option_name,
  [sym_negation] = sym_negation,
  [sym_option_name] = sym_option_name,
  [sym_argument] = sym_argument,
  [anon_sym_STAR] = anon_sym_STAR,
  [aux_sym_table_header_token1] = aux_sym_table_header_token1,
  [anon_sym_COLON] = anon_sym_COLON,
  [sym_policy] = sym_policy,
  [sym_counters] = sym_counters,
  [sym_commit] = sym_commit,
  [sym_comment] = sym_comment,
  [sym_line_continuation] = sym_line_continuation,
  [sym__newline] = sym__newline,
  [sym_source_file] = sym_source_file,
  [sym_separator] = sym_separator,
  [sym__statement] = sym__statement,
  [sym_command] = sym_command,
  [sym_redirect] = sym_redirect,
  [sym_rule] = sym_rule,
  [sym__item] = sym__item,
  [sym_operation] = sym_operation,
  [sym_table_option] = sym_table_option,
  [sym_match_module] = sym_match_module,
  [sym_jump] = sym_jump,
  [sym_goto] = sym_goto,
  [sym_option] = sym_option,
  [sym_table_header] = sym_table_header,
  [sym_chain_declaration] = sym_chain_declaration,
  [aux_sym_source_file_repeat1] = aux_sym_source_file_repeat1,
  [aux_sym_command_repeat1] = aux_sym_command_repeat1,
  [aux_sym_command_repeat2] = aux_sym_command_repeat2,
  [aux_sym_operation_repeat1] = aux_sym_operation_repeat1,
  [alias_sym_table_name] = alias_sym_table_name,
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
  [anon_sym_AMP_AMP] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_PIPE_PIPE] = {
    .visible = true,
    .named = false,
  },
  [sym_sudo] = {
    .visible = true,
    .named = true,
  },
  [sym_binary] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_GT] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_GT_GT] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LT] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_2_GT] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_2_GT_AMP1] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_AMP_GT] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DASHA] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHappend] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHC] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHcheck] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHD] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHdelete] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHI] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHinsert] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHR] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHreplace] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHL] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHlist] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHS] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHlist_DASHrules] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHF] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHflush] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHZ] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHzero] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHN] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHnew_DASHchain] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHnew] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHX] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHdelete_DASHchain] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHP] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHpolicy] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHE] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHrename_DASHchain] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHt] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHtable] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHm] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHmatch] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHj] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHjump] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHg] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHgoto] = {
    .visible = true,
    .named = true,
  },
  [sym_negation] = {
    .visible = true,
    .named = true,
  },
  [sym_option_name] = {
    .visible = true,
    .named = true,
  },
  [sym_argument] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_STAR] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_table_header_token1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_COLON] = {
    .visible = true,
    .named = false,
  },
  [sym_policy] = {
    .visible = true,
    .named = true,
  },
  [sym_counters] = {
    .visible = true,
    .named = true,
  },
  [sym_commit] = {
    .visible = true,
    .named = true,
  },
  [sym_comment] = {
    .visible = true,
    .named = true,
  },
  [sym_line_continuation] = {
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
  [sym_separator] = {
    .visible = true,
    .named = true,
  },
  [sym__statement] = {
    .visible = false,
    .named = true,
  },
  [sym_command] = {
    .visible = true,
    .named = true,
  },
  [sym_redirect] = {
    .visible = true,
    .named = true,
  },
  [sym_rule] = {
    .visible = true,
    .named = true,
  },
  [sym__item] = {
    .visible = false,
    .named = true,
  },
  [sym_operation] = {
    .visible = true,
    .named = true,
  },
  [sym_table_option] = {
    .visible = true,
    .named = true,
  },
  [sym_match_module] = {
    .visible = true,
    .named = true,
  },
  [sym_jump] = {
    .visible = true,
    .named = true,
  },
  [sym_goto] = {
    .visible = true,
    .named = true,
  },
  [sym_option] = {
    .visible = true,
    .named = true,
  },
  [sym_table_header] = {
    .visible = true,
    .named = true,
  },
  [sym_chain_declaration] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_source_file_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_command_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_command_repeat2] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_operation_repeat1] = {
    .visible = false,
    .named = false,
  },
  [alias_sym_table_name] = {
    .visible = true,
    .named = true,
  },
};

enum ts_field_identifiers {
  field_argument = 1,
  field_binary = 2,
  field_chain = 3,
  field_counters = 4,
  field_module = 5,
  field_name = 6,
  field_negation = 7,
  field_operator = 8,
  field_policy = 9,
  field_sudo = 10,
  field_table = 11,
  field_target = 12,
};

static const char * const ts_field_names[] = {
  [0] = NULL,
  [field_argument] = "argument",
  [field_binary] = "binary",
  [field_chain] = "chain",
  [field_counters] = "counters",
  [field_module] = "module",
  [field_name] = "name",
  [field_negation] = "negation",
  [field_operator] = "operator",
  [field_policy] = "policy",
  [field_sudo] = "sudo",
  [field_table] = "table",
  [field_target] = "target",
};

static const TSFieldMapSlice ts_field_map_slices[PRODUCTION_ID_COUNT] = {
  [1] = {.index = 0, .length = 1},
  [2] = {.index = 1, .length = 1},
  [3] = {.index = 2, .length = 2},
  [4] = {.index = 4, .length = 1},
  [5] = {.index = 5, .length = 2},
  [6] = {.index = 7, .length = 2},
  [7] = {.index = 9, .length = 2},
  [8] = {.index = 11, .length = 2},
  [9] = {.index = 13, .length = 2},
  [10] = {.index = 15, .length = 1},
  [11] = {.index = 16, .length = 2},
  [12] = {.index = 18, .length = 1},
  [13] = {.index = 18, .length = 1},
  [14] = {.index = 19, .length = 1},
  [15] = {.index = 20, .length = 2},
  [16] = {.index = 22, .length = 3},
  [17] = {.index = 25, .length = 3},
  [18] = {.index = 28, .length = 3},
  [19] = {.index = 31, .length = 2},
  [20] = {.index = 33, .length = 2},
  [21] = {.index = 35, .length = 2},
  [22] = {.index = 37, .length = 4},
  [23] = {.index = 41, .length = 3},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_binary, 0},
  [1] =
    {field_name, 0},
  [2] =
    {field_binary, 1},
    {field_sudo, 0},
  [4] =
    {field_operator, 0},
  [5] =
    {field_chain, 1},
    {field_name, 0},
  [7] =
    {field_name, 0},
    {field_table, 1},
  [9] =
    {field_module, 1},
    {field_name, 0},
  [11] =
    {field_name, 0},
    {field_target, 1},
  [13] =
    {field_name, 1},
    {field_negation, 0},
  [15] =
    {field_argument, 0},
  [16] =
    {field_argument, 1, .inherited = true},
    {field_name, 0},
  [18] =
    {field_name, 1},
  [19] =
    {field_counters, 0},
  [20] =
    {field_operator, 0},
    {field_target, 1},
  [22] =
    {field_argument, 2, .inherited = true},
    {field_chain, 1},
    {field_name, 0},
  [25] =
    {field_argument, 2, .inherited = true},
    {field_name, 1},
    {field_negation, 0},
  [28] =
    {field_argument, 2, .inherited = true},
    {field_name, 0},
    {field_negation, 1},
  [31] =
    {field_argument, 0, .inherited = true},
    {field_argument, 1, .inherited = true},
  [33] =
    {field_name, 1},
    {field_policy, 2},
  [35] =
    {field_counters, 2},
    {field_name, 1},
  [37] =
    {field_argument, 3, .inherited = true},
    {field_name, 1},
    {field_negation, 0},
    {field_negation, 2},
  [41] =
    {field_counters, 3},
    {field_name, 1},
    {field_policy, 2},
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
  [12] = {
    [1] = alias_sym_table_name,
  },
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
  [12] = 7,
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
  [28] = 14,
  [29] = 15,
  [30] = 8,
  [31] = 17,
  [32] = 16,
  [33] = 13,
  [34] = 18,
  [35] = 19,
  [36] = 9,
  [37] = 21,
  [38] = 20,
  [39] = 39,
  [40] = 40,
  [41] = 41,
  [42] = 42,
  [43] = 43,
  [44] = 44,
  [45] = 45,
  [46] = 46,
  [47] = 47,
  [48] = 48,
  [49] = 49,
  [50] = 50,
  [51] = 51,
  [52] = 52,
  [53] = 53,
  [54] = 54,
  [55] = 55,
  [56] = 56,
  [57] = 56,
  [58] = 58,
  [59] = 58,
  [60] = 60,
  [61] = 61,
  [62] = 62,
  [63] = 63,
  [64] = 64,
  [65] = 65,
  [66] = 66,
  [67] = 67,
  [68] = 68,
  [69] = 62,
};

static TSCharacterRange sym_argument_character_set_1[] = {
  {0, 0x08}, {0x0e, 0x1f}, {'"', '"'}, {'$', '%'}, {'\'', ','}, {'.', ':'}, {'=', '='}, {'?', '_'},
  {'a', '{'}, {'}', 0x10ffff},
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(100);
      ADVANCE_MAP(
        '\n', 245,
        '\r', 1,
        '!', 152,
        '#', 243,
        '&', 15,
        '*', 236,
        '-', 17,
        '/', 49,
        '2', 53,
        ':', 239,
        ';', 101,
        '<', 113,
        '>', 111,
        'C', 57,
        '[', 93,
        '\\', 6,
        'i', 79,
        's', 88,
        '|', 92,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == ' ') SKIP(0);
      END_STATE();
    case 1:
      ADVANCE_MAP(
        '\n', 245,
        '\r', 1,
        '!', 152,
        '#', 243,
        '&', 15,
        '*', 236,
        '-', 17,
        '/', 49,
        '2', 53,
        ':', 239,
        ';', 101,
        '<', 113,
        '>', 111,
        'C', 57,
        '[', 93,
        '\\', 6,
        'i', 79,
        's', 88,
        '|', 92,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == ' ') SKIP(1);
      END_STATE();
    case 2:
      ADVANCE_MAP(
        '\n', 245,
        '\r', 2,
        '!', 152,
        '"', 9,
        '#', 243,
        '&', 15,
        '\'', 16,
        '-', 17,
        '2', 234,
        ';', 101,
        '<', 113,
        '>', 111,
        '\\', 7,
        '|', 92,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == ' ') SKIP(2);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '`') ADVANCE(235);
      END_STATE();
    case 3:
      ADVANCE_MAP(
        '\n', 245,
        '\r', 3,
        '!', 152,
        '"', 9,
        '#', 243,
        '&', 14,
        '\'', 16,
        '-', 17,
        ';', 101,
        '\\', 7,
        '|', 92,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == ' ') SKIP(3);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ';' &&
          lookahead != '<' &&
          lookahead != '>' &&
          lookahead != '`') ADVANCE(235);
      END_STATE();
    case 4:
      ADVANCE_MAP(
        '\n', 245,
        '\r', 4,
        '#', 243,
        '&', 14,
        ';', 101,
        '[', 93,
        '\\', 6,
        '|', 92,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == ' ') SKIP(4);
      if (lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(240);
      END_STATE();
    case 5:
      if (lookahead == '\n') ADVANCE(244);
      END_STATE();
    case 6:
      if (lookahead == '\n') ADVANCE(244);
      if (lookahead == '\r') ADVANCE(5);
      END_STATE();
    case 7:
      if (lookahead == '\n') ADVANCE(244);
      if (lookahead == '\r') ADVANCE(5);
      if (lookahead != 0) ADVANCE(235);
      END_STATE();
    case 8:
      if (lookahead == '\r') ADVANCE(10);
      if (lookahead != 0) ADVANCE(9);
      END_STATE();
    case 9:
      if (lookahead == '"') ADVANCE(235);
      if (lookahead == '\\') ADVANCE(8);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(9);
      END_STATE();
    case 10:
      if (lookahead == '"') ADVANCE(235);
      if (lookahead == '\\') ADVANCE(8);
      if (lookahead != 0 &&
          lookahead != '\r') ADVANCE(9);
      END_STATE();
    case 11:
      if (lookahead == '#') ADVANCE(243);
      if (lookahead == '-') ADVANCE(18);
      if (lookahead == '\\') ADVANCE(6);
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(11);
      END_STATE();
    case 12:
      if (lookahead == '#') ADVANCE(243);
      if (lookahead == '\\') ADVANCE(6);
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(12);
      END_STATE();
    case 13:
      if (lookahead == '#') ADVANCE(238);
      if (lookahead == '\\') ADVANCE(237);
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(12);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(238);
      END_STATE();
    case 14:
      if (lookahead == '&') ADVANCE(102);
      END_STATE();
    case 15:
      if (lookahead == '&') ADVANCE(102);
      if (lookahead == '>') ADVANCE(116);
      END_STATE();
    case 16:
      if (lookahead == '\'') ADVANCE(235);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(16);
      END_STATE();
    case 17:
      ADVANCE_MAP(
        '-', 60,
        'A', 117,
        'C', 119,
        'D', 121,
        'E', 142,
        'F', 131,
        'I', 123,
        'L', 127,
        'N', 135,
        'P', 140,
        'R', 125,
        'S', 129,
        'X', 138,
        'Z', 133,
        'g', 150,
        'j', 148,
        'm', 146,
        't', 144,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Y') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 18:
      if (lookahead == '-') ADVANCE(95);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 19:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == '6') ADVANCE(43);
      if (lookahead == 't') ADVANCE(20);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 20:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 'a') ADVANCE(25);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 21:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 'a') ADVANCE(46);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 22:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 'a') ADVANCE(26);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 23:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 'a') ADVANCE(39);
      if (lookahead == 'l') ADVANCE(28);
      if (lookahead == 'n') ADVANCE(31);
      if (lookahead == 'r') ADVANCE(30);
      if (lookahead == 's') ADVANCE(21);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 24:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 'a') ADVANCE(39);
      if (lookahead == 'r') ADVANCE(30);
      if (lookahead == 's') ADVANCE(21);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 25:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 'b') ADVANCE(34);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 26:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 'c') ADVANCE(48);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 27:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 'e') ADVANCE(41);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 28:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 'e') ADVANCE(32);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 29:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 'e') ADVANCE(110);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 30:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 'e') ADVANCE(42);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 31:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 'f') ADVANCE(45);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 32:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 'g') ADVANCE(22);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 33:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 'i') ADVANCE(37);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 34:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 'l') ADVANCE(27);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 35:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 'l') ADVANCE(47);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 36:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 'o') ADVANCE(40);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 37:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 'p') ADVANCE(19);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 38:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 'p') ADVANCE(35);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 39:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 'p') ADVANCE(38);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 40:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 'r') ADVANCE(29);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 41:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 's') ADVANCE(107);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 42:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 's') ADVANCE(44);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 43:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 't') ADVANCE(20);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 44:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 't') ADVANCE(36);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 45:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 't') ADVANCE(109);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 46:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 'v') ADVANCE(29);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 47:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 'y') ADVANCE(110);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 48:
      if (lookahead == '/') ADVANCE(33);
      if (lookahead == 'y') ADVANCE(109);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 49:
      if (lookahead == '/') ADVANCE(33);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 50:
      if (lookahead == '1') ADVANCE(115);
      END_STATE();
    case 51:
      if (lookahead == '6') ADVANCE(85);
      if (lookahead == 't') ADVANCE(61);
      END_STATE();
    case 52:
      if (lookahead == ':') ADVANCE(94);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(52);
      END_STATE();
    case 53:
      if (lookahead == '>') ADVANCE(114);
      END_STATE();
    case 54:
      if (lookahead == 'I') ADVANCE(58);
      END_STATE();
    case 55:
      if (lookahead == 'M') ADVANCE(54);
      END_STATE();
    case 56:
      if (lookahead == 'M') ADVANCE(55);
      END_STATE();
    case 57:
      if (lookahead == 'O') ADVANCE(56);
      END_STATE();
    case 58:
      if (lookahead == 'T') ADVANCE(242);
      END_STATE();
    case 59:
      if (lookahead == ']') ADVANCE(241);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(59);
      END_STATE();
    case 60:
      ADVANCE_MAP(
        'a', 214,
        'c', 185,
        'd', 178,
        'f', 195,
        'g', 209,
        'i', 203,
        'j', 228,
        'l', 189,
        'm', 155,
        'n', 170,
        'p', 212,
        'r', 171,
        't', 154,
        'z', 172,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'y')) ADVANCE(233);
      END_STATE();
    case 61:
      if (lookahead == 'a') ADVANCE(66);
      END_STATE();
    case 62:
      if (lookahead == 'a') ADVANCE(89);
      END_STATE();
    case 63:
      if (lookahead == 'a') ADVANCE(67);
      END_STATE();
    case 64:
      if (lookahead == 'a') ADVANCE(81);
      if (lookahead == 'l') ADVANCE(70);
      if (lookahead == 'n') ADVANCE(73);
      if (lookahead == 'r') ADVANCE(72);
      if (lookahead == 's') ADVANCE(62);
      END_STATE();
    case 65:
      if (lookahead == 'a') ADVANCE(81);
      if (lookahead == 'r') ADVANCE(72);
      if (lookahead == 's') ADVANCE(62);
      END_STATE();
    case 66:
      if (lookahead == 'b') ADVANCE(75);
      END_STATE();
    case 67:
      if (lookahead == 'c') ADVANCE(91);
      END_STATE();
    case 68:
      if (lookahead == 'd') ADVANCE(77);
      END_STATE();
    case 69:
      if (lookahead == 'e') ADVANCE(83);
      END_STATE();
    case 70:
      if (lookahead == 'e') ADVANCE(74);
      END_STATE();
    case 71:
      if (lookahead == 'e') ADVANCE(105);
      END_STATE();
    case 72:
      if (lookahead == 'e') ADVANCE(84);
      END_STATE();
    case 73:
      if (lookahead == 'f') ADVANCE(87);
      END_STATE();
    case 74:
      if (lookahead == 'g') ADVANCE(63);
      END_STATE();
    case 75:
      if (lookahead == 'l') ADVANCE(69);
      END_STATE();
    case 76:
      if (lookahead == 'l') ADVANCE(90);
      END_STATE();
    case 77:
      if (lookahead == 'o') ADVANCE(104);
      END_STATE();
    case 78:
      if (lookahead == 'o') ADVANCE(82);
      END_STATE();
    case 79:
      if (lookahead == 'p') ADVANCE(51);
      END_STATE();
    case 80:
      if (lookahead == 'p') ADVANCE(76);
      END_STATE();
    case 81:
      if (lookahead == 'p') ADVANCE(80);
      END_STATE();
    case 82:
      if (lookahead == 'r') ADVANCE(71);
      END_STATE();
    case 83:
      if (lookahead == 's') ADVANCE(106);
      END_STATE();
    case 84:
      if (lookahead == 's') ADVANCE(86);
      END_STATE();
    case 85:
      if (lookahead == 't') ADVANCE(61);
      END_STATE();
    case 86:
      if (lookahead == 't') ADVANCE(78);
      END_STATE();
    case 87:
      if (lookahead == 't') ADVANCE(108);
      END_STATE();
    case 88:
      if (lookahead == 'u') ADVANCE(68);
      END_STATE();
    case 89:
      if (lookahead == 'v') ADVANCE(71);
      END_STATE();
    case 90:
      if (lookahead == 'y') ADVANCE(105);
      END_STATE();
    case 91:
      if (lookahead == 'y') ADVANCE(108);
      END_STATE();
    case 92:
      if (lookahead == '|') ADVANCE(103);
      END_STATE();
    case 93:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(52);
      END_STATE();
    case 94:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(59);
      END_STATE();
    case 95:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 96:
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(235);
      END_STATE();
    case 97:
      if (eof) ADVANCE(100);
      ADVANCE_MAP(
        '\n', 245,
        '\r', 2,
        '!', 152,
        '"', 9,
        '#', 243,
        '&', 15,
        '\'', 16,
        '-', 17,
        '2', 234,
        ';', 101,
        '<', 113,
        '>', 111,
        '\\', 7,
        '|', 92,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == ' ') SKIP(97);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '`') ADVANCE(235);
      END_STATE();
    case 98:
      if (eof) ADVANCE(100);
      ADVANCE_MAP(
        '\n', 245,
        '\r', 3,
        '!', 152,
        '"', 9,
        '#', 243,
        '&', 14,
        '\'', 16,
        '-', 17,
        ';', 101,
        '\\', 7,
        '|', 92,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == ' ') SKIP(98);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ';' &&
          lookahead != '<' &&
          lookahead != '>' &&
          lookahead != '`') ADVANCE(235);
      END_STATE();
    case 99:
      if (eof) ADVANCE(100);
      ADVANCE_MAP(
        '\n', 245,
        '\r', 4,
        '#', 243,
        '&', 14,
        ';', 101,
        '[', 93,
        '\\', 6,
        '|', 92,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == ' ') SKIP(99);
      if (lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(240);
      END_STATE();
    case 100:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 101:
      ACCEPT_TOKEN(anon_sym_SEMI);
      END_STATE();
    case 102:
      ACCEPT_TOKEN(anon_sym_AMP_AMP);
      END_STATE();
    case 103:
      ACCEPT_TOKEN(anon_sym_PIPE_PIPE);
      END_STATE();
    case 104:
      ACCEPT_TOKEN(sym_sudo);
      END_STATE();
    case 105:
      ACCEPT_TOKEN(sym_binary);
      END_STATE();
    case 106:
      ACCEPT_TOKEN(sym_binary);
      if (lookahead == '-') ADVANCE(64);
      END_STATE();
    case 107:
      ACCEPT_TOKEN(sym_binary);
      if (lookahead == '-') ADVANCE(23);
      if (lookahead == '/') ADVANCE(33);
      if (('.' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 108:
      ACCEPT_TOKEN(sym_binary);
      if (lookahead == '-') ADVANCE(65);
      END_STATE();
    case 109:
      ACCEPT_TOKEN(sym_binary);
      if (lookahead == '-') ADVANCE(24);
      if (lookahead == '/') ADVANCE(33);
      if (('.' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 110:
      ACCEPT_TOKEN(sym_binary);
      if (lookahead == '/') ADVANCE(33);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(49);
      END_STATE();
    case 111:
      ACCEPT_TOKEN(anon_sym_GT);
      if (lookahead == '>') ADVANCE(112);
      END_STATE();
    case 112:
      ACCEPT_TOKEN(anon_sym_GT_GT);
      END_STATE();
    case 113:
      ACCEPT_TOKEN(anon_sym_LT);
      END_STATE();
    case 114:
      ACCEPT_TOKEN(anon_sym_2_GT);
      if (lookahead == '&') ADVANCE(50);
      END_STATE();
    case 115:
      ACCEPT_TOKEN(anon_sym_2_GT_AMP1);
      END_STATE();
    case 116:
      ACCEPT_TOKEN(anon_sym_AMP_GT);
      END_STATE();
    case 117:
      ACCEPT_TOKEN(anon_sym_DASHA);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 118:
      ACCEPT_TOKEN(anon_sym_DASH_DASHappend);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 119:
      ACCEPT_TOKEN(anon_sym_DASHC);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 120:
      ACCEPT_TOKEN(anon_sym_DASH_DASHcheck);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 121:
      ACCEPT_TOKEN(anon_sym_DASHD);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 122:
      ACCEPT_TOKEN(anon_sym_DASH_DASHdelete);
      if (lookahead == '-') ADVANCE(167);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 123:
      ACCEPT_TOKEN(anon_sym_DASHI);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 124:
      ACCEPT_TOKEN(anon_sym_DASH_DASHinsert);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 125:
      ACCEPT_TOKEN(anon_sym_DASHR);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 126:
      ACCEPT_TOKEN(anon_sym_DASH_DASHreplace);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 127:
      ACCEPT_TOKEN(anon_sym_DASHL);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 128:
      ACCEPT_TOKEN(anon_sym_DASH_DASHlist);
      if (lookahead == '-') ADVANCE(216);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 129:
      ACCEPT_TOKEN(anon_sym_DASHS);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 130:
      ACCEPT_TOKEN(anon_sym_DASH_DASHlist_DASHrules);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 131:
      ACCEPT_TOKEN(anon_sym_DASHF);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 132:
      ACCEPT_TOKEN(anon_sym_DASH_DASHflush);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 133:
      ACCEPT_TOKEN(anon_sym_DASHZ);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 134:
      ACCEPT_TOKEN(anon_sym_DASH_DASHzero);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 135:
      ACCEPT_TOKEN(anon_sym_DASHN);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 136:
      ACCEPT_TOKEN(anon_sym_DASH_DASHnew_DASHchain);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 137:
      ACCEPT_TOKEN(anon_sym_DASH_DASHnew);
      if (lookahead == '-') ADVANCE(165);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 138:
      ACCEPT_TOKEN(anon_sym_DASHX);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 139:
      ACCEPT_TOKEN(anon_sym_DASH_DASHdelete_DASHchain);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 140:
      ACCEPT_TOKEN(anon_sym_DASHP);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 141:
      ACCEPT_TOKEN(anon_sym_DASH_DASHpolicy);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 142:
      ACCEPT_TOKEN(anon_sym_DASHE);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 143:
      ACCEPT_TOKEN(anon_sym_DASH_DASHrename_DASHchain);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 144:
      ACCEPT_TOKEN(anon_sym_DASHt);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 145:
      ACCEPT_TOKEN(anon_sym_DASH_DASHtable);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 146:
      ACCEPT_TOKEN(anon_sym_DASHm);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 147:
      ACCEPT_TOKEN(anon_sym_DASH_DASHmatch);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 148:
      ACCEPT_TOKEN(anon_sym_DASHj);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 149:
      ACCEPT_TOKEN(anon_sym_DASH_DASHjump);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 150:
      ACCEPT_TOKEN(anon_sym_DASHg);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 151:
      ACCEPT_TOKEN(anon_sym_DASH_DASHgoto);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 152:
      ACCEPT_TOKEN(sym_negation);
      END_STATE();
    case 153:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == '-') ADVANCE(168);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 154:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'a') ADVANCE(161);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 155:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'a') ADVANCE(225);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 156:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'a') ADVANCE(202);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 157:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'a') ADVANCE(190);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'a') ADVANCE(192);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 159:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'a') ADVANCE(166);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'a') ADVANCE(193);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 161:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'b') ADVANCE(199);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 162:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(194);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 163:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(232);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 164:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(184);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(186);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 166:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(177);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 167:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(187);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 168:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(188);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 169:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'd') ADVANCE(118);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 170:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(231);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 171:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(208);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 172:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(217);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 173:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(162);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 174:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(145);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 175:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(122);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 176:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(153);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 177:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(126);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 178:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(198);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 179:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(204);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 180:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(218);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 181:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(227);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 182:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(219);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 183:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'h') ADVANCE(132);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 184:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'h') ADVANCE(147);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 185:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'h') ADVANCE(173);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 186:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'h') ADVANCE(157);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 187:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'h') ADVANCE(158);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 188:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'h') ADVANCE(160);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 189:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'i') ADVANCE(221);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 190:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'i') ADVANCE(205);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 191:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'i') ADVANCE(163);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 192:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'i') ADVANCE(206);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 193:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'i') ADVANCE(207);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 194:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'k') ADVANCE(120);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 195:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'l') ADVANCE(229);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 196:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'l') ADVANCE(191);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'l') ADVANCE(159);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'l') ADVANCE(181);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'l') ADVANCE(174);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'l') ADVANCE(182);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'm') ADVANCE(213);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'm') ADVANCE(176);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'n') ADVANCE(222);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'n') ADVANCE(169);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'n') ADVANCE(136);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'n') ADVANCE(139);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'n') ADVANCE(143);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'n') ADVANCE(156);
      if (lookahead == 'p') ADVANCE(197);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'o') ADVANCE(226);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'o') ADVANCE(151);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'o') ADVANCE(134);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'o') ADVANCE(196);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'p') ADVANCE(149);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'p') ADVANCE(215);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'p') ADVANCE(179);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'r') ADVANCE(230);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'r') ADVANCE(211);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'r') ADVANCE(224);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 's') ADVANCE(130);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 's') ADVANCE(183);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 's') ADVANCE(223);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 's') ADVANCE(180);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 't') ADVANCE(128);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 't') ADVANCE(124);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 't') ADVANCE(164);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 't') ADVANCE(210);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 't') ADVANCE(175);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'u') ADVANCE(201);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'u') ADVANCE(220);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'u') ADVANCE(200);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'w') ADVANCE(137);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'y') ADVANCE(141);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(sym_option_name);
      if (('+' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(233);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(sym_argument);
      if (lookahead == '"') ADVANCE(9);
      if (lookahead == '\'') ADVANCE(16);
      if (lookahead == '>') ADVANCE(114);
      if (lookahead == '\\') ADVANCE(96);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '&' &&
          lookahead != '\'' &&
          lookahead != ';' &&
          lookahead != '<' &&
          lookahead != '`' &&
          lookahead != '|') ADVANCE(235);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(sym_argument);
      if (lookahead == '"') ADVANCE(9);
      if (lookahead == '\'') ADVANCE(16);
      if (lookahead == '\\') ADVANCE(96);
      if ((!eof && set_contains(sym_argument_character_set_1, 10, lookahead)) ||
          ('!' <= lookahead && lookahead <= '#') ||
          lookahead == '-') ADVANCE(235);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(anon_sym_STAR);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(aux_sym_table_header_token1);
      if (lookahead == '\n') ADVANCE(244);
      if (lookahead == '\r') ADVANCE(5);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ') ADVANCE(238);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(aux_sym_table_header_token1);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ') ADVANCE(238);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(anon_sym_COLON);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(sym_policy);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(240);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(sym_counters);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(sym_commit);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(243);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(sym_line_continuation);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(sym__newline);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0},
  [1] = {.lex_state = 0},
  [2] = {.lex_state = 0},
  [3] = {.lex_state = 0},
  [4] = {.lex_state = 0},
  [5] = {.lex_state = 0},
  [6] = {.lex_state = 0},
  [7] = {.lex_state = 0},
  [8] = {.lex_state = 97},
  [9] = {.lex_state = 97},
  [10] = {.lex_state = 0},
  [11] = {.lex_state = 0},
  [12] = {.lex_state = 0},
  [13] = {.lex_state = 97},
  [14] = {.lex_state = 97},
  [15] = {.lex_state = 97},
  [16] = {.lex_state = 97},
  [17] = {.lex_state = 97},
  [18] = {.lex_state = 97},
  [19] = {.lex_state = 97},
  [20] = {.lex_state = 97},
  [21] = {.lex_state = 97},
  [22] = {.lex_state = 0},
  [23] = {.lex_state = 0},
  [24] = {.lex_state = 0},
  [25] = {.lex_state = 0},
  [26] = {.lex_state = 0},
  [27] = {.lex_state = 0},
  [28] = {.lex_state = 98},
  [29] = {.lex_state = 98},
  [30] = {.lex_state = 98},
  [31] = {.lex_state = 98},
  [32] = {.lex_state = 98},
  [33] = {.lex_state = 98},
  [34] = {.lex_state = 98},
  [35] = {.lex_state = 98},
  [36] = {.lex_state = 98},
  [37] = {.lex_state = 98},
  [38] = {.lex_state = 98},
  [39] = {.lex_state = 0},
  [40] = {.lex_state = 0},
  [41] = {.lex_state = 0},
  [42] = {.lex_state = 0},
  [43] = {.lex_state = 0},
  [44] = {.lex_state = 97},
  [45] = {.lex_state = 0},
  [46] = {.lex_state = 0},
  [47] = {.lex_state = 0},
  [48] = {.lex_state = 99},
  [49] = {.lex_state = 0},
  [50] = {.lex_state = 0},
  [51] = {.lex_state = 0},
  [52] = {.lex_state = 0},
  [53] = {.lex_state = 0},
  [54] = {.lex_state = 0},
  [55] = {.lex_state = 0},
  [56] = {.lex_state = 98},
  [57] = {.lex_state = 98},
  [58] = {.lex_state = 98},
  [59] = {.lex_state = 98},
  [60] = {.lex_state = 98},
  [61] = {.lex_state = 13},
  [62] = {.lex_state = 11},
  [63] = {.lex_state = 98},
  [64] = {.lex_state = 0},
  [65] = {.lex_state = 98},
  [66] = {.lex_state = 0},
  [67] = {.lex_state = 13},
  [68] = {.lex_state = 98},
  [69] = {.lex_state = 11},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [anon_sym_SEMI] = ACTIONS(1),
    [anon_sym_AMP_AMP] = ACTIONS(1),
    [anon_sym_PIPE_PIPE] = ACTIONS(1),
    [sym_sudo] = ACTIONS(1),
    [sym_binary] = ACTIONS(1),
    [anon_sym_GT] = ACTIONS(1),
    [anon_sym_GT_GT] = ACTIONS(1),
    [anon_sym_LT] = ACTIONS(1),
    [anon_sym_2_GT] = ACTIONS(1),
    [anon_sym_2_GT_AMP1] = ACTIONS(1),
    [anon_sym_AMP_GT] = ACTIONS(1),
    [anon_sym_DASHA] = ACTIONS(1),
    [anon_sym_DASH_DASHappend] = ACTIONS(1),
    [anon_sym_DASHC] = ACTIONS(1),
    [anon_sym_DASH_DASHcheck] = ACTIONS(1),
    [anon_sym_DASHD] = ACTIONS(1),
    [anon_sym_DASH_DASHdelete] = ACTIONS(1),
    [anon_sym_DASHI] = ACTIONS(1),
    [anon_sym_DASH_DASHinsert] = ACTIONS(1),
    [anon_sym_DASHR] = ACTIONS(1),
    [anon_sym_DASH_DASHreplace] = ACTIONS(1),
    [anon_sym_DASHL] = ACTIONS(1),
    [anon_sym_DASH_DASHlist] = ACTIONS(1),
    [anon_sym_DASHS] = ACTIONS(1),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(1),
    [anon_sym_DASHF] = ACTIONS(1),
    [anon_sym_DASH_DASHflush] = ACTIONS(1),
    [anon_sym_DASHZ] = ACTIONS(1),
    [anon_sym_DASH_DASHzero] = ACTIONS(1),
    [anon_sym_DASHN] = ACTIONS(1),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(1),
    [anon_sym_DASH_DASHnew] = ACTIONS(1),
    [anon_sym_DASHX] = ACTIONS(1),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(1),
    [anon_sym_DASHP] = ACTIONS(1),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(1),
    [anon_sym_DASHE] = ACTIONS(1),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(1),
    [anon_sym_DASHt] = ACTIONS(1),
    [anon_sym_DASH_DASHtable] = ACTIONS(1),
    [anon_sym_DASHm] = ACTIONS(1),
    [anon_sym_DASH_DASHmatch] = ACTIONS(1),
    [anon_sym_DASHj] = ACTIONS(1),
    [anon_sym_DASH_DASHjump] = ACTIONS(1),
    [anon_sym_DASHg] = ACTIONS(1),
    [anon_sym_DASH_DASHgoto] = ACTIONS(1),
    [sym_negation] = ACTIONS(1),
    [sym_option_name] = ACTIONS(1),
    [anon_sym_STAR] = ACTIONS(1),
    [anon_sym_COLON] = ACTIONS(1),
    [sym_counters] = ACTIONS(1),
    [sym_commit] = ACTIONS(1),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(1),
  },
  [1] = {
    [sym_source_file] = STATE(66),
    [sym_separator] = STATE(2),
    [sym__statement] = STATE(49),
    [sym_command] = STATE(49),
    [sym_rule] = STATE(49),
    [sym__item] = STATE(10),
    [sym_operation] = STATE(10),
    [sym_table_option] = STATE(10),
    [sym_match_module] = STATE(10),
    [sym_jump] = STATE(10),
    [sym_goto] = STATE(10),
    [sym_option] = STATE(10),
    [sym_table_header] = STATE(49),
    [sym_chain_declaration] = STATE(49),
    [aux_sym_source_file_repeat1] = STATE(50),
    [aux_sym_command_repeat1] = STATE(10),
    [ts_builtin_sym_end] = ACTIONS(5),
    [anon_sym_SEMI] = ACTIONS(7),
    [anon_sym_AMP_AMP] = ACTIONS(7),
    [anon_sym_PIPE_PIPE] = ACTIONS(7),
    [sym_sudo] = ACTIONS(9),
    [sym_binary] = ACTIONS(11),
    [anon_sym_DASHA] = ACTIONS(13),
    [anon_sym_DASH_DASHappend] = ACTIONS(13),
    [anon_sym_DASHC] = ACTIONS(13),
    [anon_sym_DASH_DASHcheck] = ACTIONS(13),
    [anon_sym_DASHD] = ACTIONS(13),
    [anon_sym_DASH_DASHdelete] = ACTIONS(13),
    [anon_sym_DASHI] = ACTIONS(13),
    [anon_sym_DASH_DASHinsert] = ACTIONS(13),
    [anon_sym_DASHR] = ACTIONS(13),
    [anon_sym_DASH_DASHreplace] = ACTIONS(13),
    [anon_sym_DASHL] = ACTIONS(13),
    [anon_sym_DASH_DASHlist] = ACTIONS(13),
    [anon_sym_DASHS] = ACTIONS(13),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(13),
    [anon_sym_DASHF] = ACTIONS(13),
    [anon_sym_DASH_DASHflush] = ACTIONS(13),
    [anon_sym_DASHZ] = ACTIONS(13),
    [anon_sym_DASH_DASHzero] = ACTIONS(13),
    [anon_sym_DASHN] = ACTIONS(13),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(13),
    [anon_sym_DASH_DASHnew] = ACTIONS(13),
    [anon_sym_DASHX] = ACTIONS(13),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(13),
    [anon_sym_DASHP] = ACTIONS(13),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(13),
    [anon_sym_DASHE] = ACTIONS(13),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(13),
    [anon_sym_DASHt] = ACTIONS(15),
    [anon_sym_DASH_DASHtable] = ACTIONS(15),
    [anon_sym_DASHm] = ACTIONS(17),
    [anon_sym_DASH_DASHmatch] = ACTIONS(17),
    [anon_sym_DASHj] = ACTIONS(19),
    [anon_sym_DASH_DASHjump] = ACTIONS(19),
    [anon_sym_DASHg] = ACTIONS(21),
    [anon_sym_DASH_DASHgoto] = ACTIONS(21),
    [sym_negation] = ACTIONS(23),
    [sym_option_name] = ACTIONS(25),
    [anon_sym_STAR] = ACTIONS(27),
    [anon_sym_COLON] = ACTIONS(29),
    [sym_counters] = ACTIONS(31),
    [sym_commit] = ACTIONS(33),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(35),
  },
  [2] = {
    [sym__statement] = STATE(53),
    [sym_command] = STATE(53),
    [sym_rule] = STATE(53),
    [sym__item] = STATE(10),
    [sym_operation] = STATE(10),
    [sym_table_option] = STATE(10),
    [sym_match_module] = STATE(10),
    [sym_jump] = STATE(10),
    [sym_goto] = STATE(10),
    [sym_option] = STATE(10),
    [sym_table_header] = STATE(53),
    [sym_chain_declaration] = STATE(53),
    [aux_sym_command_repeat1] = STATE(10),
    [ts_builtin_sym_end] = ACTIONS(37),
    [anon_sym_SEMI] = ACTIONS(37),
    [anon_sym_AMP_AMP] = ACTIONS(37),
    [anon_sym_PIPE_PIPE] = ACTIONS(37),
    [sym_sudo] = ACTIONS(9),
    [sym_binary] = ACTIONS(11),
    [anon_sym_DASHA] = ACTIONS(13),
    [anon_sym_DASH_DASHappend] = ACTIONS(13),
    [anon_sym_DASHC] = ACTIONS(13),
    [anon_sym_DASH_DASHcheck] = ACTIONS(13),
    [anon_sym_DASHD] = ACTIONS(13),
    [anon_sym_DASH_DASHdelete] = ACTIONS(13),
    [anon_sym_DASHI] = ACTIONS(13),
    [anon_sym_DASH_DASHinsert] = ACTIONS(13),
    [anon_sym_DASHR] = ACTIONS(13),
    [anon_sym_DASH_DASHreplace] = ACTIONS(13),
    [anon_sym_DASHL] = ACTIONS(13),
    [anon_sym_DASH_DASHlist] = ACTIONS(13),
    [anon_sym_DASHS] = ACTIONS(13),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(13),
    [anon_sym_DASHF] = ACTIONS(13),
    [anon_sym_DASH_DASHflush] = ACTIONS(13),
    [anon_sym_DASHZ] = ACTIONS(13),
    [anon_sym_DASH_DASHzero] = ACTIONS(13),
    [anon_sym_DASHN] = ACTIONS(13),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(13),
    [anon_sym_DASH_DASHnew] = ACTIONS(13),
    [anon_sym_DASHX] = ACTIONS(13),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(13),
    [anon_sym_DASHP] = ACTIONS(13),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(13),
    [anon_sym_DASHE] = ACTIONS(13),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(13),
    [anon_sym_DASHt] = ACTIONS(15),
    [anon_sym_DASH_DASHtable] = ACTIONS(15),
    [anon_sym_DASHm] = ACTIONS(17),
    [anon_sym_DASH_DASHmatch] = ACTIONS(17),
    [anon_sym_DASHj] = ACTIONS(19),
    [anon_sym_DASH_DASHjump] = ACTIONS(19),
    [anon_sym_DASHg] = ACTIONS(21),
    [anon_sym_DASH_DASHgoto] = ACTIONS(21),
    [sym_negation] = ACTIONS(23),
    [sym_option_name] = ACTIONS(25),
    [anon_sym_STAR] = ACTIONS(27),
    [anon_sym_COLON] = ACTIONS(29),
    [sym_counters] = ACTIONS(31),
    [sym_commit] = ACTIONS(39),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(37),
  },
  [3] = {
    [sym_redirect] = STATE(43),
    [sym__item] = STATE(5),
    [sym_operation] = STATE(5),
    [sym_table_option] = STATE(5),
    [sym_match_module] = STATE(5),
    [sym_jump] = STATE(5),
    [sym_goto] = STATE(5),
    [sym_option] = STATE(5),
    [aux_sym_command_repeat1] = STATE(5),
    [aux_sym_command_repeat2] = STATE(43),
    [ts_builtin_sym_end] = ACTIONS(41),
    [anon_sym_SEMI] = ACTIONS(41),
    [anon_sym_AMP_AMP] = ACTIONS(41),
    [anon_sym_PIPE_PIPE] = ACTIONS(41),
    [anon_sym_GT] = ACTIONS(43),
    [anon_sym_GT_GT] = ACTIONS(45),
    [anon_sym_LT] = ACTIONS(45),
    [anon_sym_2_GT] = ACTIONS(43),
    [anon_sym_2_GT_AMP1] = ACTIONS(45),
    [anon_sym_AMP_GT] = ACTIONS(45),
    [anon_sym_DASHA] = ACTIONS(47),
    [anon_sym_DASH_DASHappend] = ACTIONS(47),
    [anon_sym_DASHC] = ACTIONS(47),
    [anon_sym_DASH_DASHcheck] = ACTIONS(47),
    [anon_sym_DASHD] = ACTIONS(47),
    [anon_sym_DASH_DASHdelete] = ACTIONS(47),
    [anon_sym_DASHI] = ACTIONS(47),
    [anon_sym_DASH_DASHinsert] = ACTIONS(47),
    [anon_sym_DASHR] = ACTIONS(47),
    [anon_sym_DASH_DASHreplace] = ACTIONS(47),
    [anon_sym_DASHL] = ACTIONS(47),
    [anon_sym_DASH_DASHlist] = ACTIONS(47),
    [anon_sym_DASHS] = ACTIONS(47),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(47),
    [anon_sym_DASHF] = ACTIONS(47),
    [anon_sym_DASH_DASHflush] = ACTIONS(47),
    [anon_sym_DASHZ] = ACTIONS(47),
    [anon_sym_DASH_DASHzero] = ACTIONS(47),
    [anon_sym_DASHN] = ACTIONS(47),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(47),
    [anon_sym_DASH_DASHnew] = ACTIONS(47),
    [anon_sym_DASHX] = ACTIONS(47),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(47),
    [anon_sym_DASHP] = ACTIONS(47),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(47),
    [anon_sym_DASHE] = ACTIONS(47),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(47),
    [anon_sym_DASHt] = ACTIONS(15),
    [anon_sym_DASH_DASHtable] = ACTIONS(15),
    [anon_sym_DASHm] = ACTIONS(17),
    [anon_sym_DASH_DASHmatch] = ACTIONS(17),
    [anon_sym_DASHj] = ACTIONS(19),
    [anon_sym_DASH_DASHjump] = ACTIONS(19),
    [anon_sym_DASHg] = ACTIONS(21),
    [anon_sym_DASH_DASHgoto] = ACTIONS(21),
    [sym_negation] = ACTIONS(49),
    [sym_option_name] = ACTIONS(51),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(41),
  },
  [4] = {
    [sym_redirect] = STATE(39),
    [sym__item] = STATE(6),
    [sym_operation] = STATE(6),
    [sym_table_option] = STATE(6),
    [sym_match_module] = STATE(6),
    [sym_jump] = STATE(6),
    [sym_goto] = STATE(6),
    [sym_option] = STATE(6),
    [aux_sym_command_repeat1] = STATE(6),
    [aux_sym_command_repeat2] = STATE(39),
    [ts_builtin_sym_end] = ACTIONS(53),
    [anon_sym_SEMI] = ACTIONS(53),
    [anon_sym_AMP_AMP] = ACTIONS(53),
    [anon_sym_PIPE_PIPE] = ACTIONS(53),
    [anon_sym_GT] = ACTIONS(43),
    [anon_sym_GT_GT] = ACTIONS(45),
    [anon_sym_LT] = ACTIONS(45),
    [anon_sym_2_GT] = ACTIONS(43),
    [anon_sym_2_GT_AMP1] = ACTIONS(45),
    [anon_sym_AMP_GT] = ACTIONS(45),
    [anon_sym_DASHA] = ACTIONS(47),
    [anon_sym_DASH_DASHappend] = ACTIONS(47),
    [anon_sym_DASHC] = ACTIONS(47),
    [anon_sym_DASH_DASHcheck] = ACTIONS(47),
    [anon_sym_DASHD] = ACTIONS(47),
    [anon_sym_DASH_DASHdelete] = ACTIONS(47),
    [anon_sym_DASHI] = ACTIONS(47),
    [anon_sym_DASH_DASHinsert] = ACTIONS(47),
    [anon_sym_DASHR] = ACTIONS(47),
    [anon_sym_DASH_DASHreplace] = ACTIONS(47),
    [anon_sym_DASHL] = ACTIONS(47),
    [anon_sym_DASH_DASHlist] = ACTIONS(47),
    [anon_sym_DASHS] = ACTIONS(47),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(47),
    [anon_sym_DASHF] = ACTIONS(47),
    [anon_sym_DASH_DASHflush] = ACTIONS(47),
    [anon_sym_DASHZ] = ACTIONS(47),
    [anon_sym_DASH_DASHzero] = ACTIONS(47),
    [anon_sym_DASHN] = ACTIONS(47),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(47),
    [anon_sym_DASH_DASHnew] = ACTIONS(47),
    [anon_sym_DASHX] = ACTIONS(47),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(47),
    [anon_sym_DASHP] = ACTIONS(47),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(47),
    [anon_sym_DASHE] = ACTIONS(47),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(47),
    [anon_sym_DASHt] = ACTIONS(15),
    [anon_sym_DASH_DASHtable] = ACTIONS(15),
    [anon_sym_DASHm] = ACTIONS(17),
    [anon_sym_DASH_DASHmatch] = ACTIONS(17),
    [anon_sym_DASHj] = ACTIONS(19),
    [anon_sym_DASH_DASHjump] = ACTIONS(19),
    [anon_sym_DASHg] = ACTIONS(21),
    [anon_sym_DASH_DASHgoto] = ACTIONS(21),
    [sym_negation] = ACTIONS(49),
    [sym_option_name] = ACTIONS(51),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(53),
  },
  [5] = {
    [sym_redirect] = STATE(40),
    [sym__item] = STATE(7),
    [sym_operation] = STATE(7),
    [sym_table_option] = STATE(7),
    [sym_match_module] = STATE(7),
    [sym_jump] = STATE(7),
    [sym_goto] = STATE(7),
    [sym_option] = STATE(7),
    [aux_sym_command_repeat1] = STATE(7),
    [aux_sym_command_repeat2] = STATE(40),
    [ts_builtin_sym_end] = ACTIONS(55),
    [anon_sym_SEMI] = ACTIONS(55),
    [anon_sym_AMP_AMP] = ACTIONS(55),
    [anon_sym_PIPE_PIPE] = ACTIONS(55),
    [anon_sym_GT] = ACTIONS(43),
    [anon_sym_GT_GT] = ACTIONS(45),
    [anon_sym_LT] = ACTIONS(45),
    [anon_sym_2_GT] = ACTIONS(43),
    [anon_sym_2_GT_AMP1] = ACTIONS(45),
    [anon_sym_AMP_GT] = ACTIONS(45),
    [anon_sym_DASHA] = ACTIONS(47),
    [anon_sym_DASH_DASHappend] = ACTIONS(47),
    [anon_sym_DASHC] = ACTIONS(47),
    [anon_sym_DASH_DASHcheck] = ACTIONS(47),
    [anon_sym_DASHD] = ACTIONS(47),
    [anon_sym_DASH_DASHdelete] = ACTIONS(47),
    [anon_sym_DASHI] = ACTIONS(47),
    [anon_sym_DASH_DASHinsert] = ACTIONS(47),
    [anon_sym_DASHR] = ACTIONS(47),
    [anon_sym_DASH_DASHreplace] = ACTIONS(47),
    [anon_sym_DASHL] = ACTIONS(47),
    [anon_sym_DASH_DASHlist] = ACTIONS(47),
    [anon_sym_DASHS] = ACTIONS(47),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(47),
    [anon_sym_DASHF] = ACTIONS(47),
    [anon_sym_DASH_DASHflush] = ACTIONS(47),
    [anon_sym_DASHZ] = ACTIONS(47),
    [anon_sym_DASH_DASHzero] = ACTIONS(47),
    [anon_sym_DASHN] = ACTIONS(47),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(47),
    [anon_sym_DASH_DASHnew] = ACTIONS(47),
    [anon_sym_DASHX] = ACTIONS(47),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(47),
    [anon_sym_DASHP] = ACTIONS(47),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(47),
    [anon_sym_DASHE] = ACTIONS(47),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(47),
    [anon_sym_DASHt] = ACTIONS(15),
    [anon_sym_DASH_DASHtable] = ACTIONS(15),
    [anon_sym_DASHm] = ACTIONS(17),
    [anon_sym_DASH_DASHmatch] = ACTIONS(17),
    [anon_sym_DASHj] = ACTIONS(19),
    [anon_sym_DASH_DASHjump] = ACTIONS(19),
    [anon_sym_DASHg] = ACTIONS(21),
    [anon_sym_DASH_DASHgoto] = ACTIONS(21),
    [sym_negation] = ACTIONS(49),
    [sym_option_name] = ACTIONS(51),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(55),
  },
  [6] = {
    [sym_redirect] = STATE(42),
    [sym__item] = STATE(7),
    [sym_operation] = STATE(7),
    [sym_table_option] = STATE(7),
    [sym_match_module] = STATE(7),
    [sym_jump] = STATE(7),
    [sym_goto] = STATE(7),
    [sym_option] = STATE(7),
    [aux_sym_command_repeat1] = STATE(7),
    [aux_sym_command_repeat2] = STATE(42),
    [ts_builtin_sym_end] = ACTIONS(57),
    [anon_sym_SEMI] = ACTIONS(57),
    [anon_sym_AMP_AMP] = ACTIONS(57),
    [anon_sym_PIPE_PIPE] = ACTIONS(57),
    [anon_sym_GT] = ACTIONS(43),
    [anon_sym_GT_GT] = ACTIONS(45),
    [anon_sym_LT] = ACTIONS(45),
    [anon_sym_2_GT] = ACTIONS(43),
    [anon_sym_2_GT_AMP1] = ACTIONS(45),
    [anon_sym_AMP_GT] = ACTIONS(45),
    [anon_sym_DASHA] = ACTIONS(47),
    [anon_sym_DASH_DASHappend] = ACTIONS(47),
    [anon_sym_DASHC] = ACTIONS(47),
    [anon_sym_DASH_DASHcheck] = ACTIONS(47),
    [anon_sym_DASHD] = ACTIONS(47),
    [anon_sym_DASH_DASHdelete] = ACTIONS(47),
    [anon_sym_DASHI] = ACTIONS(47),
    [anon_sym_DASH_DASHinsert] = ACTIONS(47),
    [anon_sym_DASHR] = ACTIONS(47),
    [anon_sym_DASH_DASHreplace] = ACTIONS(47),
    [anon_sym_DASHL] = ACTIONS(47),
    [anon_sym_DASH_DASHlist] = ACTIONS(47),
    [anon_sym_DASHS] = ACTIONS(47),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(47),
    [anon_sym_DASHF] = ACTIONS(47),
    [anon_sym_DASH_DASHflush] = ACTIONS(47),
    [anon_sym_DASHZ] = ACTIONS(47),
    [anon_sym_DASH_DASHzero] = ACTIONS(47),
    [anon_sym_DASHN] = ACTIONS(47),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(47),
    [anon_sym_DASH_DASHnew] = ACTIONS(47),
    [anon_sym_DASHX] = ACTIONS(47),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(47),
    [anon_sym_DASHP] = ACTIONS(47),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(47),
    [anon_sym_DASHE] = ACTIONS(47),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(47),
    [anon_sym_DASHt] = ACTIONS(15),
    [anon_sym_DASH_DASHtable] = ACTIONS(15),
    [anon_sym_DASHm] = ACTIONS(17),
    [anon_sym_DASH_DASHmatch] = ACTIONS(17),
    [anon_sym_DASHj] = ACTIONS(19),
    [anon_sym_DASH_DASHjump] = ACTIONS(19),
    [anon_sym_DASHg] = ACTIONS(21),
    [anon_sym_DASH_DASHgoto] = ACTIONS(21),
    [sym_negation] = ACTIONS(49),
    [sym_option_name] = ACTIONS(51),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(57),
  },
  [7] = {
    [sym__item] = STATE(7),
    [sym_operation] = STATE(7),
    [sym_table_option] = STATE(7),
    [sym_match_module] = STATE(7),
    [sym_jump] = STATE(7),
    [sym_goto] = STATE(7),
    [sym_option] = STATE(7),
    [aux_sym_command_repeat1] = STATE(7),
    [ts_builtin_sym_end] = ACTIONS(59),
    [anon_sym_SEMI] = ACTIONS(59),
    [anon_sym_AMP_AMP] = ACTIONS(59),
    [anon_sym_PIPE_PIPE] = ACTIONS(59),
    [anon_sym_GT] = ACTIONS(61),
    [anon_sym_GT_GT] = ACTIONS(59),
    [anon_sym_LT] = ACTIONS(59),
    [anon_sym_2_GT] = ACTIONS(61),
    [anon_sym_2_GT_AMP1] = ACTIONS(59),
    [anon_sym_AMP_GT] = ACTIONS(59),
    [anon_sym_DASHA] = ACTIONS(63),
    [anon_sym_DASH_DASHappend] = ACTIONS(63),
    [anon_sym_DASHC] = ACTIONS(63),
    [anon_sym_DASH_DASHcheck] = ACTIONS(63),
    [anon_sym_DASHD] = ACTIONS(63),
    [anon_sym_DASH_DASHdelete] = ACTIONS(63),
    [anon_sym_DASHI] = ACTIONS(63),
    [anon_sym_DASH_DASHinsert] = ACTIONS(63),
    [anon_sym_DASHR] = ACTIONS(63),
    [anon_sym_DASH_DASHreplace] = ACTIONS(63),
    [anon_sym_DASHL] = ACTIONS(63),
    [anon_sym_DASH_DASHlist] = ACTIONS(63),
    [anon_sym_DASHS] = ACTIONS(63),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(63),
    [anon_sym_DASHF] = ACTIONS(63),
    [anon_sym_DASH_DASHflush] = ACTIONS(63),
    [anon_sym_DASHZ] = ACTIONS(63),
    [anon_sym_DASH_DASHzero] = ACTIONS(63),
    [anon_sym_DASHN] = ACTIONS(63),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(63),
    [anon_sym_DASH_DASHnew] = ACTIONS(63),
    [anon_sym_DASHX] = ACTIONS(63),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(63),
    [anon_sym_DASHP] = ACTIONS(63),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(63),
    [anon_sym_DASHE] = ACTIONS(63),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(63),
    [anon_sym_DASHt] = ACTIONS(66),
    [anon_sym_DASH_DASHtable] = ACTIONS(66),
    [anon_sym_DASHm] = ACTIONS(69),
    [anon_sym_DASH_DASHmatch] = ACTIONS(69),
    [anon_sym_DASHj] = ACTIONS(72),
    [anon_sym_DASH_DASHjump] = ACTIONS(72),
    [anon_sym_DASHg] = ACTIONS(75),
    [anon_sym_DASH_DASHgoto] = ACTIONS(75),
    [sym_negation] = ACTIONS(78),
    [sym_option_name] = ACTIONS(81),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(59),
  },
  [8] = {
    [aux_sym_operation_repeat1] = STATE(15),
    [ts_builtin_sym_end] = ACTIONS(84),
    [anon_sym_SEMI] = ACTIONS(84),
    [anon_sym_AMP_AMP] = ACTIONS(84),
    [anon_sym_PIPE_PIPE] = ACTIONS(84),
    [anon_sym_GT] = ACTIONS(86),
    [anon_sym_GT_GT] = ACTIONS(84),
    [anon_sym_LT] = ACTIONS(84),
    [anon_sym_2_GT] = ACTIONS(86),
    [anon_sym_2_GT_AMP1] = ACTIONS(84),
    [anon_sym_AMP_GT] = ACTIONS(84),
    [anon_sym_DASHA] = ACTIONS(86),
    [anon_sym_DASH_DASHappend] = ACTIONS(86),
    [anon_sym_DASHC] = ACTIONS(86),
    [anon_sym_DASH_DASHcheck] = ACTIONS(86),
    [anon_sym_DASHD] = ACTIONS(86),
    [anon_sym_DASH_DASHdelete] = ACTIONS(86),
    [anon_sym_DASHI] = ACTIONS(86),
    [anon_sym_DASH_DASHinsert] = ACTIONS(86),
    [anon_sym_DASHR] = ACTIONS(86),
    [anon_sym_DASH_DASHreplace] = ACTIONS(86),
    [anon_sym_DASHL] = ACTIONS(86),
    [anon_sym_DASH_DASHlist] = ACTIONS(86),
    [anon_sym_DASHS] = ACTIONS(86),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(86),
    [anon_sym_DASHF] = ACTIONS(86),
    [anon_sym_DASH_DASHflush] = ACTIONS(86),
    [anon_sym_DASHZ] = ACTIONS(86),
    [anon_sym_DASH_DASHzero] = ACTIONS(86),
    [anon_sym_DASHN] = ACTIONS(86),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(86),
    [anon_sym_DASH_DASHnew] = ACTIONS(86),
    [anon_sym_DASHX] = ACTIONS(86),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(86),
    [anon_sym_DASHP] = ACTIONS(86),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(86),
    [anon_sym_DASHE] = ACTIONS(86),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(86),
    [anon_sym_DASHt] = ACTIONS(86),
    [anon_sym_DASH_DASHtable] = ACTIONS(86),
    [anon_sym_DASHm] = ACTIONS(86),
    [anon_sym_DASH_DASHmatch] = ACTIONS(86),
    [anon_sym_DASHj] = ACTIONS(86),
    [anon_sym_DASH_DASHjump] = ACTIONS(86),
    [anon_sym_DASHg] = ACTIONS(86),
    [anon_sym_DASH_DASHgoto] = ACTIONS(86),
    [sym_negation] = ACTIONS(88),
    [sym_option_name] = ACTIONS(86),
    [sym_argument] = ACTIONS(91),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(84),
  },
  [9] = {
    [aux_sym_operation_repeat1] = STATE(9),
    [ts_builtin_sym_end] = ACTIONS(93),
    [anon_sym_SEMI] = ACTIONS(93),
    [anon_sym_AMP_AMP] = ACTIONS(93),
    [anon_sym_PIPE_PIPE] = ACTIONS(93),
    [anon_sym_GT] = ACTIONS(95),
    [anon_sym_GT_GT] = ACTIONS(93),
    [anon_sym_LT] = ACTIONS(93),
    [anon_sym_2_GT] = ACTIONS(95),
    [anon_sym_2_GT_AMP1] = ACTIONS(93),
    [anon_sym_AMP_GT] = ACTIONS(93),
    [anon_sym_DASHA] = ACTIONS(95),
    [anon_sym_DASH_DASHappend] = ACTIONS(95),
    [anon_sym_DASHC] = ACTIONS(95),
    [anon_sym_DASH_DASHcheck] = ACTIONS(95),
    [anon_sym_DASHD] = ACTIONS(95),
    [anon_sym_DASH_DASHdelete] = ACTIONS(95),
    [anon_sym_DASHI] = ACTIONS(95),
    [anon_sym_DASH_DASHinsert] = ACTIONS(95),
    [anon_sym_DASHR] = ACTIONS(95),
    [anon_sym_DASH_DASHreplace] = ACTIONS(95),
    [anon_sym_DASHL] = ACTIONS(95),
    [anon_sym_DASH_DASHlist] = ACTIONS(95),
    [anon_sym_DASHS] = ACTIONS(95),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(95),
    [anon_sym_DASHF] = ACTIONS(95),
    [anon_sym_DASH_DASHflush] = ACTIONS(95),
    [anon_sym_DASHZ] = ACTIONS(95),
    [anon_sym_DASH_DASHzero] = ACTIONS(95),
    [anon_sym_DASHN] = ACTIONS(95),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(95),
    [anon_sym_DASH_DASHnew] = ACTIONS(95),
    [anon_sym_DASHX] = ACTIONS(95),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(95),
    [anon_sym_DASHP] = ACTIONS(95),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(95),
    [anon_sym_DASHE] = ACTIONS(95),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(95),
    [anon_sym_DASHt] = ACTIONS(95),
    [anon_sym_DASH_DASHtable] = ACTIONS(95),
    [anon_sym_DASHm] = ACTIONS(95),
    [anon_sym_DASH_DASHmatch] = ACTIONS(95),
    [anon_sym_DASHj] = ACTIONS(95),
    [anon_sym_DASH_DASHjump] = ACTIONS(95),
    [anon_sym_DASHg] = ACTIONS(95),
    [anon_sym_DASH_DASHgoto] = ACTIONS(95),
    [sym_negation] = ACTIONS(93),
    [sym_option_name] = ACTIONS(95),
    [sym_argument] = ACTIONS(97),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(93),
  },
  [10] = {
    [sym__item] = STATE(12),
    [sym_operation] = STATE(12),
    [sym_table_option] = STATE(12),
    [sym_match_module] = STATE(12),
    [sym_jump] = STATE(12),
    [sym_goto] = STATE(12),
    [sym_option] = STATE(12),
    [aux_sym_command_repeat1] = STATE(12),
    [ts_builtin_sym_end] = ACTIONS(100),
    [anon_sym_SEMI] = ACTIONS(100),
    [anon_sym_AMP_AMP] = ACTIONS(100),
    [anon_sym_PIPE_PIPE] = ACTIONS(100),
    [anon_sym_DASHA] = ACTIONS(13),
    [anon_sym_DASH_DASHappend] = ACTIONS(13),
    [anon_sym_DASHC] = ACTIONS(13),
    [anon_sym_DASH_DASHcheck] = ACTIONS(13),
    [anon_sym_DASHD] = ACTIONS(13),
    [anon_sym_DASH_DASHdelete] = ACTIONS(13),
    [anon_sym_DASHI] = ACTIONS(13),
    [anon_sym_DASH_DASHinsert] = ACTIONS(13),
    [anon_sym_DASHR] = ACTIONS(13),
    [anon_sym_DASH_DASHreplace] = ACTIONS(13),
    [anon_sym_DASHL] = ACTIONS(13),
    [anon_sym_DASH_DASHlist] = ACTIONS(13),
    [anon_sym_DASHS] = ACTIONS(13),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(13),
    [anon_sym_DASHF] = ACTIONS(13),
    [anon_sym_DASH_DASHflush] = ACTIONS(13),
    [anon_sym_DASHZ] = ACTIONS(13),
    [anon_sym_DASH_DASHzero] = ACTIONS(13),
    [anon_sym_DASHN] = ACTIONS(13),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(13),
    [anon_sym_DASH_DASHnew] = ACTIONS(13),
    [anon_sym_DASHX] = ACTIONS(13),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(13),
    [anon_sym_DASHP] = ACTIONS(13),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(13),
    [anon_sym_DASHE] = ACTIONS(13),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(13),
    [anon_sym_DASHt] = ACTIONS(15),
    [anon_sym_DASH_DASHtable] = ACTIONS(15),
    [anon_sym_DASHm] = ACTIONS(17),
    [anon_sym_DASH_DASHmatch] = ACTIONS(17),
    [anon_sym_DASHj] = ACTIONS(19),
    [anon_sym_DASH_DASHjump] = ACTIONS(19),
    [anon_sym_DASHg] = ACTIONS(21),
    [anon_sym_DASH_DASHgoto] = ACTIONS(21),
    [sym_negation] = ACTIONS(23),
    [sym_option_name] = ACTIONS(25),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(100),
  },
  [11] = {
    [sym__item] = STATE(12),
    [sym_operation] = STATE(12),
    [sym_table_option] = STATE(12),
    [sym_match_module] = STATE(12),
    [sym_jump] = STATE(12),
    [sym_goto] = STATE(12),
    [sym_option] = STATE(12),
    [aux_sym_command_repeat1] = STATE(12),
    [ts_builtin_sym_end] = ACTIONS(102),
    [anon_sym_SEMI] = ACTIONS(102),
    [anon_sym_AMP_AMP] = ACTIONS(102),
    [anon_sym_PIPE_PIPE] = ACTIONS(102),
    [anon_sym_DASHA] = ACTIONS(13),
    [anon_sym_DASH_DASHappend] = ACTIONS(13),
    [anon_sym_DASHC] = ACTIONS(13),
    [anon_sym_DASH_DASHcheck] = ACTIONS(13),
    [anon_sym_DASHD] = ACTIONS(13),
    [anon_sym_DASH_DASHdelete] = ACTIONS(13),
    [anon_sym_DASHI] = ACTIONS(13),
    [anon_sym_DASH_DASHinsert] = ACTIONS(13),
    [anon_sym_DASHR] = ACTIONS(13),
    [anon_sym_DASH_DASHreplace] = ACTIONS(13),
    [anon_sym_DASHL] = ACTIONS(13),
    [anon_sym_DASH_DASHlist] = ACTIONS(13),
    [anon_sym_DASHS] = ACTIONS(13),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(13),
    [anon_sym_DASHF] = ACTIONS(13),
    [anon_sym_DASH_DASHflush] = ACTIONS(13),
    [anon_sym_DASHZ] = ACTIONS(13),
    [anon_sym_DASH_DASHzero] = ACTIONS(13),
    [anon_sym_DASHN] = ACTIONS(13),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(13),
    [anon_sym_DASH_DASHnew] = ACTIONS(13),
    [anon_sym_DASHX] = ACTIONS(13),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(13),
    [anon_sym_DASHP] = ACTIONS(13),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(13),
    [anon_sym_DASHE] = ACTIONS(13),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(13),
    [anon_sym_DASHt] = ACTIONS(15),
    [anon_sym_DASH_DASHtable] = ACTIONS(15),
    [anon_sym_DASHm] = ACTIONS(17),
    [anon_sym_DASH_DASHmatch] = ACTIONS(17),
    [anon_sym_DASHj] = ACTIONS(19),
    [anon_sym_DASH_DASHjump] = ACTIONS(19),
    [anon_sym_DASHg] = ACTIONS(21),
    [anon_sym_DASH_DASHgoto] = ACTIONS(21),
    [sym_negation] = ACTIONS(23),
    [sym_option_name] = ACTIONS(25),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(102),
  },
  [12] = {
    [sym__item] = STATE(12),
    [sym_operation] = STATE(12),
    [sym_table_option] = STATE(12),
    [sym_match_module] = STATE(12),
    [sym_jump] = STATE(12),
    [sym_goto] = STATE(12),
    [sym_option] = STATE(12),
    [aux_sym_command_repeat1] = STATE(12),
    [ts_builtin_sym_end] = ACTIONS(59),
    [anon_sym_SEMI] = ACTIONS(59),
    [anon_sym_AMP_AMP] = ACTIONS(59),
    [anon_sym_PIPE_PIPE] = ACTIONS(59),
    [anon_sym_DASHA] = ACTIONS(104),
    [anon_sym_DASH_DASHappend] = ACTIONS(104),
    [anon_sym_DASHC] = ACTIONS(104),
    [anon_sym_DASH_DASHcheck] = ACTIONS(104),
    [anon_sym_DASHD] = ACTIONS(104),
    [anon_sym_DASH_DASHdelete] = ACTIONS(104),
    [anon_sym_DASHI] = ACTIONS(104),
    [anon_sym_DASH_DASHinsert] = ACTIONS(104),
    [anon_sym_DASHR] = ACTIONS(104),
    [anon_sym_DASH_DASHreplace] = ACTIONS(104),
    [anon_sym_DASHL] = ACTIONS(104),
    [anon_sym_DASH_DASHlist] = ACTIONS(104),
    [anon_sym_DASHS] = ACTIONS(104),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(104),
    [anon_sym_DASHF] = ACTIONS(104),
    [anon_sym_DASH_DASHflush] = ACTIONS(104),
    [anon_sym_DASHZ] = ACTIONS(104),
    [anon_sym_DASH_DASHzero] = ACTIONS(104),
    [anon_sym_DASHN] = ACTIONS(104),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(104),
    [anon_sym_DASH_DASHnew] = ACTIONS(104),
    [anon_sym_DASHX] = ACTIONS(104),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(104),
    [anon_sym_DASHP] = ACTIONS(104),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(104),
    [anon_sym_DASHE] = ACTIONS(104),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(104),
    [anon_sym_DASHt] = ACTIONS(66),
    [anon_sym_DASH_DASHtable] = ACTIONS(66),
    [anon_sym_DASHm] = ACTIONS(69),
    [anon_sym_DASH_DASHmatch] = ACTIONS(69),
    [anon_sym_DASHj] = ACTIONS(72),
    [anon_sym_DASH_DASHjump] = ACTIONS(72),
    [anon_sym_DASHg] = ACTIONS(75),
    [anon_sym_DASH_DASHgoto] = ACTIONS(75),
    [sym_negation] = ACTIONS(107),
    [sym_option_name] = ACTIONS(110),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(59),
  },
  [13] = {
    [aux_sym_operation_repeat1] = STATE(16),
    [ts_builtin_sym_end] = ACTIONS(113),
    [anon_sym_SEMI] = ACTIONS(113),
    [anon_sym_AMP_AMP] = ACTIONS(113),
    [anon_sym_PIPE_PIPE] = ACTIONS(113),
    [anon_sym_GT] = ACTIONS(115),
    [anon_sym_GT_GT] = ACTIONS(113),
    [anon_sym_LT] = ACTIONS(113),
    [anon_sym_2_GT] = ACTIONS(115),
    [anon_sym_2_GT_AMP1] = ACTIONS(113),
    [anon_sym_AMP_GT] = ACTIONS(113),
    [anon_sym_DASHA] = ACTIONS(115),
    [anon_sym_DASH_DASHappend] = ACTIONS(115),
    [anon_sym_DASHC] = ACTIONS(115),
    [anon_sym_DASH_DASHcheck] = ACTIONS(115),
    [anon_sym_DASHD] = ACTIONS(115),
    [anon_sym_DASH_DASHdelete] = ACTIONS(115),
    [anon_sym_DASHI] = ACTIONS(115),
    [anon_sym_DASH_DASHinsert] = ACTIONS(115),
    [anon_sym_DASHR] = ACTIONS(115),
    [anon_sym_DASH_DASHreplace] = ACTIONS(115),
    [anon_sym_DASHL] = ACTIONS(115),
    [anon_sym_DASH_DASHlist] = ACTIONS(115),
    [anon_sym_DASHS] = ACTIONS(115),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(115),
    [anon_sym_DASHF] = ACTIONS(115),
    [anon_sym_DASH_DASHflush] = ACTIONS(115),
    [anon_sym_DASHZ] = ACTIONS(115),
    [anon_sym_DASH_DASHzero] = ACTIONS(115),
    [anon_sym_DASHN] = ACTIONS(115),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(115),
    [anon_sym_DASH_DASHnew] = ACTIONS(115),
    [anon_sym_DASHX] = ACTIONS(115),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(115),
    [anon_sym_DASHP] = ACTIONS(115),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(115),
    [anon_sym_DASHE] = ACTIONS(115),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(115),
    [anon_sym_DASHt] = ACTIONS(115),
    [anon_sym_DASH_DASHtable] = ACTIONS(115),
    [anon_sym_DASHm] = ACTIONS(115),
    [anon_sym_DASH_DASHmatch] = ACTIONS(115),
    [anon_sym_DASHj] = ACTIONS(115),
    [anon_sym_DASH_DASHjump] = ACTIONS(115),
    [anon_sym_DASHg] = ACTIONS(115),
    [anon_sym_DASH_DASHgoto] = ACTIONS(115),
    [sym_negation] = ACTIONS(113),
    [sym_option_name] = ACTIONS(115),
    [sym_argument] = ACTIONS(91),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(113),
  },
  [14] = {
    [aux_sym_operation_repeat1] = STATE(17),
    [ts_builtin_sym_end] = ACTIONS(117),
    [anon_sym_SEMI] = ACTIONS(117),
    [anon_sym_AMP_AMP] = ACTIONS(117),
    [anon_sym_PIPE_PIPE] = ACTIONS(117),
    [anon_sym_GT] = ACTIONS(119),
    [anon_sym_GT_GT] = ACTIONS(117),
    [anon_sym_LT] = ACTIONS(117),
    [anon_sym_2_GT] = ACTIONS(119),
    [anon_sym_2_GT_AMP1] = ACTIONS(117),
    [anon_sym_AMP_GT] = ACTIONS(117),
    [anon_sym_DASHA] = ACTIONS(119),
    [anon_sym_DASH_DASHappend] = ACTIONS(119),
    [anon_sym_DASHC] = ACTIONS(119),
    [anon_sym_DASH_DASHcheck] = ACTIONS(119),
    [anon_sym_DASHD] = ACTIONS(119),
    [anon_sym_DASH_DASHdelete] = ACTIONS(119),
    [anon_sym_DASHI] = ACTIONS(119),
    [anon_sym_DASH_DASHinsert] = ACTIONS(119),
    [anon_sym_DASHR] = ACTIONS(119),
    [anon_sym_DASH_DASHreplace] = ACTIONS(119),
    [anon_sym_DASHL] = ACTIONS(119),
    [anon_sym_DASH_DASHlist] = ACTIONS(119),
    [anon_sym_DASHS] = ACTIONS(119),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(119),
    [anon_sym_DASHF] = ACTIONS(119),
    [anon_sym_DASH_DASHflush] = ACTIONS(119),
    [anon_sym_DASHZ] = ACTIONS(119),
    [anon_sym_DASH_DASHzero] = ACTIONS(119),
    [anon_sym_DASHN] = ACTIONS(119),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(119),
    [anon_sym_DASH_DASHnew] = ACTIONS(119),
    [anon_sym_DASHX] = ACTIONS(119),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(119),
    [anon_sym_DASHP] = ACTIONS(119),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(119),
    [anon_sym_DASHE] = ACTIONS(119),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(119),
    [anon_sym_DASHt] = ACTIONS(119),
    [anon_sym_DASH_DASHtable] = ACTIONS(119),
    [anon_sym_DASHm] = ACTIONS(119),
    [anon_sym_DASH_DASHmatch] = ACTIONS(119),
    [anon_sym_DASHj] = ACTIONS(119),
    [anon_sym_DASH_DASHjump] = ACTIONS(119),
    [anon_sym_DASHg] = ACTIONS(119),
    [anon_sym_DASH_DASHgoto] = ACTIONS(119),
    [sym_negation] = ACTIONS(121),
    [sym_option_name] = ACTIONS(119),
    [sym_argument] = ACTIONS(91),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(117),
  },
  [15] = {
    [aux_sym_operation_repeat1] = STATE(9),
    [ts_builtin_sym_end] = ACTIONS(124),
    [anon_sym_SEMI] = ACTIONS(124),
    [anon_sym_AMP_AMP] = ACTIONS(124),
    [anon_sym_PIPE_PIPE] = ACTIONS(124),
    [anon_sym_GT] = ACTIONS(126),
    [anon_sym_GT_GT] = ACTIONS(124),
    [anon_sym_LT] = ACTIONS(124),
    [anon_sym_2_GT] = ACTIONS(126),
    [anon_sym_2_GT_AMP1] = ACTIONS(124),
    [anon_sym_AMP_GT] = ACTIONS(124),
    [anon_sym_DASHA] = ACTIONS(126),
    [anon_sym_DASH_DASHappend] = ACTIONS(126),
    [anon_sym_DASHC] = ACTIONS(126),
    [anon_sym_DASH_DASHcheck] = ACTIONS(126),
    [anon_sym_DASHD] = ACTIONS(126),
    [anon_sym_DASH_DASHdelete] = ACTIONS(126),
    [anon_sym_DASHI] = ACTIONS(126),
    [anon_sym_DASH_DASHinsert] = ACTIONS(126),
    [anon_sym_DASHR] = ACTIONS(126),
    [anon_sym_DASH_DASHreplace] = ACTIONS(126),
    [anon_sym_DASHL] = ACTIONS(126),
    [anon_sym_DASH_DASHlist] = ACTIONS(126),
    [anon_sym_DASHS] = ACTIONS(126),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(126),
    [anon_sym_DASHF] = ACTIONS(126),
    [anon_sym_DASH_DASHflush] = ACTIONS(126),
    [anon_sym_DASHZ] = ACTIONS(126),
    [anon_sym_DASH_DASHzero] = ACTIONS(126),
    [anon_sym_DASHN] = ACTIONS(126),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(126),
    [anon_sym_DASH_DASHnew] = ACTIONS(126),
    [anon_sym_DASHX] = ACTIONS(126),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(126),
    [anon_sym_DASHP] = ACTIONS(126),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(126),
    [anon_sym_DASHE] = ACTIONS(126),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(126),
    [anon_sym_DASHt] = ACTIONS(126),
    [anon_sym_DASH_DASHtable] = ACTIONS(126),
    [anon_sym_DASHm] = ACTIONS(126),
    [anon_sym_DASH_DASHmatch] = ACTIONS(126),
    [anon_sym_DASHj] = ACTIONS(126),
    [anon_sym_DASH_DASHjump] = ACTIONS(126),
    [anon_sym_DASHg] = ACTIONS(126),
    [anon_sym_DASH_DASHgoto] = ACTIONS(126),
    [sym_negation] = ACTIONS(124),
    [sym_option_name] = ACTIONS(126),
    [sym_argument] = ACTIONS(91),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(124),
  },
  [16] = {
    [aux_sym_operation_repeat1] = STATE(9),
    [ts_builtin_sym_end] = ACTIONS(128),
    [anon_sym_SEMI] = ACTIONS(128),
    [anon_sym_AMP_AMP] = ACTIONS(128),
    [anon_sym_PIPE_PIPE] = ACTIONS(128),
    [anon_sym_GT] = ACTIONS(130),
    [anon_sym_GT_GT] = ACTIONS(128),
    [anon_sym_LT] = ACTIONS(128),
    [anon_sym_2_GT] = ACTIONS(130),
    [anon_sym_2_GT_AMP1] = ACTIONS(128),
    [anon_sym_AMP_GT] = ACTIONS(128),
    [anon_sym_DASHA] = ACTIONS(130),
    [anon_sym_DASH_DASHappend] = ACTIONS(130),
    [anon_sym_DASHC] = ACTIONS(130),
    [anon_sym_DASH_DASHcheck] = ACTIONS(130),
    [anon_sym_DASHD] = ACTIONS(130),
    [anon_sym_DASH_DASHdelete] = ACTIONS(130),
    [anon_sym_DASHI] = ACTIONS(130),
    [anon_sym_DASH_DASHinsert] = ACTIONS(130),
    [anon_sym_DASHR] = ACTIONS(130),
    [anon_sym_DASH_DASHreplace] = ACTIONS(130),
    [anon_sym_DASHL] = ACTIONS(130),
    [anon_sym_DASH_DASHlist] = ACTIONS(130),
    [anon_sym_DASHS] = ACTIONS(130),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(130),
    [anon_sym_DASHF] = ACTIONS(130),
    [anon_sym_DASH_DASHflush] = ACTIONS(130),
    [anon_sym_DASHZ] = ACTIONS(130),
    [anon_sym_DASH_DASHzero] = ACTIONS(130),
    [anon_sym_DASHN] = ACTIONS(130),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(130),
    [anon_sym_DASH_DASHnew] = ACTIONS(130),
    [anon_sym_DASHX] = ACTIONS(130),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(130),
    [anon_sym_DASHP] = ACTIONS(130),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(130),
    [anon_sym_DASHE] = ACTIONS(130),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(130),
    [anon_sym_DASHt] = ACTIONS(130),
    [anon_sym_DASH_DASHtable] = ACTIONS(130),
    [anon_sym_DASHm] = ACTIONS(130),
    [anon_sym_DASH_DASHmatch] = ACTIONS(130),
    [anon_sym_DASHj] = ACTIONS(130),
    [anon_sym_DASH_DASHjump] = ACTIONS(130),
    [anon_sym_DASHg] = ACTIONS(130),
    [anon_sym_DASH_DASHgoto] = ACTIONS(130),
    [sym_negation] = ACTIONS(128),
    [sym_option_name] = ACTIONS(130),
    [sym_argument] = ACTIONS(91),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(128),
  },
  [17] = {
    [aux_sym_operation_repeat1] = STATE(9),
    [ts_builtin_sym_end] = ACTIONS(132),
    [anon_sym_SEMI] = ACTIONS(132),
    [anon_sym_AMP_AMP] = ACTIONS(132),
    [anon_sym_PIPE_PIPE] = ACTIONS(132),
    [anon_sym_GT] = ACTIONS(134),
    [anon_sym_GT_GT] = ACTIONS(132),
    [anon_sym_LT] = ACTIONS(132),
    [anon_sym_2_GT] = ACTIONS(134),
    [anon_sym_2_GT_AMP1] = ACTIONS(132),
    [anon_sym_AMP_GT] = ACTIONS(132),
    [anon_sym_DASHA] = ACTIONS(134),
    [anon_sym_DASH_DASHappend] = ACTIONS(134),
    [anon_sym_DASHC] = ACTIONS(134),
    [anon_sym_DASH_DASHcheck] = ACTIONS(134),
    [anon_sym_DASHD] = ACTIONS(134),
    [anon_sym_DASH_DASHdelete] = ACTIONS(134),
    [anon_sym_DASHI] = ACTIONS(134),
    [anon_sym_DASH_DASHinsert] = ACTIONS(134),
    [anon_sym_DASHR] = ACTIONS(134),
    [anon_sym_DASH_DASHreplace] = ACTIONS(134),
    [anon_sym_DASHL] = ACTIONS(134),
    [anon_sym_DASH_DASHlist] = ACTIONS(134),
    [anon_sym_DASHS] = ACTIONS(134),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(134),
    [anon_sym_DASHF] = ACTIONS(134),
    [anon_sym_DASH_DASHflush] = ACTIONS(134),
    [anon_sym_DASHZ] = ACTIONS(134),
    [anon_sym_DASH_DASHzero] = ACTIONS(134),
    [anon_sym_DASHN] = ACTIONS(134),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(134),
    [anon_sym_DASH_DASHnew] = ACTIONS(134),
    [anon_sym_DASHX] = ACTIONS(134),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(134),
    [anon_sym_DASHP] = ACTIONS(134),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(134),
    [anon_sym_DASHE] = ACTIONS(134),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(134),
    [anon_sym_DASHt] = ACTIONS(134),
    [anon_sym_DASH_DASHtable] = ACTIONS(134),
    [anon_sym_DASHm] = ACTIONS(134),
    [anon_sym_DASH_DASHmatch] = ACTIONS(134),
    [anon_sym_DASHj] = ACTIONS(134),
    [anon_sym_DASH_DASHjump] = ACTIONS(134),
    [anon_sym_DASHg] = ACTIONS(134),
    [anon_sym_DASH_DASHgoto] = ACTIONS(134),
    [sym_negation] = ACTIONS(132),
    [sym_option_name] = ACTIONS(134),
    [sym_argument] = ACTIONS(91),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(132),
  },
  [18] = {
    [aux_sym_operation_repeat1] = STATE(9),
    [ts_builtin_sym_end] = ACTIONS(136),
    [anon_sym_SEMI] = ACTIONS(136),
    [anon_sym_AMP_AMP] = ACTIONS(136),
    [anon_sym_PIPE_PIPE] = ACTIONS(136),
    [anon_sym_GT] = ACTIONS(138),
    [anon_sym_GT_GT] = ACTIONS(136),
    [anon_sym_LT] = ACTIONS(136),
    [anon_sym_2_GT] = ACTIONS(138),
    [anon_sym_2_GT_AMP1] = ACTIONS(136),
    [anon_sym_AMP_GT] = ACTIONS(136),
    [anon_sym_DASHA] = ACTIONS(138),
    [anon_sym_DASH_DASHappend] = ACTIONS(138),
    [anon_sym_DASHC] = ACTIONS(138),
    [anon_sym_DASH_DASHcheck] = ACTIONS(138),
    [anon_sym_DASHD] = ACTIONS(138),
    [anon_sym_DASH_DASHdelete] = ACTIONS(138),
    [anon_sym_DASHI] = ACTIONS(138),
    [anon_sym_DASH_DASHinsert] = ACTIONS(138),
    [anon_sym_DASHR] = ACTIONS(138),
    [anon_sym_DASH_DASHreplace] = ACTIONS(138),
    [anon_sym_DASHL] = ACTIONS(138),
    [anon_sym_DASH_DASHlist] = ACTIONS(138),
    [anon_sym_DASHS] = ACTIONS(138),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(138),
    [anon_sym_DASHF] = ACTIONS(138),
    [anon_sym_DASH_DASHflush] = ACTIONS(138),
    [anon_sym_DASHZ] = ACTIONS(138),
    [anon_sym_DASH_DASHzero] = ACTIONS(138),
    [anon_sym_DASHN] = ACTIONS(138),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(138),
    [anon_sym_DASH_DASHnew] = ACTIONS(138),
    [anon_sym_DASHX] = ACTIONS(138),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(138),
    [anon_sym_DASHP] = ACTIONS(138),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(138),
    [anon_sym_DASHE] = ACTIONS(138),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(138),
    [anon_sym_DASHt] = ACTIONS(138),
    [anon_sym_DASH_DASHtable] = ACTIONS(138),
    [anon_sym_DASHm] = ACTIONS(138),
    [anon_sym_DASH_DASHmatch] = ACTIONS(138),
    [anon_sym_DASHj] = ACTIONS(138),
    [anon_sym_DASH_DASHjump] = ACTIONS(138),
    [anon_sym_DASHg] = ACTIONS(138),
    [anon_sym_DASH_DASHgoto] = ACTIONS(138),
    [sym_negation] = ACTIONS(136),
    [sym_option_name] = ACTIONS(138),
    [sym_argument] = ACTIONS(91),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(136),
  },
  [19] = {
    [aux_sym_operation_repeat1] = STATE(9),
    [ts_builtin_sym_end] = ACTIONS(140),
    [anon_sym_SEMI] = ACTIONS(140),
    [anon_sym_AMP_AMP] = ACTIONS(140),
    [anon_sym_PIPE_PIPE] = ACTIONS(140),
    [anon_sym_GT] = ACTIONS(142),
    [anon_sym_GT_GT] = ACTIONS(140),
    [anon_sym_LT] = ACTIONS(140),
    [anon_sym_2_GT] = ACTIONS(142),
    [anon_sym_2_GT_AMP1] = ACTIONS(140),
    [anon_sym_AMP_GT] = ACTIONS(140),
    [anon_sym_DASHA] = ACTIONS(142),
    [anon_sym_DASH_DASHappend] = ACTIONS(142),
    [anon_sym_DASHC] = ACTIONS(142),
    [anon_sym_DASH_DASHcheck] = ACTIONS(142),
    [anon_sym_DASHD] = ACTIONS(142),
    [anon_sym_DASH_DASHdelete] = ACTIONS(142),
    [anon_sym_DASHI] = ACTIONS(142),
    [anon_sym_DASH_DASHinsert] = ACTIONS(142),
    [anon_sym_DASHR] = ACTIONS(142),
    [anon_sym_DASH_DASHreplace] = ACTIONS(142),
    [anon_sym_DASHL] = ACTIONS(142),
    [anon_sym_DASH_DASHlist] = ACTIONS(142),
    [anon_sym_DASHS] = ACTIONS(142),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(142),
    [anon_sym_DASHF] = ACTIONS(142),
    [anon_sym_DASH_DASHflush] = ACTIONS(142),
    [anon_sym_DASHZ] = ACTIONS(142),
    [anon_sym_DASH_DASHzero] = ACTIONS(142),
    [anon_sym_DASHN] = ACTIONS(142),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(142),
    [anon_sym_DASH_DASHnew] = ACTIONS(142),
    [anon_sym_DASHX] = ACTIONS(142),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(142),
    [anon_sym_DASHP] = ACTIONS(142),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(142),
    [anon_sym_DASHE] = ACTIONS(142),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(142),
    [anon_sym_DASHt] = ACTIONS(142),
    [anon_sym_DASH_DASHtable] = ACTIONS(142),
    [anon_sym_DASHm] = ACTIONS(142),
    [anon_sym_DASH_DASHmatch] = ACTIONS(142),
    [anon_sym_DASHj] = ACTIONS(142),
    [anon_sym_DASH_DASHjump] = ACTIONS(142),
    [anon_sym_DASHg] = ACTIONS(142),
    [anon_sym_DASH_DASHgoto] = ACTIONS(142),
    [sym_negation] = ACTIONS(140),
    [sym_option_name] = ACTIONS(142),
    [sym_argument] = ACTIONS(91),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(140),
  },
  [20] = {
    [ts_builtin_sym_end] = ACTIONS(144),
    [anon_sym_SEMI] = ACTIONS(144),
    [anon_sym_AMP_AMP] = ACTIONS(144),
    [anon_sym_PIPE_PIPE] = ACTIONS(144),
    [anon_sym_GT] = ACTIONS(146),
    [anon_sym_GT_GT] = ACTIONS(144),
    [anon_sym_LT] = ACTIONS(144),
    [anon_sym_2_GT] = ACTIONS(146),
    [anon_sym_2_GT_AMP1] = ACTIONS(144),
    [anon_sym_AMP_GT] = ACTIONS(144),
    [anon_sym_DASHA] = ACTIONS(146),
    [anon_sym_DASH_DASHappend] = ACTIONS(146),
    [anon_sym_DASHC] = ACTIONS(146),
    [anon_sym_DASH_DASHcheck] = ACTIONS(146),
    [anon_sym_DASHD] = ACTIONS(146),
    [anon_sym_DASH_DASHdelete] = ACTIONS(146),
    [anon_sym_DASHI] = ACTIONS(146),
    [anon_sym_DASH_DASHinsert] = ACTIONS(146),
    [anon_sym_DASHR] = ACTIONS(146),
    [anon_sym_DASH_DASHreplace] = ACTIONS(146),
    [anon_sym_DASHL] = ACTIONS(146),
    [anon_sym_DASH_DASHlist] = ACTIONS(146),
    [anon_sym_DASHS] = ACTIONS(146),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(146),
    [anon_sym_DASHF] = ACTIONS(146),
    [anon_sym_DASH_DASHflush] = ACTIONS(146),
    [anon_sym_DASHZ] = ACTIONS(146),
    [anon_sym_DASH_DASHzero] = ACTIONS(146),
    [anon_sym_DASHN] = ACTIONS(146),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(146),
    [anon_sym_DASH_DASHnew] = ACTIONS(146),
    [anon_sym_DASHX] = ACTIONS(146),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(146),
    [anon_sym_DASHP] = ACTIONS(146),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(146),
    [anon_sym_DASHE] = ACTIONS(146),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(146),
    [anon_sym_DASHt] = ACTIONS(146),
    [anon_sym_DASH_DASHtable] = ACTIONS(146),
    [anon_sym_DASHm] = ACTIONS(146),
    [anon_sym_DASH_DASHmatch] = ACTIONS(146),
    [anon_sym_DASHj] = ACTIONS(146),
    [anon_sym_DASH_DASHjump] = ACTIONS(146),
    [anon_sym_DASHg] = ACTIONS(146),
    [anon_sym_DASH_DASHgoto] = ACTIONS(146),
    [sym_negation] = ACTIONS(144),
    [sym_option_name] = ACTIONS(146),
    [sym_argument] = ACTIONS(148),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(144),
  },
  [21] = {
    [ts_builtin_sym_end] = ACTIONS(150),
    [anon_sym_SEMI] = ACTIONS(150),
    [anon_sym_AMP_AMP] = ACTIONS(150),
    [anon_sym_PIPE_PIPE] = ACTIONS(150),
    [anon_sym_GT] = ACTIONS(152),
    [anon_sym_GT_GT] = ACTIONS(150),
    [anon_sym_LT] = ACTIONS(150),
    [anon_sym_2_GT] = ACTIONS(152),
    [anon_sym_2_GT_AMP1] = ACTIONS(150),
    [anon_sym_AMP_GT] = ACTIONS(150),
    [anon_sym_DASHA] = ACTIONS(152),
    [anon_sym_DASH_DASHappend] = ACTIONS(152),
    [anon_sym_DASHC] = ACTIONS(152),
    [anon_sym_DASH_DASHcheck] = ACTIONS(152),
    [anon_sym_DASHD] = ACTIONS(152),
    [anon_sym_DASH_DASHdelete] = ACTIONS(152),
    [anon_sym_DASHI] = ACTIONS(152),
    [anon_sym_DASH_DASHinsert] = ACTIONS(152),
    [anon_sym_DASHR] = ACTIONS(152),
    [anon_sym_DASH_DASHreplace] = ACTIONS(152),
    [anon_sym_DASHL] = ACTIONS(152),
    [anon_sym_DASH_DASHlist] = ACTIONS(152),
    [anon_sym_DASHS] = ACTIONS(152),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(152),
    [anon_sym_DASHF] = ACTIONS(152),
    [anon_sym_DASH_DASHflush] = ACTIONS(152),
    [anon_sym_DASHZ] = ACTIONS(152),
    [anon_sym_DASH_DASHzero] = ACTIONS(152),
    [anon_sym_DASHN] = ACTIONS(152),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(152),
    [anon_sym_DASH_DASHnew] = ACTIONS(152),
    [anon_sym_DASHX] = ACTIONS(152),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(152),
    [anon_sym_DASHP] = ACTIONS(152),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(152),
    [anon_sym_DASHE] = ACTIONS(152),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(152),
    [anon_sym_DASHt] = ACTIONS(152),
    [anon_sym_DASH_DASHtable] = ACTIONS(152),
    [anon_sym_DASHm] = ACTIONS(152),
    [anon_sym_DASH_DASHmatch] = ACTIONS(152),
    [anon_sym_DASHj] = ACTIONS(152),
    [anon_sym_DASH_DASHjump] = ACTIONS(152),
    [anon_sym_DASHg] = ACTIONS(152),
    [anon_sym_DASH_DASHgoto] = ACTIONS(152),
    [sym_negation] = ACTIONS(150),
    [sym_option_name] = ACTIONS(152),
    [sym_argument] = ACTIONS(152),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(150),
  },
  [22] = {
    [ts_builtin_sym_end] = ACTIONS(154),
    [anon_sym_SEMI] = ACTIONS(154),
    [anon_sym_AMP_AMP] = ACTIONS(154),
    [anon_sym_PIPE_PIPE] = ACTIONS(154),
    [anon_sym_GT] = ACTIONS(156),
    [anon_sym_GT_GT] = ACTIONS(154),
    [anon_sym_LT] = ACTIONS(154),
    [anon_sym_2_GT] = ACTIONS(156),
    [anon_sym_2_GT_AMP1] = ACTIONS(154),
    [anon_sym_AMP_GT] = ACTIONS(154),
    [anon_sym_DASHA] = ACTIONS(156),
    [anon_sym_DASH_DASHappend] = ACTIONS(156),
    [anon_sym_DASHC] = ACTIONS(156),
    [anon_sym_DASH_DASHcheck] = ACTIONS(156),
    [anon_sym_DASHD] = ACTIONS(156),
    [anon_sym_DASH_DASHdelete] = ACTIONS(156),
    [anon_sym_DASHI] = ACTIONS(156),
    [anon_sym_DASH_DASHinsert] = ACTIONS(156),
    [anon_sym_DASHR] = ACTIONS(156),
    [anon_sym_DASH_DASHreplace] = ACTIONS(156),
    [anon_sym_DASHL] = ACTIONS(156),
    [anon_sym_DASH_DASHlist] = ACTIONS(156),
    [anon_sym_DASHS] = ACTIONS(156),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(156),
    [anon_sym_DASHF] = ACTIONS(156),
    [anon_sym_DASH_DASHflush] = ACTIONS(156),
    [anon_sym_DASHZ] = ACTIONS(156),
    [anon_sym_DASH_DASHzero] = ACTIONS(156),
    [anon_sym_DASHN] = ACTIONS(156),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(156),
    [anon_sym_DASH_DASHnew] = ACTIONS(156),
    [anon_sym_DASHX] = ACTIONS(156),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(156),
    [anon_sym_DASHP] = ACTIONS(156),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(156),
    [anon_sym_DASHE] = ACTIONS(156),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(156),
    [anon_sym_DASHt] = ACTIONS(156),
    [anon_sym_DASH_DASHtable] = ACTIONS(156),
    [anon_sym_DASHm] = ACTIONS(156),
    [anon_sym_DASH_DASHmatch] = ACTIONS(156),
    [anon_sym_DASHj] = ACTIONS(156),
    [anon_sym_DASH_DASHjump] = ACTIONS(156),
    [anon_sym_DASHg] = ACTIONS(156),
    [anon_sym_DASH_DASHgoto] = ACTIONS(156),
    [sym_negation] = ACTIONS(154),
    [sym_option_name] = ACTIONS(156),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(154),
  },
  [23] = {
    [ts_builtin_sym_end] = ACTIONS(158),
    [anon_sym_SEMI] = ACTIONS(158),
    [anon_sym_AMP_AMP] = ACTIONS(158),
    [anon_sym_PIPE_PIPE] = ACTIONS(158),
    [sym_sudo] = ACTIONS(158),
    [sym_binary] = ACTIONS(158),
    [anon_sym_DASHA] = ACTIONS(160),
    [anon_sym_DASH_DASHappend] = ACTIONS(160),
    [anon_sym_DASHC] = ACTIONS(160),
    [anon_sym_DASH_DASHcheck] = ACTIONS(160),
    [anon_sym_DASHD] = ACTIONS(160),
    [anon_sym_DASH_DASHdelete] = ACTIONS(160),
    [anon_sym_DASHI] = ACTIONS(160),
    [anon_sym_DASH_DASHinsert] = ACTIONS(160),
    [anon_sym_DASHR] = ACTIONS(160),
    [anon_sym_DASH_DASHreplace] = ACTIONS(160),
    [anon_sym_DASHL] = ACTIONS(160),
    [anon_sym_DASH_DASHlist] = ACTIONS(160),
    [anon_sym_DASHS] = ACTIONS(160),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(160),
    [anon_sym_DASHF] = ACTIONS(160),
    [anon_sym_DASH_DASHflush] = ACTIONS(160),
    [anon_sym_DASHZ] = ACTIONS(160),
    [anon_sym_DASH_DASHzero] = ACTIONS(160),
    [anon_sym_DASHN] = ACTIONS(160),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(160),
    [anon_sym_DASH_DASHnew] = ACTIONS(160),
    [anon_sym_DASHX] = ACTIONS(160),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(160),
    [anon_sym_DASHP] = ACTIONS(160),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(160),
    [anon_sym_DASHE] = ACTIONS(160),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(160),
    [anon_sym_DASHt] = ACTIONS(160),
    [anon_sym_DASH_DASHtable] = ACTIONS(160),
    [anon_sym_DASHm] = ACTIONS(160),
    [anon_sym_DASH_DASHmatch] = ACTIONS(160),
    [anon_sym_DASHj] = ACTIONS(160),
    [anon_sym_DASH_DASHjump] = ACTIONS(160),
    [anon_sym_DASHg] = ACTIONS(160),
    [anon_sym_DASH_DASHgoto] = ACTIONS(160),
    [sym_negation] = ACTIONS(158),
    [sym_option_name] = ACTIONS(160),
    [anon_sym_STAR] = ACTIONS(158),
    [anon_sym_COLON] = ACTIONS(158),
    [sym_counters] = ACTIONS(158),
    [sym_commit] = ACTIONS(158),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(158),
  },
  [24] = {
    [ts_builtin_sym_end] = ACTIONS(162),
    [anon_sym_SEMI] = ACTIONS(162),
    [anon_sym_AMP_AMP] = ACTIONS(162),
    [anon_sym_PIPE_PIPE] = ACTIONS(162),
    [anon_sym_GT] = ACTIONS(164),
    [anon_sym_GT_GT] = ACTIONS(162),
    [anon_sym_LT] = ACTIONS(162),
    [anon_sym_2_GT] = ACTIONS(164),
    [anon_sym_2_GT_AMP1] = ACTIONS(162),
    [anon_sym_AMP_GT] = ACTIONS(162),
    [anon_sym_DASHA] = ACTIONS(164),
    [anon_sym_DASH_DASHappend] = ACTIONS(164),
    [anon_sym_DASHC] = ACTIONS(164),
    [anon_sym_DASH_DASHcheck] = ACTIONS(164),
    [anon_sym_DASHD] = ACTIONS(164),
    [anon_sym_DASH_DASHdelete] = ACTIONS(164),
    [anon_sym_DASHI] = ACTIONS(164),
    [anon_sym_DASH_DASHinsert] = ACTIONS(164),
    [anon_sym_DASHR] = ACTIONS(164),
    [anon_sym_DASH_DASHreplace] = ACTIONS(164),
    [anon_sym_DASHL] = ACTIONS(164),
    [anon_sym_DASH_DASHlist] = ACTIONS(164),
    [anon_sym_DASHS] = ACTIONS(164),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(164),
    [anon_sym_DASHF] = ACTIONS(164),
    [anon_sym_DASH_DASHflush] = ACTIONS(164),
    [anon_sym_DASHZ] = ACTIONS(164),
    [anon_sym_DASH_DASHzero] = ACTIONS(164),
    [anon_sym_DASHN] = ACTIONS(164),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(164),
    [anon_sym_DASH_DASHnew] = ACTIONS(164),
    [anon_sym_DASHX] = ACTIONS(164),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(164),
    [anon_sym_DASHP] = ACTIONS(164),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(164),
    [anon_sym_DASHE] = ACTIONS(164),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(164),
    [anon_sym_DASHt] = ACTIONS(164),
    [anon_sym_DASH_DASHtable] = ACTIONS(164),
    [anon_sym_DASHm] = ACTIONS(164),
    [anon_sym_DASH_DASHmatch] = ACTIONS(164),
    [anon_sym_DASHj] = ACTIONS(164),
    [anon_sym_DASH_DASHjump] = ACTIONS(164),
    [anon_sym_DASHg] = ACTIONS(164),
    [anon_sym_DASH_DASHgoto] = ACTIONS(164),
    [sym_negation] = ACTIONS(162),
    [sym_option_name] = ACTIONS(164),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(162),
  },
  [25] = {
    [ts_builtin_sym_end] = ACTIONS(166),
    [anon_sym_SEMI] = ACTIONS(166),
    [anon_sym_AMP_AMP] = ACTIONS(166),
    [anon_sym_PIPE_PIPE] = ACTIONS(166),
    [anon_sym_GT] = ACTIONS(168),
    [anon_sym_GT_GT] = ACTIONS(166),
    [anon_sym_LT] = ACTIONS(166),
    [anon_sym_2_GT] = ACTIONS(168),
    [anon_sym_2_GT_AMP1] = ACTIONS(166),
    [anon_sym_AMP_GT] = ACTIONS(166),
    [anon_sym_DASHA] = ACTIONS(168),
    [anon_sym_DASH_DASHappend] = ACTIONS(168),
    [anon_sym_DASHC] = ACTIONS(168),
    [anon_sym_DASH_DASHcheck] = ACTIONS(168),
    [anon_sym_DASHD] = ACTIONS(168),
    [anon_sym_DASH_DASHdelete] = ACTIONS(168),
    [anon_sym_DASHI] = ACTIONS(168),
    [anon_sym_DASH_DASHinsert] = ACTIONS(168),
    [anon_sym_DASHR] = ACTIONS(168),
    [anon_sym_DASH_DASHreplace] = ACTIONS(168),
    [anon_sym_DASHL] = ACTIONS(168),
    [anon_sym_DASH_DASHlist] = ACTIONS(168),
    [anon_sym_DASHS] = ACTIONS(168),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(168),
    [anon_sym_DASHF] = ACTIONS(168),
    [anon_sym_DASH_DASHflush] = ACTIONS(168),
    [anon_sym_DASHZ] = ACTIONS(168),
    [anon_sym_DASH_DASHzero] = ACTIONS(168),
    [anon_sym_DASHN] = ACTIONS(168),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(168),
    [anon_sym_DASH_DASHnew] = ACTIONS(168),
    [anon_sym_DASHX] = ACTIONS(168),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(168),
    [anon_sym_DASHP] = ACTIONS(168),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(168),
    [anon_sym_DASHE] = ACTIONS(168),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(168),
    [anon_sym_DASHt] = ACTIONS(168),
    [anon_sym_DASH_DASHtable] = ACTIONS(168),
    [anon_sym_DASHm] = ACTIONS(168),
    [anon_sym_DASH_DASHmatch] = ACTIONS(168),
    [anon_sym_DASHj] = ACTIONS(168),
    [anon_sym_DASH_DASHjump] = ACTIONS(168),
    [anon_sym_DASHg] = ACTIONS(168),
    [anon_sym_DASH_DASHgoto] = ACTIONS(168),
    [sym_negation] = ACTIONS(166),
    [sym_option_name] = ACTIONS(168),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(166),
  },
  [26] = {
    [ts_builtin_sym_end] = ACTIONS(170),
    [anon_sym_SEMI] = ACTIONS(170),
    [anon_sym_AMP_AMP] = ACTIONS(170),
    [anon_sym_PIPE_PIPE] = ACTIONS(170),
    [anon_sym_GT] = ACTIONS(172),
    [anon_sym_GT_GT] = ACTIONS(170),
    [anon_sym_LT] = ACTIONS(170),
    [anon_sym_2_GT] = ACTIONS(172),
    [anon_sym_2_GT_AMP1] = ACTIONS(170),
    [anon_sym_AMP_GT] = ACTIONS(170),
    [anon_sym_DASHA] = ACTIONS(172),
    [anon_sym_DASH_DASHappend] = ACTIONS(172),
    [anon_sym_DASHC] = ACTIONS(172),
    [anon_sym_DASH_DASHcheck] = ACTIONS(172),
    [anon_sym_DASHD] = ACTIONS(172),
    [anon_sym_DASH_DASHdelete] = ACTIONS(172),
    [anon_sym_DASHI] = ACTIONS(172),
    [anon_sym_DASH_DASHinsert] = ACTIONS(172),
    [anon_sym_DASHR] = ACTIONS(172),
    [anon_sym_DASH_DASHreplace] = ACTIONS(172),
    [anon_sym_DASHL] = ACTIONS(172),
    [anon_sym_DASH_DASHlist] = ACTIONS(172),
    [anon_sym_DASHS] = ACTIONS(172),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(172),
    [anon_sym_DASHF] = ACTIONS(172),
    [anon_sym_DASH_DASHflush] = ACTIONS(172),
    [anon_sym_DASHZ] = ACTIONS(172),
    [anon_sym_DASH_DASHzero] = ACTIONS(172),
    [anon_sym_DASHN] = ACTIONS(172),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(172),
    [anon_sym_DASH_DASHnew] = ACTIONS(172),
    [anon_sym_DASHX] = ACTIONS(172),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(172),
    [anon_sym_DASHP] = ACTIONS(172),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(172),
    [anon_sym_DASHE] = ACTIONS(172),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(172),
    [anon_sym_DASHt] = ACTIONS(172),
    [anon_sym_DASH_DASHtable] = ACTIONS(172),
    [anon_sym_DASHm] = ACTIONS(172),
    [anon_sym_DASH_DASHmatch] = ACTIONS(172),
    [anon_sym_DASHj] = ACTIONS(172),
    [anon_sym_DASH_DASHjump] = ACTIONS(172),
    [anon_sym_DASHg] = ACTIONS(172),
    [anon_sym_DASH_DASHgoto] = ACTIONS(172),
    [sym_negation] = ACTIONS(170),
    [sym_option_name] = ACTIONS(172),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(170),
  },
  [27] = {
    [sym__item] = STATE(11),
    [sym_operation] = STATE(11),
    [sym_table_option] = STATE(11),
    [sym_match_module] = STATE(11),
    [sym_jump] = STATE(11),
    [sym_goto] = STATE(11),
    [sym_option] = STATE(11),
    [aux_sym_command_repeat1] = STATE(11),
    [anon_sym_DASHA] = ACTIONS(13),
    [anon_sym_DASH_DASHappend] = ACTIONS(13),
    [anon_sym_DASHC] = ACTIONS(13),
    [anon_sym_DASH_DASHcheck] = ACTIONS(13),
    [anon_sym_DASHD] = ACTIONS(13),
    [anon_sym_DASH_DASHdelete] = ACTIONS(13),
    [anon_sym_DASHI] = ACTIONS(13),
    [anon_sym_DASH_DASHinsert] = ACTIONS(13),
    [anon_sym_DASHR] = ACTIONS(13),
    [anon_sym_DASH_DASHreplace] = ACTIONS(13),
    [anon_sym_DASHL] = ACTIONS(13),
    [anon_sym_DASH_DASHlist] = ACTIONS(13),
    [anon_sym_DASHS] = ACTIONS(13),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(13),
    [anon_sym_DASHF] = ACTIONS(13),
    [anon_sym_DASH_DASHflush] = ACTIONS(13),
    [anon_sym_DASHZ] = ACTIONS(13),
    [anon_sym_DASH_DASHzero] = ACTIONS(13),
    [anon_sym_DASHN] = ACTIONS(13),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(13),
    [anon_sym_DASH_DASHnew] = ACTIONS(13),
    [anon_sym_DASHX] = ACTIONS(13),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(13),
    [anon_sym_DASHP] = ACTIONS(13),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(13),
    [anon_sym_DASHE] = ACTIONS(13),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(13),
    [anon_sym_DASHt] = ACTIONS(15),
    [anon_sym_DASH_DASHtable] = ACTIONS(15),
    [anon_sym_DASHm] = ACTIONS(17),
    [anon_sym_DASH_DASHmatch] = ACTIONS(17),
    [anon_sym_DASHj] = ACTIONS(19),
    [anon_sym_DASH_DASHjump] = ACTIONS(19),
    [anon_sym_DASHg] = ACTIONS(21),
    [anon_sym_DASH_DASHgoto] = ACTIONS(21),
    [sym_negation] = ACTIONS(23),
    [sym_option_name] = ACTIONS(25),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
  },
  [28] = {
    [aux_sym_operation_repeat1] = STATE(31),
    [ts_builtin_sym_end] = ACTIONS(117),
    [anon_sym_SEMI] = ACTIONS(117),
    [anon_sym_AMP_AMP] = ACTIONS(117),
    [anon_sym_PIPE_PIPE] = ACTIONS(117),
    [anon_sym_DASHA] = ACTIONS(119),
    [anon_sym_DASH_DASHappend] = ACTIONS(119),
    [anon_sym_DASHC] = ACTIONS(119),
    [anon_sym_DASH_DASHcheck] = ACTIONS(119),
    [anon_sym_DASHD] = ACTIONS(119),
    [anon_sym_DASH_DASHdelete] = ACTIONS(119),
    [anon_sym_DASHI] = ACTIONS(119),
    [anon_sym_DASH_DASHinsert] = ACTIONS(119),
    [anon_sym_DASHR] = ACTIONS(119),
    [anon_sym_DASH_DASHreplace] = ACTIONS(119),
    [anon_sym_DASHL] = ACTIONS(119),
    [anon_sym_DASH_DASHlist] = ACTIONS(119),
    [anon_sym_DASHS] = ACTIONS(119),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(119),
    [anon_sym_DASHF] = ACTIONS(119),
    [anon_sym_DASH_DASHflush] = ACTIONS(119),
    [anon_sym_DASHZ] = ACTIONS(119),
    [anon_sym_DASH_DASHzero] = ACTIONS(119),
    [anon_sym_DASHN] = ACTIONS(119),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(119),
    [anon_sym_DASH_DASHnew] = ACTIONS(119),
    [anon_sym_DASHX] = ACTIONS(119),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(119),
    [anon_sym_DASHP] = ACTIONS(119),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(119),
    [anon_sym_DASHE] = ACTIONS(119),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(119),
    [anon_sym_DASHt] = ACTIONS(119),
    [anon_sym_DASH_DASHtable] = ACTIONS(119),
    [anon_sym_DASHm] = ACTIONS(119),
    [anon_sym_DASH_DASHmatch] = ACTIONS(119),
    [anon_sym_DASHj] = ACTIONS(119),
    [anon_sym_DASH_DASHjump] = ACTIONS(119),
    [anon_sym_DASHg] = ACTIONS(119),
    [anon_sym_DASH_DASHgoto] = ACTIONS(119),
    [sym_negation] = ACTIONS(174),
    [sym_option_name] = ACTIONS(119),
    [sym_argument] = ACTIONS(177),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(117),
  },
  [29] = {
    [aux_sym_operation_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(124),
    [anon_sym_SEMI] = ACTIONS(124),
    [anon_sym_AMP_AMP] = ACTIONS(124),
    [anon_sym_PIPE_PIPE] = ACTIONS(124),
    [anon_sym_DASHA] = ACTIONS(126),
    [anon_sym_DASH_DASHappend] = ACTIONS(126),
    [anon_sym_DASHC] = ACTIONS(126),
    [anon_sym_DASH_DASHcheck] = ACTIONS(126),
    [anon_sym_DASHD] = ACTIONS(126),
    [anon_sym_DASH_DASHdelete] = ACTIONS(126),
    [anon_sym_DASHI] = ACTIONS(126),
    [anon_sym_DASH_DASHinsert] = ACTIONS(126),
    [anon_sym_DASHR] = ACTIONS(126),
    [anon_sym_DASH_DASHreplace] = ACTIONS(126),
    [anon_sym_DASHL] = ACTIONS(126),
    [anon_sym_DASH_DASHlist] = ACTIONS(126),
    [anon_sym_DASHS] = ACTIONS(126),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(126),
    [anon_sym_DASHF] = ACTIONS(126),
    [anon_sym_DASH_DASHflush] = ACTIONS(126),
    [anon_sym_DASHZ] = ACTIONS(126),
    [anon_sym_DASH_DASHzero] = ACTIONS(126),
    [anon_sym_DASHN] = ACTIONS(126),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(126),
    [anon_sym_DASH_DASHnew] = ACTIONS(126),
    [anon_sym_DASHX] = ACTIONS(126),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(126),
    [anon_sym_DASHP] = ACTIONS(126),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(126),
    [anon_sym_DASHE] = ACTIONS(126),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(126),
    [anon_sym_DASHt] = ACTIONS(126),
    [anon_sym_DASH_DASHtable] = ACTIONS(126),
    [anon_sym_DASHm] = ACTIONS(126),
    [anon_sym_DASH_DASHmatch] = ACTIONS(126),
    [anon_sym_DASHj] = ACTIONS(126),
    [anon_sym_DASH_DASHjump] = ACTIONS(126),
    [anon_sym_DASHg] = ACTIONS(126),
    [anon_sym_DASH_DASHgoto] = ACTIONS(126),
    [sym_negation] = ACTIONS(124),
    [sym_option_name] = ACTIONS(126),
    [sym_argument] = ACTIONS(177),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(124),
  },
  [30] = {
    [aux_sym_operation_repeat1] = STATE(29),
    [ts_builtin_sym_end] = ACTIONS(84),
    [anon_sym_SEMI] = ACTIONS(84),
    [anon_sym_AMP_AMP] = ACTIONS(84),
    [anon_sym_PIPE_PIPE] = ACTIONS(84),
    [anon_sym_DASHA] = ACTIONS(86),
    [anon_sym_DASH_DASHappend] = ACTIONS(86),
    [anon_sym_DASHC] = ACTIONS(86),
    [anon_sym_DASH_DASHcheck] = ACTIONS(86),
    [anon_sym_DASHD] = ACTIONS(86),
    [anon_sym_DASH_DASHdelete] = ACTIONS(86),
    [anon_sym_DASHI] = ACTIONS(86),
    [anon_sym_DASH_DASHinsert] = ACTIONS(86),
    [anon_sym_DASHR] = ACTIONS(86),
    [anon_sym_DASH_DASHreplace] = ACTIONS(86),
    [anon_sym_DASHL] = ACTIONS(86),
    [anon_sym_DASH_DASHlist] = ACTIONS(86),
    [anon_sym_DASHS] = ACTIONS(86),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(86),
    [anon_sym_DASHF] = ACTIONS(86),
    [anon_sym_DASH_DASHflush] = ACTIONS(86),
    [anon_sym_DASHZ] = ACTIONS(86),
    [anon_sym_DASH_DASHzero] = ACTIONS(86),
    [anon_sym_DASHN] = ACTIONS(86),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(86),
    [anon_sym_DASH_DASHnew] = ACTIONS(86),
    [anon_sym_DASHX] = ACTIONS(86),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(86),
    [anon_sym_DASHP] = ACTIONS(86),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(86),
    [anon_sym_DASHE] = ACTIONS(86),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(86),
    [anon_sym_DASHt] = ACTIONS(86),
    [anon_sym_DASH_DASHtable] = ACTIONS(86),
    [anon_sym_DASHm] = ACTIONS(86),
    [anon_sym_DASH_DASHmatch] = ACTIONS(86),
    [anon_sym_DASHj] = ACTIONS(86),
    [anon_sym_DASH_DASHjump] = ACTIONS(86),
    [anon_sym_DASHg] = ACTIONS(86),
    [anon_sym_DASH_DASHgoto] = ACTIONS(86),
    [sym_negation] = ACTIONS(179),
    [sym_option_name] = ACTIONS(86),
    [sym_argument] = ACTIONS(177),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(84),
  },
  [31] = {
    [aux_sym_operation_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(132),
    [anon_sym_SEMI] = ACTIONS(132),
    [anon_sym_AMP_AMP] = ACTIONS(132),
    [anon_sym_PIPE_PIPE] = ACTIONS(132),
    [anon_sym_DASHA] = ACTIONS(134),
    [anon_sym_DASH_DASHappend] = ACTIONS(134),
    [anon_sym_DASHC] = ACTIONS(134),
    [anon_sym_DASH_DASHcheck] = ACTIONS(134),
    [anon_sym_DASHD] = ACTIONS(134),
    [anon_sym_DASH_DASHdelete] = ACTIONS(134),
    [anon_sym_DASHI] = ACTIONS(134),
    [anon_sym_DASH_DASHinsert] = ACTIONS(134),
    [anon_sym_DASHR] = ACTIONS(134),
    [anon_sym_DASH_DASHreplace] = ACTIONS(134),
    [anon_sym_DASHL] = ACTIONS(134),
    [anon_sym_DASH_DASHlist] = ACTIONS(134),
    [anon_sym_DASHS] = ACTIONS(134),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(134),
    [anon_sym_DASHF] = ACTIONS(134),
    [anon_sym_DASH_DASHflush] = ACTIONS(134),
    [anon_sym_DASHZ] = ACTIONS(134),
    [anon_sym_DASH_DASHzero] = ACTIONS(134),
    [anon_sym_DASHN] = ACTIONS(134),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(134),
    [anon_sym_DASH_DASHnew] = ACTIONS(134),
    [anon_sym_DASHX] = ACTIONS(134),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(134),
    [anon_sym_DASHP] = ACTIONS(134),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(134),
    [anon_sym_DASHE] = ACTIONS(134),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(134),
    [anon_sym_DASHt] = ACTIONS(134),
    [anon_sym_DASH_DASHtable] = ACTIONS(134),
    [anon_sym_DASHm] = ACTIONS(134),
    [anon_sym_DASH_DASHmatch] = ACTIONS(134),
    [anon_sym_DASHj] = ACTIONS(134),
    [anon_sym_DASH_DASHjump] = ACTIONS(134),
    [anon_sym_DASHg] = ACTIONS(134),
    [anon_sym_DASH_DASHgoto] = ACTIONS(134),
    [sym_negation] = ACTIONS(132),
    [sym_option_name] = ACTIONS(134),
    [sym_argument] = ACTIONS(177),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(132),
  },
  [32] = {
    [aux_sym_operation_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(128),
    [anon_sym_SEMI] = ACTIONS(128),
    [anon_sym_AMP_AMP] = ACTIONS(128),
    [anon_sym_PIPE_PIPE] = ACTIONS(128),
    [anon_sym_DASHA] = ACTIONS(130),
    [anon_sym_DASH_DASHappend] = ACTIONS(130),
    [anon_sym_DASHC] = ACTIONS(130),
    [anon_sym_DASH_DASHcheck] = ACTIONS(130),
    [anon_sym_DASHD] = ACTIONS(130),
    [anon_sym_DASH_DASHdelete] = ACTIONS(130),
    [anon_sym_DASHI] = ACTIONS(130),
    [anon_sym_DASH_DASHinsert] = ACTIONS(130),
    [anon_sym_DASHR] = ACTIONS(130),
    [anon_sym_DASH_DASHreplace] = ACTIONS(130),
    [anon_sym_DASHL] = ACTIONS(130),
    [anon_sym_DASH_DASHlist] = ACTIONS(130),
    [anon_sym_DASHS] = ACTIONS(130),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(130),
    [anon_sym_DASHF] = ACTIONS(130),
    [anon_sym_DASH_DASHflush] = ACTIONS(130),
    [anon_sym_DASHZ] = ACTIONS(130),
    [anon_sym_DASH_DASHzero] = ACTIONS(130),
    [anon_sym_DASHN] = ACTIONS(130),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(130),
    [anon_sym_DASH_DASHnew] = ACTIONS(130),
    [anon_sym_DASHX] = ACTIONS(130),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(130),
    [anon_sym_DASHP] = ACTIONS(130),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(130),
    [anon_sym_DASHE] = ACTIONS(130),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(130),
    [anon_sym_DASHt] = ACTIONS(130),
    [anon_sym_DASH_DASHtable] = ACTIONS(130),
    [anon_sym_DASHm] = ACTIONS(130),
    [anon_sym_DASH_DASHmatch] = ACTIONS(130),
    [anon_sym_DASHj] = ACTIONS(130),
    [anon_sym_DASH_DASHjump] = ACTIONS(130),
    [anon_sym_DASHg] = ACTIONS(130),
    [anon_sym_DASH_DASHgoto] = ACTIONS(130),
    [sym_negation] = ACTIONS(128),
    [sym_option_name] = ACTIONS(130),
    [sym_argument] = ACTIONS(177),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(128),
  },
  [33] = {
    [aux_sym_operation_repeat1] = STATE(32),
    [ts_builtin_sym_end] = ACTIONS(113),
    [anon_sym_SEMI] = ACTIONS(113),
    [anon_sym_AMP_AMP] = ACTIONS(113),
    [anon_sym_PIPE_PIPE] = ACTIONS(113),
    [anon_sym_DASHA] = ACTIONS(115),
    [anon_sym_DASH_DASHappend] = ACTIONS(115),
    [anon_sym_DASHC] = ACTIONS(115),
    [anon_sym_DASH_DASHcheck] = ACTIONS(115),
    [anon_sym_DASHD] = ACTIONS(115),
    [anon_sym_DASH_DASHdelete] = ACTIONS(115),
    [anon_sym_DASHI] = ACTIONS(115),
    [anon_sym_DASH_DASHinsert] = ACTIONS(115),
    [anon_sym_DASHR] = ACTIONS(115),
    [anon_sym_DASH_DASHreplace] = ACTIONS(115),
    [anon_sym_DASHL] = ACTIONS(115),
    [anon_sym_DASH_DASHlist] = ACTIONS(115),
    [anon_sym_DASHS] = ACTIONS(115),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(115),
    [anon_sym_DASHF] = ACTIONS(115),
    [anon_sym_DASH_DASHflush] = ACTIONS(115),
    [anon_sym_DASHZ] = ACTIONS(115),
    [anon_sym_DASH_DASHzero] = ACTIONS(115),
    [anon_sym_DASHN] = ACTIONS(115),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(115),
    [anon_sym_DASH_DASHnew] = ACTIONS(115),
    [anon_sym_DASHX] = ACTIONS(115),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(115),
    [anon_sym_DASHP] = ACTIONS(115),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(115),
    [anon_sym_DASHE] = ACTIONS(115),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(115),
    [anon_sym_DASHt] = ACTIONS(115),
    [anon_sym_DASH_DASHtable] = ACTIONS(115),
    [anon_sym_DASHm] = ACTIONS(115),
    [anon_sym_DASH_DASHmatch] = ACTIONS(115),
    [anon_sym_DASHj] = ACTIONS(115),
    [anon_sym_DASH_DASHjump] = ACTIONS(115),
    [anon_sym_DASHg] = ACTIONS(115),
    [anon_sym_DASH_DASHgoto] = ACTIONS(115),
    [sym_negation] = ACTIONS(113),
    [sym_option_name] = ACTIONS(115),
    [sym_argument] = ACTIONS(177),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(113),
  },
  [34] = {
    [aux_sym_operation_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(136),
    [anon_sym_SEMI] = ACTIONS(136),
    [anon_sym_AMP_AMP] = ACTIONS(136),
    [anon_sym_PIPE_PIPE] = ACTIONS(136),
    [anon_sym_DASHA] = ACTIONS(138),
    [anon_sym_DASH_DASHappend] = ACTIONS(138),
    [anon_sym_DASHC] = ACTIONS(138),
    [anon_sym_DASH_DASHcheck] = ACTIONS(138),
    [anon_sym_DASHD] = ACTIONS(138),
    [anon_sym_DASH_DASHdelete] = ACTIONS(138),
    [anon_sym_DASHI] = ACTIONS(138),
    [anon_sym_DASH_DASHinsert] = ACTIONS(138),
    [anon_sym_DASHR] = ACTIONS(138),
    [anon_sym_DASH_DASHreplace] = ACTIONS(138),
    [anon_sym_DASHL] = ACTIONS(138),
    [anon_sym_DASH_DASHlist] = ACTIONS(138),
    [anon_sym_DASHS] = ACTIONS(138),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(138),
    [anon_sym_DASHF] = ACTIONS(138),
    [anon_sym_DASH_DASHflush] = ACTIONS(138),
    [anon_sym_DASHZ] = ACTIONS(138),
    [anon_sym_DASH_DASHzero] = ACTIONS(138),
    [anon_sym_DASHN] = ACTIONS(138),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(138),
    [anon_sym_DASH_DASHnew] = ACTIONS(138),
    [anon_sym_DASHX] = ACTIONS(138),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(138),
    [anon_sym_DASHP] = ACTIONS(138),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(138),
    [anon_sym_DASHE] = ACTIONS(138),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(138),
    [anon_sym_DASHt] = ACTIONS(138),
    [anon_sym_DASH_DASHtable] = ACTIONS(138),
    [anon_sym_DASHm] = ACTIONS(138),
    [anon_sym_DASH_DASHmatch] = ACTIONS(138),
    [anon_sym_DASHj] = ACTIONS(138),
    [anon_sym_DASH_DASHjump] = ACTIONS(138),
    [anon_sym_DASHg] = ACTIONS(138),
    [anon_sym_DASH_DASHgoto] = ACTIONS(138),
    [sym_negation] = ACTIONS(136),
    [sym_option_name] = ACTIONS(138),
    [sym_argument] = ACTIONS(177),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(136),
  },
  [35] = {
    [aux_sym_operation_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(140),
    [anon_sym_SEMI] = ACTIONS(140),
    [anon_sym_AMP_AMP] = ACTIONS(140),
    [anon_sym_PIPE_PIPE] = ACTIONS(140),
    [anon_sym_DASHA] = ACTIONS(142),
    [anon_sym_DASH_DASHappend] = ACTIONS(142),
    [anon_sym_DASHC] = ACTIONS(142),
    [anon_sym_DASH_DASHcheck] = ACTIONS(142),
    [anon_sym_DASHD] = ACTIONS(142),
    [anon_sym_DASH_DASHdelete] = ACTIONS(142),
    [anon_sym_DASHI] = ACTIONS(142),
    [anon_sym_DASH_DASHinsert] = ACTIONS(142),
    [anon_sym_DASHR] = ACTIONS(142),
    [anon_sym_DASH_DASHreplace] = ACTIONS(142),
    [anon_sym_DASHL] = ACTIONS(142),
    [anon_sym_DASH_DASHlist] = ACTIONS(142),
    [anon_sym_DASHS] = ACTIONS(142),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(142),
    [anon_sym_DASHF] = ACTIONS(142),
    [anon_sym_DASH_DASHflush] = ACTIONS(142),
    [anon_sym_DASHZ] = ACTIONS(142),
    [anon_sym_DASH_DASHzero] = ACTIONS(142),
    [anon_sym_DASHN] = ACTIONS(142),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(142),
    [anon_sym_DASH_DASHnew] = ACTIONS(142),
    [anon_sym_DASHX] = ACTIONS(142),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(142),
    [anon_sym_DASHP] = ACTIONS(142),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(142),
    [anon_sym_DASHE] = ACTIONS(142),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(142),
    [anon_sym_DASHt] = ACTIONS(142),
    [anon_sym_DASH_DASHtable] = ACTIONS(142),
    [anon_sym_DASHm] = ACTIONS(142),
    [anon_sym_DASH_DASHmatch] = ACTIONS(142),
    [anon_sym_DASHj] = ACTIONS(142),
    [anon_sym_DASH_DASHjump] = ACTIONS(142),
    [anon_sym_DASHg] = ACTIONS(142),
    [anon_sym_DASH_DASHgoto] = ACTIONS(142),
    [sym_negation] = ACTIONS(140),
    [sym_option_name] = ACTIONS(142),
    [sym_argument] = ACTIONS(177),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(140),
  },
  [36] = {
    [aux_sym_operation_repeat1] = STATE(36),
    [ts_builtin_sym_end] = ACTIONS(93),
    [anon_sym_SEMI] = ACTIONS(93),
    [anon_sym_AMP_AMP] = ACTIONS(93),
    [anon_sym_PIPE_PIPE] = ACTIONS(93),
    [anon_sym_DASHA] = ACTIONS(95),
    [anon_sym_DASH_DASHappend] = ACTIONS(95),
    [anon_sym_DASHC] = ACTIONS(95),
    [anon_sym_DASH_DASHcheck] = ACTIONS(95),
    [anon_sym_DASHD] = ACTIONS(95),
    [anon_sym_DASH_DASHdelete] = ACTIONS(95),
    [anon_sym_DASHI] = ACTIONS(95),
    [anon_sym_DASH_DASHinsert] = ACTIONS(95),
    [anon_sym_DASHR] = ACTIONS(95),
    [anon_sym_DASH_DASHreplace] = ACTIONS(95),
    [anon_sym_DASHL] = ACTIONS(95),
    [anon_sym_DASH_DASHlist] = ACTIONS(95),
    [anon_sym_DASHS] = ACTIONS(95),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(95),
    [anon_sym_DASHF] = ACTIONS(95),
    [anon_sym_DASH_DASHflush] = ACTIONS(95),
    [anon_sym_DASHZ] = ACTIONS(95),
    [anon_sym_DASH_DASHzero] = ACTIONS(95),
    [anon_sym_DASHN] = ACTIONS(95),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(95),
    [anon_sym_DASH_DASHnew] = ACTIONS(95),
    [anon_sym_DASHX] = ACTIONS(95),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(95),
    [anon_sym_DASHP] = ACTIONS(95),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(95),
    [anon_sym_DASHE] = ACTIONS(95),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(95),
    [anon_sym_DASHt] = ACTIONS(95),
    [anon_sym_DASH_DASHtable] = ACTIONS(95),
    [anon_sym_DASHm] = ACTIONS(95),
    [anon_sym_DASH_DASHmatch] = ACTIONS(95),
    [anon_sym_DASHj] = ACTIONS(95),
    [anon_sym_DASH_DASHjump] = ACTIONS(95),
    [anon_sym_DASHg] = ACTIONS(95),
    [anon_sym_DASH_DASHgoto] = ACTIONS(95),
    [sym_negation] = ACTIONS(93),
    [sym_option_name] = ACTIONS(95),
    [sym_argument] = ACTIONS(182),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(93),
  },
  [37] = {
    [ts_builtin_sym_end] = ACTIONS(150),
    [anon_sym_SEMI] = ACTIONS(150),
    [anon_sym_AMP_AMP] = ACTIONS(150),
    [anon_sym_PIPE_PIPE] = ACTIONS(150),
    [anon_sym_DASHA] = ACTIONS(152),
    [anon_sym_DASH_DASHappend] = ACTIONS(152),
    [anon_sym_DASHC] = ACTIONS(152),
    [anon_sym_DASH_DASHcheck] = ACTIONS(152),
    [anon_sym_DASHD] = ACTIONS(152),
    [anon_sym_DASH_DASHdelete] = ACTIONS(152),
    [anon_sym_DASHI] = ACTIONS(152),
    [anon_sym_DASH_DASHinsert] = ACTIONS(152),
    [anon_sym_DASHR] = ACTIONS(152),
    [anon_sym_DASH_DASHreplace] = ACTIONS(152),
    [anon_sym_DASHL] = ACTIONS(152),
    [anon_sym_DASH_DASHlist] = ACTIONS(152),
    [anon_sym_DASHS] = ACTIONS(152),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(152),
    [anon_sym_DASHF] = ACTIONS(152),
    [anon_sym_DASH_DASHflush] = ACTIONS(152),
    [anon_sym_DASHZ] = ACTIONS(152),
    [anon_sym_DASH_DASHzero] = ACTIONS(152),
    [anon_sym_DASHN] = ACTIONS(152),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(152),
    [anon_sym_DASH_DASHnew] = ACTIONS(152),
    [anon_sym_DASHX] = ACTIONS(152),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(152),
    [anon_sym_DASHP] = ACTIONS(152),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(152),
    [anon_sym_DASHE] = ACTIONS(152),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(152),
    [anon_sym_DASHt] = ACTIONS(152),
    [anon_sym_DASH_DASHtable] = ACTIONS(152),
    [anon_sym_DASHm] = ACTIONS(152),
    [anon_sym_DASH_DASHmatch] = ACTIONS(152),
    [anon_sym_DASHj] = ACTIONS(152),
    [anon_sym_DASH_DASHjump] = ACTIONS(152),
    [anon_sym_DASHg] = ACTIONS(152),
    [anon_sym_DASH_DASHgoto] = ACTIONS(152),
    [sym_negation] = ACTIONS(150),
    [sym_option_name] = ACTIONS(152),
    [sym_argument] = ACTIONS(150),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(150),
  },
  [38] = {
    [ts_builtin_sym_end] = ACTIONS(144),
    [anon_sym_SEMI] = ACTIONS(144),
    [anon_sym_AMP_AMP] = ACTIONS(144),
    [anon_sym_PIPE_PIPE] = ACTIONS(144),
    [anon_sym_DASHA] = ACTIONS(146),
    [anon_sym_DASH_DASHappend] = ACTIONS(146),
    [anon_sym_DASHC] = ACTIONS(146),
    [anon_sym_DASH_DASHcheck] = ACTIONS(146),
    [anon_sym_DASHD] = ACTIONS(146),
    [anon_sym_DASH_DASHdelete] = ACTIONS(146),
    [anon_sym_DASHI] = ACTIONS(146),
    [anon_sym_DASH_DASHinsert] = ACTIONS(146),
    [anon_sym_DASHR] = ACTIONS(146),
    [anon_sym_DASH_DASHreplace] = ACTIONS(146),
    [anon_sym_DASHL] = ACTIONS(146),
    [anon_sym_DASH_DASHlist] = ACTIONS(146),
    [anon_sym_DASHS] = ACTIONS(146),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(146),
    [anon_sym_DASHF] = ACTIONS(146),
    [anon_sym_DASH_DASHflush] = ACTIONS(146),
    [anon_sym_DASHZ] = ACTIONS(146),
    [anon_sym_DASH_DASHzero] = ACTIONS(146),
    [anon_sym_DASHN] = ACTIONS(146),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(146),
    [anon_sym_DASH_DASHnew] = ACTIONS(146),
    [anon_sym_DASHX] = ACTIONS(146),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(146),
    [anon_sym_DASHP] = ACTIONS(146),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(146),
    [anon_sym_DASHE] = ACTIONS(146),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(146),
    [anon_sym_DASHt] = ACTIONS(146),
    [anon_sym_DASH_DASHtable] = ACTIONS(146),
    [anon_sym_DASHm] = ACTIONS(146),
    [anon_sym_DASH_DASHmatch] = ACTIONS(146),
    [anon_sym_DASHj] = ACTIONS(146),
    [anon_sym_DASH_DASHjump] = ACTIONS(146),
    [anon_sym_DASHg] = ACTIONS(146),
    [anon_sym_DASH_DASHgoto] = ACTIONS(146),
    [sym_negation] = ACTIONS(144),
    [sym_option_name] = ACTIONS(146),
    [sym_argument] = ACTIONS(185),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(144),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 5,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(43), 2,
      anon_sym_GT,
      anon_sym_2_GT,
    STATE(41), 2,
      sym_redirect,
      aux_sym_command_repeat2,
    ACTIONS(45), 4,
      anon_sym_GT_GT,
      anon_sym_LT,
      anon_sym_2_GT_AMP1,
      anon_sym_AMP_GT,
    ACTIONS(57), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [26] = 5,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(43), 2,
      anon_sym_GT,
      anon_sym_2_GT,
    STATE(41), 2,
      sym_redirect,
      aux_sym_command_repeat2,
    ACTIONS(45), 4,
      anon_sym_GT_GT,
      anon_sym_LT,
      anon_sym_2_GT_AMP1,
      anon_sym_AMP_GT,
    ACTIONS(187), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [52] = 5,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(191), 2,
      anon_sym_GT,
      anon_sym_2_GT,
    STATE(41), 2,
      sym_redirect,
      aux_sym_command_repeat2,
    ACTIONS(194), 4,
      anon_sym_GT_GT,
      anon_sym_LT,
      anon_sym_2_GT_AMP1,
      anon_sym_AMP_GT,
    ACTIONS(189), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [78] = 5,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(43), 2,
      anon_sym_GT,
      anon_sym_2_GT,
    STATE(41), 2,
      sym_redirect,
      aux_sym_command_repeat2,
    ACTIONS(45), 4,
      anon_sym_GT_GT,
      anon_sym_LT,
      anon_sym_2_GT_AMP1,
      anon_sym_AMP_GT,
    ACTIONS(197), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [104] = 5,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(43), 2,
      anon_sym_GT,
      anon_sym_2_GT,
    STATE(41), 2,
      sym_redirect,
      aux_sym_command_repeat2,
    ACTIONS(45), 4,
      anon_sym_GT_GT,
      anon_sym_LT,
      anon_sym_2_GT_AMP1,
      anon_sym_AMP_GT,
    ACTIONS(55), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [130] = 4,
    ACTIONS(203), 1,
      sym_argument,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(201), 2,
      anon_sym_GT,
      anon_sym_2_GT,
    ACTIONS(199), 9,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_GT_GT,
      anon_sym_LT,
      anon_sym_2_GT_AMP1,
      anon_sym_AMP_GT,
      sym__newline,
  [153] = 3,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(207), 2,
      anon_sym_GT,
      anon_sym_2_GT,
    ACTIONS(205), 9,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_GT_GT,
      anon_sym_LT,
      anon_sym_2_GT_AMP1,
      anon_sym_AMP_GT,
      sym__newline,
  [173] = 6,
    ACTIONS(35), 1,
      sym__newline,
    ACTIONS(209), 1,
      ts_builtin_sym_end,
    STATE(2), 1,
      sym_separator,
    STATE(47), 1,
      aux_sym_source_file_repeat1,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(7), 3,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
  [195] = 6,
    ACTIONS(211), 1,
      ts_builtin_sym_end,
    ACTIONS(216), 1,
      sym__newline,
    STATE(2), 1,
      sym_separator,
    STATE(47), 1,
      aux_sym_source_file_repeat1,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(213), 3,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
  [217] = 4,
    ACTIONS(221), 1,
      sym_policy,
    ACTIONS(223), 1,
      sym_counters,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(219), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [235] = 6,
    ACTIONS(35), 1,
      sym__newline,
    ACTIONS(225), 1,
      ts_builtin_sym_end,
    STATE(2), 1,
      sym_separator,
    STATE(46), 1,
      aux_sym_source_file_repeat1,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(7), 3,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
  [257] = 6,
    ACTIONS(35), 1,
      sym__newline,
    ACTIONS(225), 1,
      ts_builtin_sym_end,
    STATE(2), 1,
      sym_separator,
    STATE(47), 1,
      aux_sym_source_file_repeat1,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(7), 3,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
  [279] = 3,
    ACTIONS(229), 1,
      sym_counters,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(227), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [294] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(231), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [306] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(211), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [318] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(233), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [330] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(235), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [342] = 3,
    ACTIONS(177), 1,
      sym_argument,
    STATE(35), 1,
      aux_sym_operation_repeat1,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [353] = 3,
    ACTIONS(237), 1,
      sym_argument,
    STATE(19), 1,
      aux_sym_operation_repeat1,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [364] = 3,
    ACTIONS(177), 1,
      sym_argument,
    STATE(34), 1,
      aux_sym_operation_repeat1,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [375] = 3,
    ACTIONS(237), 1,
      sym_argument,
    STATE(18), 1,
      aux_sym_operation_repeat1,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [386] = 2,
    ACTIONS(239), 1,
      sym_argument,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [394] = 3,
    ACTIONS(3), 1,
      sym_line_continuation,
    ACTIONS(241), 1,
      aux_sym_table_header_token1,
    ACTIONS(243), 1,
      sym_comment,
  [404] = 2,
    ACTIONS(245), 1,
      sym_option_name,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [412] = 2,
    ACTIONS(247), 1,
      sym_argument,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [420] = 2,
    ACTIONS(249), 1,
      sym_binary,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [428] = 2,
    ACTIONS(251), 1,
      sym_argument,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [436] = 2,
    ACTIONS(253), 1,
      ts_builtin_sym_end,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [444] = 3,
    ACTIONS(3), 1,
      sym_line_continuation,
    ACTIONS(243), 1,
      sym_comment,
    ACTIONS(255), 1,
      aux_sym_table_header_token1,
  [454] = 2,
    ACTIONS(257), 1,
      sym_argument,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [462] = 2,
    ACTIONS(259), 1,
      sym_option_name,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(39)] = 0,
  [SMALL_STATE(40)] = 26,
  [SMALL_STATE(41)] = 52,
  [SMALL_STATE(42)] = 78,
  [SMALL_STATE(43)] = 104,
  [SMALL_STATE(44)] = 130,
  [SMALL_STATE(45)] = 153,
  [SMALL_STATE(46)] = 173,
  [SMALL_STATE(47)] = 195,
  [SMALL_STATE(48)] = 217,
  [SMALL_STATE(49)] = 235,
  [SMALL_STATE(50)] = 257,
  [SMALL_STATE(51)] = 279,
  [SMALL_STATE(52)] = 294,
  [SMALL_STATE(53)] = 306,
  [SMALL_STATE(54)] = 318,
  [SMALL_STATE(55)] = 330,
  [SMALL_STATE(56)] = 342,
  [SMALL_STATE(57)] = 353,
  [SMALL_STATE(58)] = 364,
  [SMALL_STATE(59)] = 375,
  [SMALL_STATE(60)] = 386,
  [SMALL_STATE(61)] = 394,
  [SMALL_STATE(62)] = 404,
  [SMALL_STATE(63)] = 412,
  [SMALL_STATE(64)] = 420,
  [SMALL_STATE(65)] = 428,
  [SMALL_STATE(66)] = 436,
  [SMALL_STATE(67)] = 444,
  [SMALL_STATE(68)] = 454,
  [SMALL_STATE(69)] = 462,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(64),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [13] = {.entry = {.count = 1, .reusable = false}}, SHIFT(38),
  [15] = {.entry = {.count = 1, .reusable = false}}, SHIFT(65),
  [17] = {.entry = {.count = 1, .reusable = false}}, SHIFT(63),
  [19] = {.entry = {.count = 1, .reusable = false}}, SHIFT(68),
  [21] = {.entry = {.count = 1, .reusable = false}}, SHIFT(60),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [25] = {.entry = {.count = 1, .reusable = false}}, SHIFT(30),
  [27] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [29] = {.entry = {.count = 1, .reusable = true}}, SHIFT(67),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [33] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [35] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [37] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 1, 0, 0),
  [39] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [41] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_command, 1, 0, 1),
  [43] = {.entry = {.count = 1, .reusable = false}}, SHIFT(44),
  [45] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [47] = {.entry = {.count = 1, .reusable = false}}, SHIFT(20),
  [49] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [51] = {.entry = {.count = 1, .reusable = false}}, SHIFT(8),
  [53] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_command, 2, 0, 3),
  [55] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_command, 2, 0, 1),
  [57] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_command, 3, 0, 3),
  [59] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_command_repeat1, 2, 0, 0),
  [61] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_command_repeat1, 2, 0, 0),
  [63] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_command_repeat1, 2, 0, 0), SHIFT_REPEAT(20),
  [66] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_command_repeat1, 2, 0, 0), SHIFT_REPEAT(65),
  [69] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_command_repeat1, 2, 0, 0), SHIFT_REPEAT(63),
  [72] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_command_repeat1, 2, 0, 0), SHIFT_REPEAT(68),
  [75] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_command_repeat1, 2, 0, 0), SHIFT_REPEAT(60),
  [78] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_command_repeat1, 2, 0, 0), SHIFT_REPEAT(69),
  [81] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_command_repeat1, 2, 0, 0), SHIFT_REPEAT(8),
  [84] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 1, 0, 2),
  [86] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 1, 0, 2),
  [88] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym_option, 1, 0, 2), SHIFT(59),
  [91] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [93] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_operation_repeat1, 2, 0, 19),
  [95] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_operation_repeat1, 2, 0, 19),
  [97] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_operation_repeat1, 2, 0, 19), SHIFT_REPEAT(21),
  [100] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 1, 0, 0),
  [102] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 2, 0, 14),
  [104] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_command_repeat1, 2, 0, 0), SHIFT_REPEAT(38),
  [107] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_command_repeat1, 2, 0, 0), SHIFT_REPEAT(62),
  [110] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_command_repeat1, 2, 0, 0), SHIFT_REPEAT(30),
  [113] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_operation, 2, 0, 5),
  [115] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_operation, 2, 0, 5),
  [117] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 2, 0, 9),
  [119] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 2, 0, 9),
  [121] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym_option, 2, 0, 9), SHIFT(57),
  [124] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 2, 0, 11),
  [126] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 2, 0, 11),
  [128] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_operation, 3, 0, 16),
  [130] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_operation, 3, 0, 16),
  [132] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 3, 0, 17),
  [134] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 3, 0, 17),
  [136] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 3, 0, 18),
  [138] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 3, 0, 18),
  [140] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 4, 0, 22),
  [142] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 4, 0, 22),
  [144] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_operation, 1, 0, 2),
  [146] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_operation, 1, 0, 2),
  [148] = {.entry = {.count = 1, .reusable = false}}, SHIFT(13),
  [150] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_operation_repeat1, 1, 0, 10),
  [152] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_operation_repeat1, 1, 0, 10),
  [154] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_goto, 2, 0, 5),
  [156] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_goto, 2, 0, 5),
  [158] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_separator, 1, 0, 0),
  [160] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_separator, 1, 0, 0),
  [162] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_table_option, 2, 0, 6),
  [164] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_table_option, 2, 0, 6),
  [166] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_jump, 2, 0, 8),
  [168] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_jump, 2, 0, 8),
  [170] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_match_module, 2, 0, 7),
  [172] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_match_module, 2, 0, 7),
  [174] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym_option, 2, 0, 9), SHIFT(56),
  [177] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [179] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym_option, 1, 0, 2), SHIFT(58),
  [182] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_operation_repeat1, 2, 0, 19), SHIFT_REPEAT(37),
  [185] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [187] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_command, 3, 0, 1),
  [189] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_command_repeat2, 2, 0, 0),
  [191] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_command_repeat2, 2, 0, 0), SHIFT_REPEAT(44),
  [194] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_command_repeat2, 2, 0, 0), SHIFT_REPEAT(44),
  [197] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_command, 4, 0, 3),
  [199] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_redirect, 1, 0, 4),
  [201] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_redirect, 1, 0, 4),
  [203] = {.entry = {.count = 1, .reusable = false}}, SHIFT(45),
  [205] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_redirect, 2, 0, 15),
  [207] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_redirect, 2, 0, 15),
  [209] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, 0, 0),
  [211] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [213] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(23),
  [216] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(2),
  [219] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_declaration, 2, 0, 13),
  [221] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [223] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [225] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [227] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_declaration, 3, 0, 20),
  [229] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [231] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_declaration, 3, 0, 21),
  [233] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_declaration, 4, 0, 23),
  [235] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_table_header, 2, 0, 12),
  [237] = {.entry = {.count = 1, .reusable = true}}, SHIFT(21),
  [239] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [241] = {.entry = {.count = 1, .reusable = false}}, SHIFT(55),
  [243] = {.entry = {.count = 1, .reusable = false}}, SHIFT_EXTRA(),
  [245] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
  [247] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [249] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [251] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [253] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [255] = {.entry = {.count = 1, .reusable = false}}, SHIFT(48),
  [257] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [259] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
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

TS_PUBLIC const TSLanguage *tree_sitter_iptables(void) {
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
