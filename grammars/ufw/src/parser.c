#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 125
#define LARGE_STATE_COUNT 6
#define SYMBOL_COUNT 68
#define ALIAS_COUNT 0
#define TOKEN_COUNT 42
#define EXTERNAL_TOKEN_COUNT 0
#define FIELD_COUNT 27
#define MAX_ALIAS_SEQUENCE_LENGTH 6
#define PRODUCTION_ID_COUNT 56

enum ts_symbol_identifiers {
  sym_word = 1,
  anon_sym_SEMI = 2,
  anon_sym_AMP_AMP = 3,
  anon_sym_PIPE_PIPE = 4,
  aux_sym_command_token1 = 5,
  sym_binary = 6,
  sym_flag = 7,
  aux_sym_simple_command_token1 = 8,
  aux_sym_simple_command_token2 = 9,
  aux_sym_simple_command_token3 = 10,
  aux_sym_simple_command_token4 = 11,
  aux_sym_simple_command_token5 = 12,
  aux_sym_simple_command_token6 = 13,
  aux_sym_rule_command_token1 = 14,
  aux_sym_rule_command_token2 = 15,
  aux_sym_rule_command_token3 = 16,
  aux_sym_rule_command_token4 = 17,
  aux_sym_rule_command_token5 = 18,
  aux_sym_action_token1 = 19,
  aux_sym_action_token2 = 20,
  aux_sym_action_token3 = 21,
  aux_sym_action_token4 = 22,
  aux_sym_direction_token1 = 23,
  aux_sym_direction_token2 = 24,
  aux_sym_interface_token1 = 25,
  aux_sym_log_token1 = 26,
  aux_sym_log_token2 = 27,
  aux_sym_endpoint_token1 = 28,
  aux_sym_endpoint_token2 = 29,
  aux_sym_endpoint_token3 = 30,
  aux_sym_endpoint_token4 = 31,
  aux_sym_proto_token1 = 32,
  aux_sym_rule_comment_token1 = 33,
  aux_sym_default_command_token1 = 34,
  aux_sym_logging_command_token1 = 35,
  aux_sym_status_command_token1 = 36,
  aux_sym_show_command_token1 = 37,
  sym_number = 38,
  sym_comment = 39,
  sym_line_continuation = 40,
  sym__newline = 41,
  sym_source_file = 42,
  sym_separator = 43,
  sym_command = 44,
  sym__body = 45,
  sym_simple_command = 46,
  sym_rule_command = 47,
  sym_delete_number = 48,
  sym_rule = 49,
  sym_action = 50,
  sym_direction = 51,
  sym_interface = 52,
  sym_log = 53,
  sym_simple_target = 54,
  sym_endpoint = 55,
  sym_proto = 56,
  sym_rule_comment = 57,
  sym_default_command = 58,
  sym_logging_command = 59,
  sym_status_command = 60,
  sym_app_command = 61,
  sym_show_command = 62,
  sym_value = 63,
  aux_sym_source_file_repeat1 = 64,
  aux_sym_command_repeat1 = 65,
  aux_sym_rule_repeat1 = 66,
  aux_sym_rule_repeat2 = 67,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [sym_word] = "word",
  [anon_sym_SEMI] = ";",
  [anon_sym_AMP_AMP] = "&&",
  [anon_sym_PIPE_PIPE] = "||",
  [aux_sym_command_token1] = "sudo",
  [sym_binary] = "binary",
  [sym_flag] = "flag",
  [aux_sym_simple_command_token1] = "enable",
  [aux_sym_simple_command_token2] = "disable",
  [aux_sym_simple_command_token3] = "reload",
  [aux_sym_simple_command_token4] = "reset",
  [aux_sym_simple_command_token5] = "version",
  [aux_sym_simple_command_token6] = "help",
  [aux_sym_rule_command_token1] = "rule",
  [aux_sym_rule_command_token2] = "route",
  [aux_sym_rule_command_token3] = "delete",
  [aux_sym_rule_command_token4] = "insert",
  [aux_sym_rule_command_token5] = "prepend",
  [aux_sym_action_token1] = "allow",
  [aux_sym_action_token2] = "deny",
  [aux_sym_action_token3] = "reject",
  [aux_sym_action_token4] = "limit",
  [aux_sym_direction_token1] = "in",
  [aux_sym_direction_token2] = "out",
  [aux_sym_interface_token1] = "on",
  [aux_sym_log_token1] = "log",
  [aux_sym_log_token2] = "log-all",
  [aux_sym_endpoint_token1] = "from",
  [aux_sym_endpoint_token2] = "to",
  [aux_sym_endpoint_token3] = "port",
  [aux_sym_endpoint_token4] = "app",
  [aux_sym_proto_token1] = "proto",
  [aux_sym_rule_comment_token1] = "comment",
  [aux_sym_default_command_token1] = "default",
  [aux_sym_logging_command_token1] = "logging",
  [aux_sym_status_command_token1] = "status",
  [aux_sym_show_command_token1] = "show",
  [sym_number] = "number",
  [sym_comment] = "comment",
  [sym_line_continuation] = "line_continuation",
  [sym__newline] = "_newline",
  [sym_source_file] = "source_file",
  [sym_separator] = "separator",
  [sym_command] = "command",
  [sym__body] = "_body",
  [sym_simple_command] = "simple_command",
  [sym_rule_command] = "rule_command",
  [sym_delete_number] = "delete_number",
  [sym_rule] = "rule",
  [sym_action] = "action",
  [sym_direction] = "direction",
  [sym_interface] = "interface",
  [sym_log] = "log",
  [sym_simple_target] = "simple_target",
  [sym_endpoint] = "endpoint",
  [sym_proto] = "proto",
  [sym_rule_comment] = "rule_comment",
  [sym_default_command] = "default_command",
  [sym_logging_command] = "logging_command",
  [sym_status_command] = "status_command",
  [sym_app_command] = "app_command",
  [sym_show_command] = "show_command",
  [sym_value] = "value",
  [aux_sym_source_file_repeat1] = "source_file_repeat1",
  [aux_sym_command_repeat1] = "command_repeat1",
  [aux_sym_rule_repeat1] = "rule_repeat1",
  [aux_sym_rule_repeat2] = "rule_repeat2",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [sym_word] = sym_word,
  [anon_sym_SEMI] = anon_sym_SEMI,
  [anon_sym_AMP_AMP] = anon_sym_AMP_AMP,
  [anon_sym_PIPE_PIPE] = anon_sym_PIPE_PIPE,
  [aux_sym_command_token1] = aux_sym_command_token1,
  [sym_binary] = sym_binary,
  [sym_flag] = sym_flag,
  [aux_sym_simple_command_token1] = aux_sym_simple_command_token1,
  [aux_sym_simple_command_token2] = aux_sym_simple_command_token2,
  [aux_sym_simple_command_token3] = aux_sym_simple_command_token3,
  [aux_sym_simple_command_token4] = aux_sym_simple_command_token4,
  [aux_sym_simple_command_token5] = aux_sym_simple_command_token5,
  [aux_sym_simple_command_token6] = aux_sym_simple_command_token6,
  [aux_sym_rule_command_token1] = aux_sym_rule_command_token1,
  [aux_sym_rule_command_token2] = aux_sym_rule_command_token2,
  [aux_sym_rule_command_token3] = aux_sym_rule_command_token3,
  [aux_sym_rule_command_token4] = aux_sym_rule_command_token4,
  [aux_sym_rule_command_token5] = aux_sym_rule_command_token5,
  [aux_sym_action_token1] = aux_sym_action_token1,
  [aux_sym_action_token2] = aux_sym_action_token2,
  [aux_sym_action_token3] = aux_sym_action_token3,
  [aux_sym_action_token4] = aux_sym_action_token4,
  [aux_sym_direction_token1] = aux_sym_direction_token1,
  [aux_sym_direction_token2] = aux_sym_direction_token2,
  [aux_sym_interface_token1] = aux_sym_interface_token1,
  [aux_sym_log_token1] = aux_sym_log_token1,
  [aux_sym_log_token2] = aux_sym_log_token2,
  [aux_sym_endpoint_token1] = aux_sym_endpoint_token1,
  [aux_sym_endpoint_token2] = aux_sym_endpoint_token2,
  [aux_sym_endpoint_token3] = aux_sym_endpoint_token3,
  [aux_sym_endpoint_token4] = aux_sym_endpoint_token4,
  [aux_sym_proto_token1] = aux_sym_proto_token1,
  [aux_sym_rule_comment_token1] = aux_sym_rule_comment_token1,
  [aux_sym_default_command_token1] = aux_sym_default_command_token1,
  [aux_sym_logging_command_token1] = aux_sym_logging_command_token1,
  [aux_sym_status_command_token1] = aux_sym_status_command_token1,
  [aux_sym_show_command_token1] = aux_sym_show_command_token1,
  [sym_number] = sym_number,
  [sym_comment] = sym_comment,
  [sym_line_continuation] = sym_line_continuation,
  [sym__newline] = sym__newline,
  [sym_source_file] = sym_source_file,
  [sym_separator] = sym_separator,
  [sym_command] = sym_command,
  [sym__body] = sym__body,
  [sym_simple_command] = sym_simple_command,
  [sym_rule_command] = sym_rule_command,
  [sym_delete_number] = sym_delete_number,
  [sym_rule] = sym_rule,
  [sym_action] = sym_action,
  [sym_direction] = sym_direction,
  [sym_interface] = sym_interface,
  [sym_log] = sym_log,
  [sym_simple_target] = sym_simple_target,
  [sym_endpoint] = sym_endpoint,
  [sym_proto] = sym_proto,
  [sym_rule_comment] = sym_rule_comment,
  [sym_default_command] = sym_default_command,
  [sym_logging_command] = sym_logging_command,
  [sym_status_command] = sym_status_command,
  [sym_app_command] = sym_app_command,
  [sym_show_command] = sym_show_command,
  [sym_value] = sym_value,
  [aux_sym_source_file_repeat1] = aux_sym_source_file_repeat1,
  [aux_sym_command_repeat1] = aux_sym_command_repeat1,
  [aux_sym_rule_repeat1] = aux_sym_rule_repeat1,
  [aux_sym_rule_repeat2] = aux_sym_rule_repeat2,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = {
    .visible = false,
    .named = true,
  },
  [sym_word] = {
    .visible = true,
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
  [aux_sym_command_token1] = {
    .visible = true,
    .named = false,
  },
  [sym_binary] = {
    .visible = true,
    .named = true,
  },
  [sym_flag] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_simple_command_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_simple_command_token2] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_simple_command_token3] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_simple_command_token4] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_simple_command_token5] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_simple_command_token6] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_rule_command_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_rule_command_token2] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_rule_command_token3] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_rule_command_token4] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_rule_command_token5] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_action_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_action_token2] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_action_token3] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_action_token4] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_direction_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_direction_token2] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_interface_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_log_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_log_token2] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_endpoint_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_endpoint_token2] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_endpoint_token3] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_endpoint_token4] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_proto_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_rule_comment_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_default_command_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_logging_command_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_status_command_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_show_command_token1] = {
    .visible = true,
    .named = false,
  },
  [sym_number] = {
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
  [sym_command] = {
    .visible = true,
    .named = true,
  },
  [sym__body] = {
    .visible = false,
    .named = true,
  },
  [sym_simple_command] = {
    .visible = true,
    .named = true,
  },
  [sym_rule_command] = {
    .visible = true,
    .named = true,
  },
  [sym_delete_number] = {
    .visible = true,
    .named = true,
  },
  [sym_rule] = {
    .visible = true,
    .named = true,
  },
  [sym_action] = {
    .visible = true,
    .named = true,
  },
  [sym_direction] = {
    .visible = true,
    .named = true,
  },
  [sym_interface] = {
    .visible = true,
    .named = true,
  },
  [sym_log] = {
    .visible = true,
    .named = true,
  },
  [sym_simple_target] = {
    .visible = true,
    .named = true,
  },
  [sym_endpoint] = {
    .visible = true,
    .named = true,
  },
  [sym_proto] = {
    .visible = true,
    .named = true,
  },
  [sym_rule_comment] = {
    .visible = true,
    .named = true,
  },
  [sym_default_command] = {
    .visible = true,
    .named = true,
  },
  [sym_logging_command] = {
    .visible = true,
    .named = true,
  },
  [sym_status_command] = {
    .visible = true,
    .named = true,
  },
  [sym_app_command] = {
    .visible = true,
    .named = true,
  },
  [sym_show_command] = {
    .visible = true,
    .named = true,
  },
  [sym_value] = {
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
  [aux_sym_rule_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_rule_repeat2] = {
    .visible = false,
    .named = false,
  },
};

enum ts_field_identifiers {
  field_action = 1,
  field_address = 2,
  field_app = 3,
  field_binary = 4,
  field_body = 5,
  field_delete = 6,
  field_direction = 7,
  field_flag = 8,
  field_insert = 9,
  field_level = 10,
  field_mode = 11,
  field_name = 12,
  field_number = 13,
  field_policy = 14,
  field_port = 15,
  field_position = 16,
  field_prepend = 17,
  field_protocol = 18,
  field_report = 19,
  field_route = 20,
  field_rule = 21,
  field_rule_keyword = 22,
  field_side = 23,
  field_sudo = 24,
  field_target = 25,
  field_text = 26,
  field_verb = 27,
};

static const char * const ts_field_names[] = {
  [0] = NULL,
  [field_action] = "action",
  [field_address] = "address",
  [field_app] = "app",
  [field_binary] = "binary",
  [field_body] = "body",
  [field_delete] = "delete",
  [field_direction] = "direction",
  [field_flag] = "flag",
  [field_insert] = "insert",
  [field_level] = "level",
  [field_mode] = "mode",
  [field_name] = "name",
  [field_number] = "number",
  [field_policy] = "policy",
  [field_port] = "port",
  [field_position] = "position",
  [field_prepend] = "prepend",
  [field_protocol] = "protocol",
  [field_report] = "report",
  [field_route] = "route",
  [field_rule] = "rule",
  [field_rule_keyword] = "rule_keyword",
  [field_side] = "side",
  [field_sudo] = "sudo",
  [field_target] = "target",
  [field_text] = "text",
  [field_verb] = "verb",
};

static const TSFieldMapSlice ts_field_map_slices[PRODUCTION_ID_COUNT] = {
  [1] = {.index = 0, .length = 1},
  [2] = {.index = 1, .length = 2},
  [3] = {.index = 3, .length = 1},
  [4] = {.index = 4, .length = 1},
  [5] = {.index = 5, .length = 2},
  [6] = {.index = 7, .length = 1},
  [7] = {.index = 8, .length = 1},
  [8] = {.index = 9, .length = 2},
  [9] = {.index = 11, .length = 3},
  [10] = {.index = 14, .length = 3},
  [11] = {.index = 17, .length = 2},
  [12] = {.index = 19, .length = 2},
  [13] = {.index = 21, .length = 2},
  [14] = {.index = 23, .length = 2},
  [15] = {.index = 25, .length = 2},
  [16] = {.index = 27, .length = 1},
  [17] = {.index = 28, .length = 1},
  [18] = {.index = 29, .length = 1},
  [19] = {.index = 30, .length = 1},
  [20] = {.index = 31, .length = 1},
  [21] = {.index = 32, .length = 2},
  [22] = {.index = 34, .length = 3},
  [23] = {.index = 37, .length = 2},
  [24] = {.index = 39, .length = 4},
  [25] = {.index = 43, .length = 3},
  [26] = {.index = 46, .length = 3},
  [27] = {.index = 49, .length = 3},
  [28] = {.index = 52, .length = 3},
  [29] = {.index = 55, .length = 3},
  [30] = {.index = 58, .length = 3},
  [31] = {.index = 61, .length = 3},
  [32] = {.index = 64, .length = 3},
  [33] = {.index = 67, .length = 2},
  [34] = {.index = 69, .length = 2},
  [35] = {.index = 71, .length = 2},
  [36] = {.index = 73, .length = 1},
  [37] = {.index = 74, .length = 2},
  [38] = {.index = 76, .length = 1},
  [39] = {.index = 77, .length = 1},
  [40] = {.index = 78, .length = 2},
  [41] = {.index = 80, .length = 4},
  [42] = {.index = 84, .length = 4},
  [43] = {.index = 88, .length = 4},
  [44] = {.index = 92, .length = 4},
  [45] = {.index = 96, .length = 4},
  [46] = {.index = 100, .length = 4},
  [47] = {.index = 104, .length = 4},
  [48] = {.index = 108, .length = 3},
  [49] = {.index = 111, .length = 5},
  [50] = {.index = 116, .length = 5},
  [51] = {.index = 121, .length = 5},
  [52] = {.index = 126, .length = 5},
  [53] = {.index = 131, .length = 3},
  [54] = {.index = 134, .length = 3},
  [55] = {.index = 137, .length = 6},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_binary, 0},
  [1] =
    {field_binary, 1},
    {field_sudo, 0},
  [3] =
    {field_flag, 0},
  [4] =
    {field_verb, 0},
  [5] =
    {field_binary, 0},
    {field_body, 1},
  [7] =
    {field_rule, 0},
  [8] =
    {field_action, 0},
  [9] =
    {field_binary, 0},
    {field_flag, 1, .inherited = true},
  [11] =
    {field_binary, 1},
    {field_body, 2},
    {field_sudo, 0},
  [14] =
    {field_binary, 1},
    {field_flag, 2, .inherited = true},
    {field_sudo, 0},
  [17] =
    {field_rule, 1},
    {field_rule_keyword, 0},
  [19] =
    {field_route, 0},
    {field_rule, 1},
  [21] =
    {field_delete, 0},
    {field_number, 1},
  [23] =
    {field_delete, 0},
    {field_rule, 1},
  [25] =
    {field_prepend, 0},
    {field_rule, 1},
  [27] =
    {field_verb, 1},
  [28] =
    {field_policy, 1},
  [29] =
    {field_level, 1},
  [30] =
    {field_mode, 1},
  [31] =
    {field_report, 1},
  [32] =
    {field_action, 0},
    {field_target, 1},
  [34] =
    {field_binary, 0},
    {field_body, 2},
    {field_flag, 1, .inherited = true},
  [37] =
    {field_flag, 0, .inherited = true},
    {field_flag, 1, .inherited = true},
  [39] =
    {field_binary, 1},
    {field_body, 3},
    {field_flag, 2, .inherited = true},
    {field_sudo, 0},
  [43] =
    {field_route, 1},
    {field_rule, 2},
    {field_rule_keyword, 0},
  [46] =
    {field_delete, 1},
    {field_rule, 2},
    {field_rule_keyword, 0},
  [49] =
    {field_prepend, 1},
    {field_rule, 2},
    {field_rule_keyword, 0},
  [52] =
    {field_delete, 1},
    {field_number, 2},
    {field_route, 0},
  [55] =
    {field_delete, 1},
    {field_route, 0},
    {field_rule, 2},
  [58] =
    {field_prepend, 1},
    {field_route, 0},
    {field_rule, 2},
  [61] =
    {field_delete, 0},
    {field_prepend, 1},
    {field_rule, 2},
  [64] =
    {field_insert, 0},
    {field_position, 1},
    {field_rule, 2},
  [67] =
    {field_name, 2},
    {field_verb, 1},
  [69] =
    {field_flag, 2, .inherited = true},
    {field_verb, 1},
  [71] =
    {field_direction, 2},
    {field_policy, 1},
  [73] =
    {field_name, 1},
  [74] =
    {field_address, 1},
    {field_side, 0},
  [76] =
    {field_protocol, 1},
  [77] =
    {field_text, 1},
  [78] =
    {field_action, 0},
    {field_target, 2},
  [80] =
    {field_delete, 2},
    {field_route, 1},
    {field_rule, 3},
    {field_rule_keyword, 0},
  [84] =
    {field_prepend, 2},
    {field_route, 1},
    {field_rule, 3},
    {field_rule_keyword, 0},
  [88] =
    {field_delete, 1},
    {field_prepend, 2},
    {field_rule, 3},
    {field_rule_keyword, 0},
  [92] =
    {field_insert, 1},
    {field_position, 2},
    {field_rule, 3},
    {field_rule_keyword, 0},
  [96] =
    {field_delete, 1},
    {field_prepend, 2},
    {field_route, 0},
    {field_rule, 3},
  [100] =
    {field_insert, 1},
    {field_position, 2},
    {field_route, 0},
    {field_rule, 3},
  [104] =
    {field_delete, 0},
    {field_insert, 1},
    {field_position, 2},
    {field_rule, 3},
  [108] =
    {field_flag, 2, .inherited = true},
    {field_name, 3},
    {field_verb, 1},
  [111] =
    {field_delete, 2},
    {field_prepend, 3},
    {field_route, 1},
    {field_rule, 4},
    {field_rule_keyword, 0},
  [116] =
    {field_insert, 2},
    {field_position, 3},
    {field_route, 1},
    {field_rule, 4},
    {field_rule_keyword, 0},
  [121] =
    {field_delete, 1},
    {field_insert, 2},
    {field_position, 3},
    {field_rule, 4},
    {field_rule_keyword, 0},
  [126] =
    {field_delete, 1},
    {field_insert, 2},
    {field_position, 3},
    {field_route, 0},
    {field_rule, 4},
  [131] =
    {field_address, 1},
    {field_port, 3},
    {field_side, 0},
  [134] =
    {field_address, 1},
    {field_app, 3},
    {field_side, 0},
  [137] =
    {field_delete, 2},
    {field_insert, 3},
    {field_position, 4},
    {field_route, 1},
    {field_rule, 5},
    {field_rule_keyword, 0},
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
  [32] = 32,
  [33] = 6,
  [34] = 34,
  [35] = 35,
  [36] = 36,
  [37] = 37,
  [38] = 38,
  [39] = 39,
  [40] = 40,
  [41] = 41,
  [42] = 42,
  [43] = 7,
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
  [57] = 57,
  [58] = 58,
  [59] = 59,
  [60] = 60,
  [61] = 61,
  [62] = 62,
  [63] = 63,
  [64] = 64,
  [65] = 65,
  [66] = 66,
  [67] = 67,
  [68] = 68,
  [69] = 69,
  [70] = 70,
  [71] = 71,
  [72] = 72,
  [73] = 73,
  [74] = 74,
  [75] = 75,
  [76] = 76,
  [77] = 77,
  [78] = 78,
  [79] = 79,
  [80] = 80,
  [81] = 81,
  [82] = 82,
  [83] = 83,
  [84] = 84,
  [85] = 85,
  [86] = 86,
  [87] = 87,
  [88] = 88,
  [89] = 89,
  [90] = 90,
  [91] = 91,
  [92] = 92,
  [93] = 93,
  [94] = 94,
  [95] = 95,
  [96] = 96,
  [97] = 97,
  [98] = 98,
  [99] = 99,
  [100] = 100,
  [101] = 101,
  [102] = 102,
  [103] = 103,
  [104] = 104,
  [105] = 105,
  [106] = 106,
  [107] = 107,
  [108] = 108,
  [109] = 109,
  [110] = 110,
  [111] = 111,
  [112] = 112,
  [113] = 113,
  [114] = 114,
  [115] = 115,
  [116] = 116,
  [117] = 117,
  [118] = 118,
  [119] = 119,
  [120] = 120,
  [121] = 121,
  [122] = 122,
  [123] = 123,
  [124] = 124,
};

static TSCharacterRange sym_word_character_set_1[] = {
  {0, 0x08}, {0x0e, 0x1f}, {'!', '"'}, {'$', '%'}, {'\'', ','}, {'.', ':'}, {'=', '='}, {'?', '_'},
  {'a', '{'}, {'}', 0x10ffff},
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(55);
      ADVANCE_MAP(
        '\n', 119,
        '\r', 1,
        '"', 8,
        '#', 117,
        '&', 9,
        '\'', 10,
        '-', 11,
        '/', 83,
        ';', 56,
        '\\', 7,
        'u', 84,
        '|', 18,
        'A', 99,
        'a', 99,
        'D', 89,
        'd', 89,
        'L', 95,
        'l', 95,
        'P', 107,
        'p', 107,
        'R', 90,
        'r', 90,
        'S', 113,
        's', 113,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == ' ') SKIP(0);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(78);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ';' &&
          lookahead != '<' &&
          lookahead != '>' &&
          lookahead != '`' &&
          lookahead != 'a') ADVANCE(116);
      END_STATE();
    case 1:
      ADVANCE_MAP(
        '\n', 119,
        '\r', 1,
        '"', 8,
        '#', 117,
        '&', 9,
        '\'', 10,
        '-', 11,
        '/', 83,
        ';', 56,
        '\\', 7,
        'u', 84,
        '|', 18,
        'A', 99,
        'a', 99,
        'D', 89,
        'd', 89,
        'L', 95,
        'l', 95,
        'P', 107,
        'p', 107,
        'R', 90,
        'r', 90,
        'S', 113,
        's', 113,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == ' ') SKIP(1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(78);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ';' &&
          lookahead != '<' &&
          lookahead != '>' &&
          lookahead != '`' &&
          lookahead != 'a') ADVANCE(116);
      END_STATE();
    case 2:
      ADVANCE_MAP(
        '\n', 119,
        '\r', 2,
        '#', 117,
        '&', 9,
        '/', 15,
        ';', 56,
        '\\', 6,
        'u', 16,
        '|', 18,
        'A', 32,
        'a', 32,
        'D', 25,
        'd', 25,
        'I', 34,
        'i', 34,
        'L', 28,
        'l', 28,
        'P', 41,
        'p', 41,
        'R', 22,
        'r', 22,
        'S', 46,
        's', 46,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == ' ') SKIP(2);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(79);
      END_STATE();
    case 3:
      ADVANCE_MAP(
        '\n', 119,
        '\r', 3,
        '"', 8,
        '#', 117,
        '&', 9,
        '\'', 10,
        '-', 11,
        ';', 56,
        '\\', 7,
        '|', 18,
        'A', 99,
        'a', 99,
        'D', 89,
        'd', 89,
        'I', 102,
        'i', 102,
        'L', 95,
        'l', 95,
        'P', 107,
        'p', 107,
        'R', 90,
        'r', 90,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == ' ') SKIP(3);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ';' &&
          lookahead != '<' &&
          lookahead != '>' &&
          lookahead != '`' &&
          lookahead != 'a') ADVANCE(116);
      END_STATE();
    case 4:
      ADVANCE_MAP(
        '\n', 119,
        '\r', 4,
        '"', 8,
        '#', 117,
        '&', 9,
        '\'', 10,
        '-', 11,
        ';', 56,
        '\\', 7,
        '|', 18,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == ' ') SKIP(4);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ';' &&
          lookahead != '<' &&
          lookahead != '>' &&
          lookahead != '`') ADVANCE(116);
      END_STATE();
    case 5:
      if (lookahead == '\n') ADVANCE(118);
      END_STATE();
    case 6:
      if (lookahead == '\n') ADVANCE(118);
      if (lookahead == '\r') ADVANCE(5);
      END_STATE();
    case 7:
      if (lookahead == '\n') ADVANCE(118);
      if (lookahead == '\r') ADVANCE(5);
      if (lookahead != 0) ADVANCE(116);
      END_STATE();
    case 8:
      if (lookahead == '"') ADVANCE(116);
      if (lookahead == '\\') ADVANCE(51);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(8);
      END_STATE();
    case 9:
      if (lookahead == '&') ADVANCE(57);
      END_STATE();
    case 10:
      if (lookahead == '\'') ADVANCE(116);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(10);
      END_STATE();
    case 11:
      if (lookahead == '-') ADVANCE(49);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(65);
      END_STATE();
    case 12:
      if (lookahead == '/') ADVANCE(13);
      if (lookahead == 'f') ADVANCE(14);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(15);
      END_STATE();
    case 13:
      if (lookahead == '/') ADVANCE(13);
      if (lookahead == 'u') ADVANCE(12);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(15);
      END_STATE();
    case 14:
      if (lookahead == '/') ADVANCE(13);
      if (lookahead == 'w') ADVANCE(64);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(15);
      END_STATE();
    case 15:
      if (lookahead == '/') ADVANCE(13);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(15);
      END_STATE();
    case 16:
      if (lookahead == 'f') ADVANCE(17);
      END_STATE();
    case 17:
      if (lookahead == 'w') ADVANCE(61);
      END_STATE();
    case 18:
      if (lookahead == '|') ADVANCE(58);
      END_STATE();
    case 19:
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(45);
      END_STATE();
    case 20:
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(68);
      END_STATE();
    case 21:
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(38);
      END_STATE();
    case 22:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(30);
      END_STATE();
    case 23:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(39);
      END_STATE();
    case 24:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(19);
      END_STATE();
    case 25:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(35);
      END_STATE();
    case 26:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(40);
      END_STATE();
    case 27:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(36);
      END_STATE();
    case 28:
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(33);
      END_STATE();
    case 29:
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(43);
      END_STATE();
    case 30:
      if (lookahead == 'J' ||
          lookahead == 'j') ADVANCE(24);
      END_STATE();
    case 31:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(37);
      END_STATE();
    case 32:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(31);
      END_STATE();
    case 33:
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(29);
      END_STATE();
    case 34:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(42);
      END_STATE();
    case 35:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(48);
      END_STATE();
    case 36:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(20);
      END_STATE();
    case 37:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(47);
      END_STATE();
    case 38:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(59);
      END_STATE();
    case 39:
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(27);
      END_STATE();
    case 40:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(44);
      END_STATE();
    case 41:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(23);
      END_STATE();
    case 42:
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(26);
      END_STATE();
    case 43:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(76);
      END_STATE();
    case 44:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(66);
      END_STATE();
    case 45:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(74);
      END_STATE();
    case 46:
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(21);
      END_STATE();
    case 47:
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(70);
      END_STATE();
    case 48:
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(72);
      END_STATE();
    case 49:
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(65);
      END_STATE();
    case 50:
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(116);
      END_STATE();
    case 51:
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(8);
      END_STATE();
    case 52:
      if (eof) ADVANCE(55);
      ADVANCE_MAP(
        '\n', 119,
        '\r', 2,
        '#', 117,
        '&', 9,
        '/', 15,
        ';', 56,
        '\\', 6,
        'u', 16,
        '|', 18,
        'A', 32,
        'a', 32,
        'D', 25,
        'd', 25,
        'I', 34,
        'i', 34,
        'L', 28,
        'l', 28,
        'P', 41,
        'p', 41,
        'R', 22,
        'r', 22,
        'S', 46,
        's', 46,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == ' ') SKIP(52);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(79);
      END_STATE();
    case 53:
      if (eof) ADVANCE(55);
      ADVANCE_MAP(
        '\n', 119,
        '\r', 3,
        '"', 8,
        '#', 117,
        '&', 9,
        '\'', 10,
        '-', 11,
        ';', 56,
        '\\', 7,
        '|', 18,
        'A', 99,
        'a', 99,
        'D', 89,
        'd', 89,
        'I', 102,
        'i', 102,
        'L', 95,
        'l', 95,
        'P', 107,
        'p', 107,
        'R', 90,
        'r', 90,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == ' ') SKIP(53);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ';' &&
          lookahead != '<' &&
          lookahead != '>' &&
          lookahead != '`' &&
          lookahead != 'a') ADVANCE(116);
      END_STATE();
    case 54:
      if (eof) ADVANCE(55);
      ADVANCE_MAP(
        '\n', 119,
        '\r', 4,
        '"', 8,
        '#', 117,
        '&', 9,
        '\'', 10,
        '-', 11,
        ';', 56,
        '\\', 7,
        '|', 18,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == ' ') SKIP(54);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ';' &&
          lookahead != '<' &&
          lookahead != '>' &&
          lookahead != '`') ADVANCE(116);
      END_STATE();
    case 55:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 56:
      ACCEPT_TOKEN(anon_sym_SEMI);
      END_STATE();
    case 57:
      ACCEPT_TOKEN(anon_sym_AMP_AMP);
      END_STATE();
    case 58:
      ACCEPT_TOKEN(anon_sym_PIPE_PIPE);
      END_STATE();
    case 59:
      ACCEPT_TOKEN(aux_sym_command_token1);
      END_STATE();
    case 60:
      ACCEPT_TOKEN(aux_sym_command_token1);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 61:
      ACCEPT_TOKEN(sym_binary);
      END_STATE();
    case 62:
      ACCEPT_TOKEN(sym_binary);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '/') ADVANCE(81);
      if (lookahead == '\\') ADVANCE(50);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(83);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#') ADVANCE(116);
      END_STATE();
    case 63:
      ACCEPT_TOKEN(sym_binary);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 64:
      ACCEPT_TOKEN(sym_binary);
      if (lookahead == '/') ADVANCE(13);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(15);
      END_STATE();
    case 65:
      ACCEPT_TOKEN(sym_flag);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(65);
      END_STATE();
    case 66:
      ACCEPT_TOKEN(aux_sym_rule_command_token4);
      END_STATE();
    case 67:
      ACCEPT_TOKEN(aux_sym_rule_command_token4);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 68:
      ACCEPT_TOKEN(aux_sym_rule_command_token5);
      END_STATE();
    case 69:
      ACCEPT_TOKEN(aux_sym_rule_command_token5);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 70:
      ACCEPT_TOKEN(aux_sym_action_token1);
      END_STATE();
    case 71:
      ACCEPT_TOKEN(aux_sym_action_token1);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 72:
      ACCEPT_TOKEN(aux_sym_action_token2);
      END_STATE();
    case 73:
      ACCEPT_TOKEN(aux_sym_action_token2);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 74:
      ACCEPT_TOKEN(aux_sym_action_token3);
      END_STATE();
    case 75:
      ACCEPT_TOKEN(aux_sym_action_token3);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 76:
      ACCEPT_TOKEN(aux_sym_action_token4);
      END_STATE();
    case 77:
      ACCEPT_TOKEN(aux_sym_action_token4);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 78:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(78);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 79:
      ACCEPT_TOKEN(sym_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(79);
      END_STATE();
    case 80:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '/') ADVANCE(81);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'f') ADVANCE(82);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(83);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#') ADVANCE(116);
      END_STATE();
    case 81:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '/') ADVANCE(81);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'u') ADVANCE(80);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(83);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#') ADVANCE(116);
      END_STATE();
    case 82:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '/') ADVANCE(81);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'w') ADVANCE(62);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(83);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#') ADVANCE(116);
      END_STATE();
    case 83:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '/') ADVANCE(81);
      if (lookahead == '\\') ADVANCE(50);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(83);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#') ADVANCE(116);
      END_STATE();
    case 84:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'f') ADVANCE(85);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 85:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'w') ADVANCE(63);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 86:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(111);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 87:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(69);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 88:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(105);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 89:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(101);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 90:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(97);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 91:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(106);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 92:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(86);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 93:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(108);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 94:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(103);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 95:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(100);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 96:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(110);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 97:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'J' ||
          lookahead == 'j') ADVANCE(92);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 98:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(104);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 99:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(98);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 100:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(96);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 101:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(115);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 102:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(109);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 103:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(87);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 104:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(114);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 105:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(60);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 106:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(94);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 107:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(91);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 108:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(112);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 109:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(93);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 110:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(77);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 111:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(75);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 112:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(67);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 113:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(88);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 114:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(71);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 115:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(73);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 116:
      ACCEPT_TOKEN(sym_word);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '\'') ADVANCE(10);
      if (lookahead == '\\') ADVANCE(50);
      if ((!eof && set_contains(sym_word_character_set_1, 10, lookahead)) ||
          lookahead == '#' ||
          lookahead == '-') ADVANCE(116);
      END_STATE();
    case 117:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(117);
      END_STATE();
    case 118:
      ACCEPT_TOKEN(sym_line_continuation);
      END_STATE();
    case 119:
      ACCEPT_TOKEN(sym__newline);
      END_STATE();
    default:
      return false;
  }
}

static bool ts_lex_keywords(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      ADVANCE_MAP(
        'A', 1,
        'a', 1,
        'C', 2,
        'c', 2,
        'D', 3,
        'd', 3,
        'E', 4,
        'e', 4,
        'F', 5,
        'f', 5,
        'H', 6,
        'h', 6,
        'I', 7,
        'i', 7,
        'L', 8,
        'l', 8,
        'O', 9,
        'o', 9,
        'P', 10,
        'p', 10,
        'R', 11,
        'r', 11,
        'S', 12,
        's', 12,
        'T', 13,
        't', 13,
        'V', 14,
        'v', 14,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(0);
      END_STATE();
    case 1:
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(15);
      END_STATE();
    case 2:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(16);
      END_STATE();
    case 3:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(17);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(18);
      END_STATE();
    case 4:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(19);
      END_STATE();
    case 5:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(20);
      END_STATE();
    case 6:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(21);
      END_STATE();
    case 7:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(22);
      END_STATE();
    case 8:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(23);
      END_STATE();
    case 9:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(24);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(25);
      END_STATE();
    case 10:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(26);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(27);
      END_STATE();
    case 11:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(28);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(29);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(30);
      END_STATE();
    case 12:
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(31);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(32);
      END_STATE();
    case 13:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(33);
      END_STATE();
    case 14:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(34);
      END_STATE();
    case 15:
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(35);
      END_STATE();
    case 16:
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(36);
      END_STATE();
    case 17:
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(37);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(38);
      END_STATE();
    case 18:
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(39);
      END_STATE();
    case 19:
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(40);
      END_STATE();
    case 20:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(41);
      END_STATE();
    case 21:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(42);
      END_STATE();
    case 22:
      ACCEPT_TOKEN(aux_sym_direction_token1);
      END_STATE();
    case 23:
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(43);
      END_STATE();
    case 24:
      ACCEPT_TOKEN(aux_sym_interface_token1);
      END_STATE();
    case 25:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(44);
      END_STATE();
    case 26:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(45);
      END_STATE();
    case 27:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(46);
      END_STATE();
    case 28:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(47);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(48);
      END_STATE();
    case 29:
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(49);
      END_STATE();
    case 30:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(50);
      END_STATE();
    case 31:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(51);
      END_STATE();
    case 32:
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(52);
      END_STATE();
    case 33:
      ACCEPT_TOKEN(aux_sym_endpoint_token2);
      END_STATE();
    case 34:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(53);
      END_STATE();
    case 35:
      ACCEPT_TOKEN(aux_sym_endpoint_token4);
      END_STATE();
    case 36:
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(54);
      END_STATE();
    case 37:
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(55);
      END_STATE();
    case 38:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(56);
      END_STATE();
    case 39:
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(57);
      END_STATE();
    case 40:
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(58);
      END_STATE();
    case 41:
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(59);
      END_STATE();
    case 42:
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(60);
      END_STATE();
    case 43:
      ACCEPT_TOKEN(aux_sym_log_token1);
      if (lookahead == '-') ADVANCE(61);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(62);
      END_STATE();
    case 44:
      ACCEPT_TOKEN(aux_sym_direction_token2);
      END_STATE();
    case 45:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(63);
      END_STATE();
    case 46:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(64);
      END_STATE();
    case 47:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(65);
      END_STATE();
    case 48:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(66);
      END_STATE();
    case 49:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(67);
      END_STATE();
    case 50:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(68);
      END_STATE();
    case 51:
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(69);
      END_STATE();
    case 52:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(70);
      END_STATE();
    case 53:
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(71);
      END_STATE();
    case 54:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(72);
      END_STATE();
    case 55:
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(73);
      END_STATE();
    case 56:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(74);
      END_STATE();
    case 57:
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(75);
      END_STATE();
    case 58:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(76);
      END_STATE();
    case 59:
      ACCEPT_TOKEN(aux_sym_endpoint_token1);
      END_STATE();
    case 60:
      ACCEPT_TOKEN(aux_sym_simple_command_token6);
      END_STATE();
    case 61:
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(77);
      END_STATE();
    case 62:
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(78);
      END_STATE();
    case 63:
      ACCEPT_TOKEN(aux_sym_endpoint_token3);
      END_STATE();
    case 64:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(79);
      END_STATE();
    case 65:
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(80);
      END_STATE();
    case 66:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(81);
      END_STATE();
    case 67:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(82);
      END_STATE();
    case 68:
      ACCEPT_TOKEN(aux_sym_rule_command_token1);
      END_STATE();
    case 69:
      ACCEPT_TOKEN(aux_sym_show_command_token1);
      END_STATE();
    case 70:
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(83);
      END_STATE();
    case 71:
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(84);
      END_STATE();
    case 72:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(85);
      END_STATE();
    case 73:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(86);
      END_STATE();
    case 74:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(87);
      END_STATE();
    case 75:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(88);
      END_STATE();
    case 76:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(89);
      END_STATE();
    case 77:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(90);
      END_STATE();
    case 78:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(91);
      END_STATE();
    case 79:
      ACCEPT_TOKEN(aux_sym_proto_token1);
      END_STATE();
    case 80:
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(92);
      END_STATE();
    case 81:
      ACCEPT_TOKEN(aux_sym_simple_command_token4);
      END_STATE();
    case 82:
      ACCEPT_TOKEN(aux_sym_rule_command_token2);
      END_STATE();
    case 83:
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(93);
      END_STATE();
    case 84:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(94);
      END_STATE();
    case 85:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(95);
      END_STATE();
    case 86:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(96);
      END_STATE();
    case 87:
      ACCEPT_TOKEN(aux_sym_rule_command_token3);
      END_STATE();
    case 88:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(97);
      END_STATE();
    case 89:
      ACCEPT_TOKEN(aux_sym_simple_command_token1);
      END_STATE();
    case 90:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(98);
      END_STATE();
    case 91:
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(99);
      END_STATE();
    case 92:
      ACCEPT_TOKEN(aux_sym_simple_command_token3);
      END_STATE();
    case 93:
      ACCEPT_TOKEN(aux_sym_status_command_token1);
      END_STATE();
    case 94:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(100);
      END_STATE();
    case 95:
      ACCEPT_TOKEN(aux_sym_rule_comment_token1);
      END_STATE();
    case 96:
      ACCEPT_TOKEN(aux_sym_default_command_token1);
      END_STATE();
    case 97:
      ACCEPT_TOKEN(aux_sym_simple_command_token2);
      END_STATE();
    case 98:
      ACCEPT_TOKEN(aux_sym_log_token2);
      END_STATE();
    case 99:
      ACCEPT_TOKEN(aux_sym_logging_command_token1);
      END_STATE();
    case 100:
      ACCEPT_TOKEN(aux_sym_simple_command_token5);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0},
  [1] = {.lex_state = 52},
  [2] = {.lex_state = 53},
  [3] = {.lex_state = 53},
  [4] = {.lex_state = 53},
  [5] = {.lex_state = 53},
  [6] = {.lex_state = 53},
  [7] = {.lex_state = 53},
  [8] = {.lex_state = 54},
  [9] = {.lex_state = 54},
  [10] = {.lex_state = 54},
  [11] = {.lex_state = 54},
  [12] = {.lex_state = 54},
  [13] = {.lex_state = 54},
  [14] = {.lex_state = 54},
  [15] = {.lex_state = 54},
  [16] = {.lex_state = 54},
  [17] = {.lex_state = 54},
  [18] = {.lex_state = 54},
  [19] = {.lex_state = 54},
  [20] = {.lex_state = 53},
  [21] = {.lex_state = 52},
  [22] = {.lex_state = 53},
  [23] = {.lex_state = 53},
  [24] = {.lex_state = 54},
  [25] = {.lex_state = 52},
  [26] = {.lex_state = 54},
  [27] = {.lex_state = 54},
  [28] = {.lex_state = 54},
  [29] = {.lex_state = 54},
  [30] = {.lex_state = 52},
  [31] = {.lex_state = 52},
  [32] = {.lex_state = 52},
  [33] = {.lex_state = 54},
  [34] = {.lex_state = 0},
  [35] = {.lex_state = 54},
  [36] = {.lex_state = 54},
  [37] = {.lex_state = 54},
  [38] = {.lex_state = 0},
  [39] = {.lex_state = 54},
  [40] = {.lex_state = 0},
  [41] = {.lex_state = 52},
  [42] = {.lex_state = 0},
  [43] = {.lex_state = 54},
  [44] = {.lex_state = 52},
  [45] = {.lex_state = 52},
  [46] = {.lex_state = 52},
  [47] = {.lex_state = 52},
  [48] = {.lex_state = 52},
  [49] = {.lex_state = 52},
  [50] = {.lex_state = 52},
  [51] = {.lex_state = 52},
  [52] = {.lex_state = 52},
  [53] = {.lex_state = 52},
  [54] = {.lex_state = 52},
  [55] = {.lex_state = 52},
  [56] = {.lex_state = 52},
  [57] = {.lex_state = 52},
  [58] = {.lex_state = 52},
  [59] = {.lex_state = 52},
  [60] = {.lex_state = 54},
  [61] = {.lex_state = 0},
  [62] = {.lex_state = 0},
  [63] = {.lex_state = 0},
  [64] = {.lex_state = 0},
  [65] = {.lex_state = 0},
  [66] = {.lex_state = 0},
  [67] = {.lex_state = 0},
  [68] = {.lex_state = 0},
  [69] = {.lex_state = 0},
  [70] = {.lex_state = 0},
  [71] = {.lex_state = 0},
  [72] = {.lex_state = 0},
  [73] = {.lex_state = 0},
  [74] = {.lex_state = 0},
  [75] = {.lex_state = 0},
  [76] = {.lex_state = 0},
  [77] = {.lex_state = 0},
  [78] = {.lex_state = 0},
  [79] = {.lex_state = 0},
  [80] = {.lex_state = 0},
  [81] = {.lex_state = 0},
  [82] = {.lex_state = 0},
  [83] = {.lex_state = 0},
  [84] = {.lex_state = 0},
  [85] = {.lex_state = 0},
  [86] = {.lex_state = 0},
  [87] = {.lex_state = 0},
  [88] = {.lex_state = 0},
  [89] = {.lex_state = 0},
  [90] = {.lex_state = 0},
  [91] = {.lex_state = 0},
  [92] = {.lex_state = 0},
  [93] = {.lex_state = 0},
  [94] = {.lex_state = 0},
  [95] = {.lex_state = 0},
  [96] = {.lex_state = 0},
  [97] = {.lex_state = 0},
  [98] = {.lex_state = 0},
  [99] = {.lex_state = 0},
  [100] = {.lex_state = 0},
  [101] = {.lex_state = 0},
  [102] = {.lex_state = 0},
  [103] = {.lex_state = 0},
  [104] = {.lex_state = 0},
  [105] = {.lex_state = 54},
  [106] = {.lex_state = 54},
  [107] = {.lex_state = 54},
  [108] = {.lex_state = 54},
  [109] = {.lex_state = 54},
  [110] = {.lex_state = 54},
  [111] = {.lex_state = 54},
  [112] = {.lex_state = 54},
  [113] = {.lex_state = 54},
  [114] = {.lex_state = 54},
  [115] = {.lex_state = 52},
  [116] = {.lex_state = 52},
  [117] = {.lex_state = 52},
  [118] = {.lex_state = 52},
  [119] = {.lex_state = 52},
  [120] = {.lex_state = 52},
  [121] = {.lex_state = 52},
  [122] = {.lex_state = 52},
  [123] = {.lex_state = 0},
  [124] = {.lex_state = 52},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [sym_word] = ACTIONS(1),
    [anon_sym_SEMI] = ACTIONS(1),
    [anon_sym_AMP_AMP] = ACTIONS(1),
    [anon_sym_PIPE_PIPE] = ACTIONS(1),
    [aux_sym_command_token1] = ACTIONS(1),
    [sym_binary] = ACTIONS(1),
    [sym_flag] = ACTIONS(1),
    [aux_sym_simple_command_token1] = ACTIONS(1),
    [aux_sym_simple_command_token2] = ACTIONS(1),
    [aux_sym_simple_command_token3] = ACTIONS(1),
    [aux_sym_simple_command_token4] = ACTIONS(1),
    [aux_sym_simple_command_token5] = ACTIONS(1),
    [aux_sym_simple_command_token6] = ACTIONS(1),
    [aux_sym_rule_command_token1] = ACTIONS(1),
    [aux_sym_rule_command_token2] = ACTIONS(1),
    [aux_sym_rule_command_token3] = ACTIONS(1),
    [aux_sym_rule_command_token5] = ACTIONS(1),
    [aux_sym_action_token1] = ACTIONS(1),
    [aux_sym_action_token2] = ACTIONS(1),
    [aux_sym_action_token3] = ACTIONS(1),
    [aux_sym_action_token4] = ACTIONS(1),
    [aux_sym_direction_token1] = ACTIONS(1),
    [aux_sym_direction_token2] = ACTIONS(1),
    [aux_sym_interface_token1] = ACTIONS(1),
    [aux_sym_log_token1] = ACTIONS(1),
    [aux_sym_log_token2] = ACTIONS(1),
    [aux_sym_endpoint_token1] = ACTIONS(1),
    [aux_sym_endpoint_token2] = ACTIONS(1),
    [aux_sym_endpoint_token3] = ACTIONS(1),
    [aux_sym_endpoint_token4] = ACTIONS(1),
    [aux_sym_proto_token1] = ACTIONS(1),
    [aux_sym_rule_comment_token1] = ACTIONS(1),
    [aux_sym_default_command_token1] = ACTIONS(1),
    [aux_sym_logging_command_token1] = ACTIONS(1),
    [aux_sym_status_command_token1] = ACTIONS(1),
    [aux_sym_show_command_token1] = ACTIONS(1),
    [sym_number] = ACTIONS(1),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(1),
  },
  [1] = {
    [sym_source_file] = STATE(123),
    [sym_separator] = STATE(32),
    [sym_command] = STATE(42),
    [aux_sym_source_file_repeat1] = STATE(34),
    [ts_builtin_sym_end] = ACTIONS(5),
    [anon_sym_SEMI] = ACTIONS(7),
    [anon_sym_AMP_AMP] = ACTIONS(7),
    [anon_sym_PIPE_PIPE] = ACTIONS(7),
    [aux_sym_command_token1] = ACTIONS(9),
    [sym_binary] = ACTIONS(11),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(13),
  },
  [2] = {
    [sym__body] = STATE(65),
    [sym_simple_command] = STATE(65),
    [sym_rule_command] = STATE(65),
    [sym_delete_number] = STATE(65),
    [sym_rule] = STATE(67),
    [sym_action] = STATE(8),
    [sym_default_command] = STATE(65),
    [sym_logging_command] = STATE(65),
    [sym_status_command] = STATE(65),
    [sym_app_command] = STATE(65),
    [sym_show_command] = STATE(65),
    [aux_sym_command_repeat1] = STATE(5),
    [ts_builtin_sym_end] = ACTIONS(15),
    [anon_sym_SEMI] = ACTIONS(15),
    [anon_sym_AMP_AMP] = ACTIONS(15),
    [anon_sym_PIPE_PIPE] = ACTIONS(15),
    [sym_flag] = ACTIONS(17),
    [aux_sym_simple_command_token1] = ACTIONS(19),
    [aux_sym_simple_command_token2] = ACTIONS(19),
    [aux_sym_simple_command_token3] = ACTIONS(19),
    [aux_sym_simple_command_token4] = ACTIONS(19),
    [aux_sym_simple_command_token5] = ACTIONS(19),
    [aux_sym_simple_command_token6] = ACTIONS(19),
    [aux_sym_rule_command_token1] = ACTIONS(21),
    [aux_sym_rule_command_token2] = ACTIONS(23),
    [aux_sym_rule_command_token3] = ACTIONS(25),
    [aux_sym_rule_command_token4] = ACTIONS(27),
    [aux_sym_rule_command_token5] = ACTIONS(29),
    [aux_sym_action_token1] = ACTIONS(31),
    [aux_sym_action_token2] = ACTIONS(31),
    [aux_sym_action_token3] = ACTIONS(31),
    [aux_sym_action_token4] = ACTIONS(31),
    [aux_sym_endpoint_token4] = ACTIONS(33),
    [aux_sym_default_command_token1] = ACTIONS(35),
    [aux_sym_logging_command_token1] = ACTIONS(37),
    [aux_sym_status_command_token1] = ACTIONS(39),
    [aux_sym_show_command_token1] = ACTIONS(41),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(15),
  },
  [3] = {
    [sym__body] = STATE(89),
    [sym_simple_command] = STATE(89),
    [sym_rule_command] = STATE(89),
    [sym_delete_number] = STATE(89),
    [sym_rule] = STATE(67),
    [sym_action] = STATE(8),
    [sym_default_command] = STATE(89),
    [sym_logging_command] = STATE(89),
    [sym_status_command] = STATE(89),
    [sym_app_command] = STATE(89),
    [sym_show_command] = STATE(89),
    [aux_sym_command_repeat1] = STATE(4),
    [ts_builtin_sym_end] = ACTIONS(43),
    [anon_sym_SEMI] = ACTIONS(43),
    [anon_sym_AMP_AMP] = ACTIONS(43),
    [anon_sym_PIPE_PIPE] = ACTIONS(43),
    [sym_flag] = ACTIONS(17),
    [aux_sym_simple_command_token1] = ACTIONS(19),
    [aux_sym_simple_command_token2] = ACTIONS(19),
    [aux_sym_simple_command_token3] = ACTIONS(19),
    [aux_sym_simple_command_token4] = ACTIONS(19),
    [aux_sym_simple_command_token5] = ACTIONS(19),
    [aux_sym_simple_command_token6] = ACTIONS(19),
    [aux_sym_rule_command_token1] = ACTIONS(21),
    [aux_sym_rule_command_token2] = ACTIONS(23),
    [aux_sym_rule_command_token3] = ACTIONS(25),
    [aux_sym_rule_command_token4] = ACTIONS(27),
    [aux_sym_rule_command_token5] = ACTIONS(29),
    [aux_sym_action_token1] = ACTIONS(31),
    [aux_sym_action_token2] = ACTIONS(31),
    [aux_sym_action_token3] = ACTIONS(31),
    [aux_sym_action_token4] = ACTIONS(31),
    [aux_sym_endpoint_token4] = ACTIONS(33),
    [aux_sym_default_command_token1] = ACTIONS(35),
    [aux_sym_logging_command_token1] = ACTIONS(37),
    [aux_sym_status_command_token1] = ACTIONS(39),
    [aux_sym_show_command_token1] = ACTIONS(41),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(43),
  },
  [4] = {
    [sym__body] = STATE(64),
    [sym_simple_command] = STATE(64),
    [sym_rule_command] = STATE(64),
    [sym_delete_number] = STATE(64),
    [sym_rule] = STATE(67),
    [sym_action] = STATE(8),
    [sym_default_command] = STATE(64),
    [sym_logging_command] = STATE(64),
    [sym_status_command] = STATE(64),
    [sym_app_command] = STATE(64),
    [sym_show_command] = STATE(64),
    [aux_sym_command_repeat1] = STATE(6),
    [ts_builtin_sym_end] = ACTIONS(45),
    [anon_sym_SEMI] = ACTIONS(45),
    [anon_sym_AMP_AMP] = ACTIONS(45),
    [anon_sym_PIPE_PIPE] = ACTIONS(45),
    [sym_flag] = ACTIONS(17),
    [aux_sym_simple_command_token1] = ACTIONS(19),
    [aux_sym_simple_command_token2] = ACTIONS(19),
    [aux_sym_simple_command_token3] = ACTIONS(19),
    [aux_sym_simple_command_token4] = ACTIONS(19),
    [aux_sym_simple_command_token5] = ACTIONS(19),
    [aux_sym_simple_command_token6] = ACTIONS(19),
    [aux_sym_rule_command_token1] = ACTIONS(21),
    [aux_sym_rule_command_token2] = ACTIONS(23),
    [aux_sym_rule_command_token3] = ACTIONS(25),
    [aux_sym_rule_command_token4] = ACTIONS(27),
    [aux_sym_rule_command_token5] = ACTIONS(29),
    [aux_sym_action_token1] = ACTIONS(31),
    [aux_sym_action_token2] = ACTIONS(31),
    [aux_sym_action_token3] = ACTIONS(31),
    [aux_sym_action_token4] = ACTIONS(31),
    [aux_sym_endpoint_token4] = ACTIONS(33),
    [aux_sym_default_command_token1] = ACTIONS(35),
    [aux_sym_logging_command_token1] = ACTIONS(37),
    [aux_sym_status_command_token1] = ACTIONS(39),
    [aux_sym_show_command_token1] = ACTIONS(41),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(45),
  },
  [5] = {
    [sym__body] = STATE(62),
    [sym_simple_command] = STATE(62),
    [sym_rule_command] = STATE(62),
    [sym_delete_number] = STATE(62),
    [sym_rule] = STATE(67),
    [sym_action] = STATE(8),
    [sym_default_command] = STATE(62),
    [sym_logging_command] = STATE(62),
    [sym_status_command] = STATE(62),
    [sym_app_command] = STATE(62),
    [sym_show_command] = STATE(62),
    [aux_sym_command_repeat1] = STATE(6),
    [ts_builtin_sym_end] = ACTIONS(47),
    [anon_sym_SEMI] = ACTIONS(47),
    [anon_sym_AMP_AMP] = ACTIONS(47),
    [anon_sym_PIPE_PIPE] = ACTIONS(47),
    [sym_flag] = ACTIONS(17),
    [aux_sym_simple_command_token1] = ACTIONS(19),
    [aux_sym_simple_command_token2] = ACTIONS(19),
    [aux_sym_simple_command_token3] = ACTIONS(19),
    [aux_sym_simple_command_token4] = ACTIONS(19),
    [aux_sym_simple_command_token5] = ACTIONS(19),
    [aux_sym_simple_command_token6] = ACTIONS(19),
    [aux_sym_rule_command_token1] = ACTIONS(21),
    [aux_sym_rule_command_token2] = ACTIONS(23),
    [aux_sym_rule_command_token3] = ACTIONS(25),
    [aux_sym_rule_command_token4] = ACTIONS(27),
    [aux_sym_rule_command_token5] = ACTIONS(29),
    [aux_sym_action_token1] = ACTIONS(31),
    [aux_sym_action_token2] = ACTIONS(31),
    [aux_sym_action_token3] = ACTIONS(31),
    [aux_sym_action_token4] = ACTIONS(31),
    [aux_sym_endpoint_token4] = ACTIONS(33),
    [aux_sym_default_command_token1] = ACTIONS(35),
    [aux_sym_logging_command_token1] = ACTIONS(37),
    [aux_sym_status_command_token1] = ACTIONS(39),
    [aux_sym_show_command_token1] = ACTIONS(41),
    [sym_comment] = ACTIONS(3),
    [sym_line_continuation] = ACTIONS(3),
    [sym__newline] = ACTIONS(47),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 4,
    ACTIONS(51), 1,
      sym_flag,
    STATE(6), 1,
      aux_sym_command_repeat1,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(49), 25,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      aux_sym_simple_command_token1,
      aux_sym_simple_command_token2,
      aux_sym_simple_command_token3,
      aux_sym_simple_command_token4,
      aux_sym_simple_command_token5,
      aux_sym_simple_command_token6,
      aux_sym_rule_command_token1,
      aux_sym_rule_command_token2,
      aux_sym_rule_command_token3,
      aux_sym_rule_command_token4,
      aux_sym_rule_command_token5,
      aux_sym_action_token1,
      aux_sym_action_token2,
      aux_sym_action_token3,
      aux_sym_action_token4,
      aux_sym_endpoint_token4,
      aux_sym_default_command_token1,
      aux_sym_logging_command_token1,
      aux_sym_status_command_token1,
      aux_sym_show_command_token1,
      sym__newline,
  [38] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(54), 26,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym_flag,
      aux_sym_simple_command_token1,
      aux_sym_simple_command_token2,
      aux_sym_simple_command_token3,
      aux_sym_simple_command_token4,
      aux_sym_simple_command_token5,
      aux_sym_simple_command_token6,
      aux_sym_rule_command_token1,
      aux_sym_rule_command_token2,
      aux_sym_rule_command_token3,
      aux_sym_rule_command_token4,
      aux_sym_rule_command_token5,
      aux_sym_action_token1,
      aux_sym_action_token2,
      aux_sym_action_token3,
      aux_sym_action_token4,
      aux_sym_endpoint_token4,
      aux_sym_default_command_token1,
      aux_sym_logging_command_token1,
      aux_sym_status_command_token1,
      aux_sym_show_command_token1,
      sym__newline,
  [71] = 14,
    ACTIONS(58), 1,
      sym_word,
    ACTIONS(62), 1,
      aux_sym_interface_token1,
    ACTIONS(68), 1,
      aux_sym_proto_token1,
    ACTIONS(70), 1,
      aux_sym_rule_comment_token1,
    STATE(35), 1,
      sym_simple_target,
    STATE(60), 1,
      sym_value,
    STATE(103), 1,
      sym_rule_comment,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(60), 2,
      aux_sym_direction_token1,
      aux_sym_direction_token2,
    ACTIONS(64), 2,
      aux_sym_log_token1,
      aux_sym_log_token2,
    ACTIONS(66), 2,
      aux_sym_endpoint_token1,
      aux_sym_endpoint_token2,
    STATE(17), 3,
      sym_endpoint,
      sym_proto,
      aux_sym_rule_repeat2,
    STATE(9), 4,
      sym_direction,
      sym_interface,
      sym_log,
      aux_sym_rule_repeat1,
    ACTIONS(56), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [127] = 14,
    ACTIONS(58), 1,
      sym_word,
    ACTIONS(62), 1,
      aux_sym_interface_token1,
    ACTIONS(68), 1,
      aux_sym_proto_token1,
    ACTIONS(70), 1,
      aux_sym_rule_comment_token1,
    STATE(39), 1,
      sym_simple_target,
    STATE(60), 1,
      sym_value,
    STATE(84), 1,
      sym_rule_comment,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(60), 2,
      aux_sym_direction_token1,
      aux_sym_direction_token2,
    ACTIONS(64), 2,
      aux_sym_log_token1,
      aux_sym_log_token2,
    ACTIONS(66), 2,
      aux_sym_endpoint_token1,
      aux_sym_endpoint_token2,
    STATE(16), 3,
      sym_endpoint,
      sym_proto,
      aux_sym_rule_repeat2,
    STATE(10), 4,
      sym_direction,
      sym_interface,
      sym_log,
      aux_sym_rule_repeat1,
    ACTIONS(72), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [183] = 7,
    ACTIONS(81), 1,
      aux_sym_interface_token1,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(78), 2,
      aux_sym_direction_token1,
      aux_sym_direction_token2,
    ACTIONS(84), 2,
      aux_sym_log_token1,
      aux_sym_log_token2,
    STATE(10), 4,
      sym_direction,
      sym_interface,
      sym_log,
      aux_sym_rule_repeat1,
    ACTIONS(74), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
    ACTIONS(76), 5,
      aux_sym_endpoint_token1,
      aux_sym_endpoint_token2,
      aux_sym_proto_token1,
      aux_sym_rule_comment_token1,
      sym_word,
  [219] = 3,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(87), 6,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym_flag,
      sym__newline,
    ACTIONS(89), 12,
      aux_sym_direction_token1,
      aux_sym_direction_token2,
      aux_sym_interface_token1,
      aux_sym_log_token1,
      aux_sym_log_token2,
      aux_sym_endpoint_token1,
      aux_sym_endpoint_token2,
      aux_sym_endpoint_token3,
      aux_sym_endpoint_token4,
      aux_sym_proto_token1,
      aux_sym_rule_comment_token1,
      sym_word,
  [246] = 3,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(91), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
    ACTIONS(93), 10,
      aux_sym_direction_token1,
      aux_sym_direction_token2,
      aux_sym_interface_token1,
      aux_sym_log_token1,
      aux_sym_log_token2,
      aux_sym_endpoint_token1,
      aux_sym_endpoint_token2,
      aux_sym_proto_token1,
      aux_sym_rule_comment_token1,
      sym_word,
  [270] = 3,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(95), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
    ACTIONS(97), 10,
      aux_sym_direction_token1,
      aux_sym_direction_token2,
      aux_sym_interface_token1,
      aux_sym_log_token1,
      aux_sym_log_token2,
      aux_sym_endpoint_token1,
      aux_sym_endpoint_token2,
      aux_sym_proto_token1,
      aux_sym_rule_comment_token1,
      sym_word,
  [294] = 3,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(99), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
    ACTIONS(101), 10,
      aux_sym_direction_token1,
      aux_sym_direction_token2,
      aux_sym_interface_token1,
      aux_sym_log_token1,
      aux_sym_log_token2,
      aux_sym_endpoint_token1,
      aux_sym_endpoint_token2,
      aux_sym_proto_token1,
      aux_sym_rule_comment_token1,
      sym_word,
  [318] = 3,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(103), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
    ACTIONS(105), 10,
      aux_sym_direction_token1,
      aux_sym_direction_token2,
      aux_sym_interface_token1,
      aux_sym_log_token1,
      aux_sym_log_token2,
      aux_sym_endpoint_token1,
      aux_sym_endpoint_token2,
      aux_sym_proto_token1,
      aux_sym_rule_comment_token1,
      sym_word,
  [342] = 7,
    ACTIONS(111), 1,
      aux_sym_proto_token1,
    ACTIONS(113), 1,
      aux_sym_rule_comment_token1,
    STATE(97), 1,
      sym_rule_comment,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(109), 2,
      aux_sym_endpoint_token1,
      aux_sym_endpoint_token2,
    STATE(18), 3,
      sym_endpoint,
      sym_proto,
      aux_sym_rule_repeat2,
    ACTIONS(107), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [372] = 7,
    ACTIONS(111), 1,
      aux_sym_proto_token1,
    ACTIONS(113), 1,
      aux_sym_rule_comment_token1,
    STATE(84), 1,
      sym_rule_comment,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(109), 2,
      aux_sym_endpoint_token1,
      aux_sym_endpoint_token2,
    STATE(18), 3,
      sym_endpoint,
      sym_proto,
      aux_sym_rule_repeat2,
    ACTIONS(72), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [402] = 5,
    ACTIONS(120), 1,
      aux_sym_proto_token1,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(117), 2,
      aux_sym_endpoint_token1,
      aux_sym_endpoint_token2,
    STATE(18), 3,
      sym_endpoint,
      sym_proto,
      aux_sym_rule_repeat2,
    ACTIONS(115), 6,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      aux_sym_rule_comment_token1,
      sym__newline,
  [427] = 4,
    ACTIONS(125), 1,
      aux_sym_endpoint_token3,
    ACTIONS(127), 1,
      aux_sym_endpoint_token4,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(123), 9,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      aux_sym_endpoint_token1,
      aux_sym_endpoint_token2,
      aux_sym_proto_token1,
      aux_sym_rule_comment_token1,
      sym__newline,
  [449] = 8,
    ACTIONS(129), 1,
      aux_sym_rule_command_token2,
    ACTIONS(131), 1,
      aux_sym_rule_command_token3,
    ACTIONS(133), 1,
      aux_sym_rule_command_token4,
    ACTIONS(135), 1,
      aux_sym_rule_command_token5,
    STATE(8), 1,
      sym_action,
    STATE(63), 1,
      sym_rule,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(31), 4,
      aux_sym_action_token1,
      aux_sym_action_token2,
      aux_sym_action_token3,
      aux_sym_action_token4,
  [478] = 7,
    ACTIONS(137), 1,
      aux_sym_rule_command_token4,
    ACTIONS(139), 1,
      aux_sym_rule_command_token5,
    ACTIONS(141), 1,
      sym_number,
    STATE(8), 1,
      sym_action,
    STATE(72), 1,
      sym_rule,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(31), 4,
      aux_sym_action_token1,
      aux_sym_action_token2,
      aux_sym_action_token3,
      aux_sym_action_token4,
  [504] = 7,
    ACTIONS(143), 1,
      aux_sym_rule_command_token3,
    ACTIONS(145), 1,
      aux_sym_rule_command_token4,
    ACTIONS(147), 1,
      aux_sym_rule_command_token5,
    STATE(8), 1,
      sym_action,
    STATE(66), 1,
      sym_rule,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(31), 4,
      aux_sym_action_token1,
      aux_sym_action_token2,
      aux_sym_action_token3,
      aux_sym_action_token4,
  [530] = 7,
    ACTIONS(149), 1,
      aux_sym_rule_command_token3,
    ACTIONS(151), 1,
      aux_sym_rule_command_token4,
    ACTIONS(153), 1,
      aux_sym_rule_command_token5,
    STATE(8), 1,
      sym_action,
    STATE(69), 1,
      sym_rule,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(31), 4,
      aux_sym_action_token1,
      aux_sym_action_token2,
      aux_sym_action_token3,
      aux_sym_action_token4,
  [556] = 6,
    ACTIONS(157), 1,
      sym_word,
    ACTIONS(159), 1,
      sym_flag,
    STATE(27), 1,
      aux_sym_command_repeat1,
    STATE(77), 1,
      sym_value,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(155), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [580] = 7,
    ACTIONS(161), 1,
      aux_sym_rule_command_token4,
    ACTIONS(163), 1,
      aux_sym_rule_command_token5,
    ACTIONS(165), 1,
      sym_number,
    STATE(8), 1,
      sym_action,
    STATE(78), 1,
      sym_rule,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(31), 4,
      aux_sym_action_token1,
      aux_sym_action_token2,
      aux_sym_action_token3,
      aux_sym_action_token4,
  [606] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(167), 9,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      aux_sym_endpoint_token1,
      aux_sym_endpoint_token2,
      aux_sym_proto_token1,
      aux_sym_rule_comment_token1,
      sym__newline,
  [622] = 6,
    ACTIONS(157), 1,
      sym_word,
    ACTIONS(159), 1,
      sym_flag,
    STATE(33), 1,
      aux_sym_command_repeat1,
    STATE(95), 1,
      sym_value,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(169), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [646] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(171), 9,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      aux_sym_endpoint_token1,
      aux_sym_endpoint_token2,
      aux_sym_proto_token1,
      aux_sym_rule_comment_token1,
      sym__newline,
  [662] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(173), 9,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      aux_sym_endpoint_token1,
      aux_sym_endpoint_token2,
      aux_sym_proto_token1,
      aux_sym_rule_comment_token1,
      sym__newline,
  [678] = 6,
    ACTIONS(175), 1,
      aux_sym_rule_command_token4,
    ACTIONS(177), 1,
      aux_sym_rule_command_token5,
    STATE(8), 1,
      sym_action,
    STATE(88), 1,
      sym_rule,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(31), 4,
      aux_sym_action_token1,
      aux_sym_action_token2,
      aux_sym_action_token3,
      aux_sym_action_token4,
  [701] = 6,
    ACTIONS(179), 1,
      aux_sym_rule_command_token4,
    ACTIONS(181), 1,
      aux_sym_rule_command_token5,
    STATE(8), 1,
      sym_action,
    STATE(68), 1,
      sym_rule,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(31), 4,
      aux_sym_action_token1,
      aux_sym_action_token2,
      aux_sym_action_token3,
      aux_sym_action_token4,
  [724] = 5,
    ACTIONS(9), 1,
      aux_sym_command_token1,
    ACTIONS(11), 1,
      sym_binary,
    STATE(104), 1,
      sym_command,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(183), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [745] = 4,
    ACTIONS(185), 1,
      sym_flag,
    STATE(33), 1,
      aux_sym_command_repeat1,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(49), 6,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym_word,
      sym__newline,
  [764] = 6,
    ACTIONS(13), 1,
      sym__newline,
    ACTIONS(188), 1,
      ts_builtin_sym_end,
    STATE(32), 1,
      sym_separator,
    STATE(40), 1,
      aux_sym_source_file_repeat1,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(7), 3,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
  [786] = 4,
    ACTIONS(113), 1,
      aux_sym_rule_comment_token1,
    STATE(83), 1,
      sym_rule_comment,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(190), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [804] = 4,
    ACTIONS(157), 1,
      sym_word,
    STATE(79), 1,
      sym_value,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(192), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [822] = 4,
    ACTIONS(157), 1,
      sym_word,
    STATE(86), 1,
      sym_value,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(194), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [840] = 6,
    ACTIONS(13), 1,
      sym__newline,
    ACTIONS(196), 1,
      ts_builtin_sym_end,
    STATE(32), 1,
      sym_separator,
    STATE(40), 1,
      aux_sym_source_file_repeat1,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(7), 3,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
  [862] = 4,
    ACTIONS(113), 1,
      aux_sym_rule_comment_token1,
    STATE(96), 1,
      sym_rule_comment,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(198), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [880] = 6,
    ACTIONS(200), 1,
      ts_builtin_sym_end,
    ACTIONS(205), 1,
      sym__newline,
    STATE(32), 1,
      sym_separator,
    STATE(40), 1,
      aux_sym_source_file_repeat1,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(202), 3,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
  [902] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(208), 7,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      aux_sym_command_token1,
      sym_binary,
      sym__newline,
  [916] = 6,
    ACTIONS(13), 1,
      sym__newline,
    ACTIONS(188), 1,
      ts_builtin_sym_end,
    STATE(32), 1,
      sym_separator,
    STATE(38), 1,
      aux_sym_source_file_repeat1,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(7), 3,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
  [938] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(54), 7,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym_flag,
      sym_word,
      sym__newline,
  [952] = 4,
    STATE(8), 1,
      sym_action,
    STATE(99), 1,
      sym_rule,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(31), 4,
      aux_sym_action_token1,
      aux_sym_action_token2,
      aux_sym_action_token3,
      aux_sym_action_token4,
  [969] = 4,
    STATE(8), 1,
      sym_action,
    STATE(73), 1,
      sym_rule,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(31), 4,
      aux_sym_action_token1,
      aux_sym_action_token2,
      aux_sym_action_token3,
      aux_sym_action_token4,
  [986] = 4,
    STATE(8), 1,
      sym_action,
    STATE(75), 1,
      sym_rule,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(31), 4,
      aux_sym_action_token1,
      aux_sym_action_token2,
      aux_sym_action_token3,
      aux_sym_action_token4,
  [1003] = 4,
    STATE(8), 1,
      sym_action,
    STATE(76), 1,
      sym_rule,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(31), 4,
      aux_sym_action_token1,
      aux_sym_action_token2,
      aux_sym_action_token3,
      aux_sym_action_token4,
  [1020] = 4,
    STATE(8), 1,
      sym_action,
    STATE(80), 1,
      sym_rule,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(31), 4,
      aux_sym_action_token1,
      aux_sym_action_token2,
      aux_sym_action_token3,
      aux_sym_action_token4,
  [1037] = 4,
    STATE(8), 1,
      sym_action,
    STATE(90), 1,
      sym_rule,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(31), 4,
      aux_sym_action_token1,
      aux_sym_action_token2,
      aux_sym_action_token3,
      aux_sym_action_token4,
  [1054] = 4,
    STATE(8), 1,
      sym_action,
    STATE(91), 1,
      sym_rule,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(31), 4,
      aux_sym_action_token1,
      aux_sym_action_token2,
      aux_sym_action_token3,
      aux_sym_action_token4,
  [1071] = 4,
    STATE(8), 1,
      sym_action,
    STATE(98), 1,
      sym_rule,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(31), 4,
      aux_sym_action_token1,
      aux_sym_action_token2,
      aux_sym_action_token3,
      aux_sym_action_token4,
  [1088] = 4,
    STATE(8), 1,
      sym_action,
    STATE(61), 1,
      sym_rule,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(31), 4,
      aux_sym_action_token1,
      aux_sym_action_token2,
      aux_sym_action_token3,
      aux_sym_action_token4,
  [1105] = 4,
    STATE(8), 1,
      sym_action,
    STATE(100), 1,
      sym_rule,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(31), 4,
      aux_sym_action_token1,
      aux_sym_action_token2,
      aux_sym_action_token3,
      aux_sym_action_token4,
  [1122] = 4,
    STATE(8), 1,
      sym_action,
    STATE(92), 1,
      sym_rule,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(31), 4,
      aux_sym_action_token1,
      aux_sym_action_token2,
      aux_sym_action_token3,
      aux_sym_action_token4,
  [1139] = 4,
    STATE(8), 1,
      sym_action,
    STATE(101), 1,
      sym_rule,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(31), 4,
      aux_sym_action_token1,
      aux_sym_action_token2,
      aux_sym_action_token3,
      aux_sym_action_token4,
  [1156] = 4,
    STATE(8), 1,
      sym_action,
    STATE(102), 1,
      sym_rule,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(31), 4,
      aux_sym_action_token1,
      aux_sym_action_token2,
      aux_sym_action_token3,
      aux_sym_action_token4,
  [1173] = 4,
    STATE(8), 1,
      sym_action,
    STATE(93), 1,
      sym_rule,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(31), 4,
      aux_sym_action_token1,
      aux_sym_action_token2,
      aux_sym_action_token3,
      aux_sym_action_token4,
  [1190] = 4,
    STATE(8), 1,
      sym_action,
    STATE(94), 1,
      sym_rule,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(31), 4,
      aux_sym_action_token1,
      aux_sym_action_token2,
      aux_sym_action_token3,
      aux_sym_action_token4,
  [1207] = 4,
    STATE(8), 1,
      sym_action,
    STATE(70), 1,
      sym_rule,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(31), 4,
      aux_sym_action_token1,
      aux_sym_action_token2,
      aux_sym_action_token3,
      aux_sym_action_token4,
  [1224] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(210), 6,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      aux_sym_rule_comment_token1,
      sym__newline,
  [1237] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(212), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1249] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(214), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1261] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(216), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1273] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(218), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1285] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(220), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1297] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(222), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1309] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(224), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1321] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(226), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1333] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(228), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1345] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(230), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1357] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(232), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1369] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(234), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1381] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(236), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1393] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(238), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1405] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(240), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1417] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(242), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1429] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(244), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1441] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(246), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1453] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(248), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1465] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(250), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1477] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(252), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1489] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(254), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1501] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(256), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1513] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(107), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1525] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(258), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1537] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(260), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1549] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(262), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1561] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(264), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1573] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(266), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1585] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(268), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1597] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(270), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1609] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(272), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1621] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(274), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1633] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(276), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1645] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(278), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1657] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(280), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1669] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(282), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1681] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(284), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1693] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(286), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1705] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(288), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1717] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(290), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1729] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(292), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1741] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(72), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1753] = 2,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
    ACTIONS(200), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      sym__newline,
  [1765] = 3,
    ACTIONS(157), 1,
      sym_word,
    STATE(26), 1,
      sym_value,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [1776] = 3,
    ACTIONS(157), 1,
      sym_word,
    STATE(87), 1,
      sym_value,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [1787] = 3,
    ACTIONS(157), 1,
      sym_word,
    STATE(29), 1,
      sym_value,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [1798] = 3,
    ACTIONS(157), 1,
      sym_word,
    STATE(24), 1,
      sym_value,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [1809] = 3,
    ACTIONS(157), 1,
      sym_word,
    STATE(28), 1,
      sym_value,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [1820] = 3,
    ACTIONS(157), 1,
      sym_word,
    STATE(36), 1,
      sym_value,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [1831] = 3,
    ACTIONS(157), 1,
      sym_word,
    STATE(82), 1,
      sym_value,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [1842] = 3,
    ACTIONS(157), 1,
      sym_word,
    STATE(85), 1,
      sym_value,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [1853] = 3,
    ACTIONS(157), 1,
      sym_word,
    STATE(15), 1,
      sym_value,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [1864] = 3,
    ACTIONS(157), 1,
      sym_word,
    STATE(19), 1,
      sym_value,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [1875] = 2,
    ACTIONS(294), 1,
      sym_number,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [1883] = 2,
    ACTIONS(296), 1,
      sym_number,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [1891] = 2,
    ACTIONS(298), 1,
      sym_binary,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [1899] = 2,
    ACTIONS(300), 1,
      sym_number,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [1907] = 2,
    ACTIONS(302), 1,
      sym_number,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [1915] = 2,
    ACTIONS(304), 1,
      sym_number,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [1923] = 2,
    ACTIONS(306), 1,
      sym_number,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [1931] = 2,
    ACTIONS(308), 1,
      sym_number,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [1939] = 2,
    ACTIONS(310), 1,
      ts_builtin_sym_end,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
  [1947] = 2,
    ACTIONS(312), 1,
      sym_number,
    ACTIONS(3), 2,
      sym_comment,
      sym_line_continuation,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(6)] = 0,
  [SMALL_STATE(7)] = 38,
  [SMALL_STATE(8)] = 71,
  [SMALL_STATE(9)] = 127,
  [SMALL_STATE(10)] = 183,
  [SMALL_STATE(11)] = 219,
  [SMALL_STATE(12)] = 246,
  [SMALL_STATE(13)] = 270,
  [SMALL_STATE(14)] = 294,
  [SMALL_STATE(15)] = 318,
  [SMALL_STATE(16)] = 342,
  [SMALL_STATE(17)] = 372,
  [SMALL_STATE(18)] = 402,
  [SMALL_STATE(19)] = 427,
  [SMALL_STATE(20)] = 449,
  [SMALL_STATE(21)] = 478,
  [SMALL_STATE(22)] = 504,
  [SMALL_STATE(23)] = 530,
  [SMALL_STATE(24)] = 556,
  [SMALL_STATE(25)] = 580,
  [SMALL_STATE(26)] = 606,
  [SMALL_STATE(27)] = 622,
  [SMALL_STATE(28)] = 646,
  [SMALL_STATE(29)] = 662,
  [SMALL_STATE(30)] = 678,
  [SMALL_STATE(31)] = 701,
  [SMALL_STATE(32)] = 724,
  [SMALL_STATE(33)] = 745,
  [SMALL_STATE(34)] = 764,
  [SMALL_STATE(35)] = 786,
  [SMALL_STATE(36)] = 804,
  [SMALL_STATE(37)] = 822,
  [SMALL_STATE(38)] = 840,
  [SMALL_STATE(39)] = 862,
  [SMALL_STATE(40)] = 880,
  [SMALL_STATE(41)] = 902,
  [SMALL_STATE(42)] = 916,
  [SMALL_STATE(43)] = 938,
  [SMALL_STATE(44)] = 952,
  [SMALL_STATE(45)] = 969,
  [SMALL_STATE(46)] = 986,
  [SMALL_STATE(47)] = 1003,
  [SMALL_STATE(48)] = 1020,
  [SMALL_STATE(49)] = 1037,
  [SMALL_STATE(50)] = 1054,
  [SMALL_STATE(51)] = 1071,
  [SMALL_STATE(52)] = 1088,
  [SMALL_STATE(53)] = 1105,
  [SMALL_STATE(54)] = 1122,
  [SMALL_STATE(55)] = 1139,
  [SMALL_STATE(56)] = 1156,
  [SMALL_STATE(57)] = 1173,
  [SMALL_STATE(58)] = 1190,
  [SMALL_STATE(59)] = 1207,
  [SMALL_STATE(60)] = 1224,
  [SMALL_STATE(61)] = 1237,
  [SMALL_STATE(62)] = 1249,
  [SMALL_STATE(63)] = 1261,
  [SMALL_STATE(64)] = 1273,
  [SMALL_STATE(65)] = 1285,
  [SMALL_STATE(66)] = 1297,
  [SMALL_STATE(67)] = 1309,
  [SMALL_STATE(68)] = 1321,
  [SMALL_STATE(69)] = 1333,
  [SMALL_STATE(70)] = 1345,
  [SMALL_STATE(71)] = 1357,
  [SMALL_STATE(72)] = 1369,
  [SMALL_STATE(73)] = 1381,
  [SMALL_STATE(74)] = 1393,
  [SMALL_STATE(75)] = 1405,
  [SMALL_STATE(76)] = 1417,
  [SMALL_STATE(77)] = 1429,
  [SMALL_STATE(78)] = 1441,
  [SMALL_STATE(79)] = 1453,
  [SMALL_STATE(80)] = 1465,
  [SMALL_STATE(81)] = 1477,
  [SMALL_STATE(82)] = 1489,
  [SMALL_STATE(83)] = 1501,
  [SMALL_STATE(84)] = 1513,
  [SMALL_STATE(85)] = 1525,
  [SMALL_STATE(86)] = 1537,
  [SMALL_STATE(87)] = 1549,
  [SMALL_STATE(88)] = 1561,
  [SMALL_STATE(89)] = 1573,
  [SMALL_STATE(90)] = 1585,
  [SMALL_STATE(91)] = 1597,
  [SMALL_STATE(92)] = 1609,
  [SMALL_STATE(93)] = 1621,
  [SMALL_STATE(94)] = 1633,
  [SMALL_STATE(95)] = 1645,
  [SMALL_STATE(96)] = 1657,
  [SMALL_STATE(97)] = 1669,
  [SMALL_STATE(98)] = 1681,
  [SMALL_STATE(99)] = 1693,
  [SMALL_STATE(100)] = 1705,
  [SMALL_STATE(101)] = 1717,
  [SMALL_STATE(102)] = 1729,
  [SMALL_STATE(103)] = 1741,
  [SMALL_STATE(104)] = 1753,
  [SMALL_STATE(105)] = 1765,
  [SMALL_STATE(106)] = 1776,
  [SMALL_STATE(107)] = 1787,
  [SMALL_STATE(108)] = 1798,
  [SMALL_STATE(109)] = 1809,
  [SMALL_STATE(110)] = 1820,
  [SMALL_STATE(111)] = 1831,
  [SMALL_STATE(112)] = 1842,
  [SMALL_STATE(113)] = 1853,
  [SMALL_STATE(114)] = 1864,
  [SMALL_STATE(115)] = 1875,
  [SMALL_STATE(116)] = 1883,
  [SMALL_STATE(117)] = 1891,
  [SMALL_STATE(118)] = 1899,
  [SMALL_STATE(119)] = 1907,
  [SMALL_STATE(120)] = 1915,
  [SMALL_STATE(121)] = 1923,
  [SMALL_STATE(122)] = 1931,
  [SMALL_STATE(123)] = 1939,
  [SMALL_STATE(124)] = 1947,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(117),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(32),
  [15] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_command, 1, 0, 1),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(20),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [27] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [29] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [33] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [35] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [37] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [39] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [41] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [43] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_command, 2, 0, 2),
  [45] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_command, 3, 0, 10),
  [47] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_command, 2, 0, 8),
  [49] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_command_repeat1, 2, 0, 23),
  [51] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_command_repeat1, 2, 0, 23), SHIFT_REPEAT(7),
  [54] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_command_repeat1, 1, 0, 3),
  [56] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 1, 0, 7),
  [58] = {.entry = {.count = 1, .reusable = false}}, SHIFT(11),
  [60] = {.entry = {.count = 1, .reusable = false}}, SHIFT(12),
  [62] = {.entry = {.count = 1, .reusable = false}}, SHIFT(113),
  [64] = {.entry = {.count = 1, .reusable = false}}, SHIFT(13),
  [66] = {.entry = {.count = 1, .reusable = false}}, SHIFT(114),
  [68] = {.entry = {.count = 1, .reusable = false}}, SHIFT(109),
  [70] = {.entry = {.count = 1, .reusable = false}}, SHIFT(111),
  [72] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 2, 0, 7),
  [74] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_rule_repeat1, 2, 0, 0),
  [76] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_rule_repeat1, 2, 0, 0),
  [78] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_rule_repeat1, 2, 0, 0), SHIFT_REPEAT(12),
  [81] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_rule_repeat1, 2, 0, 0), SHIFT_REPEAT(113),
  [84] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_rule_repeat1, 2, 0, 0), SHIFT_REPEAT(13),
  [87] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_value, 1, 0, 0),
  [89] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_value, 1, 0, 0),
  [91] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_direction, 1, 0, 0),
  [93] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_direction, 1, 0, 0),
  [95] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_log, 1, 0, 0),
  [97] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_log, 1, 0, 0),
  [99] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_action, 1, 0, 0),
  [101] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_action, 1, 0, 0),
  [103] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_interface, 2, 0, 36),
  [105] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_interface, 2, 0, 36),
  [107] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 3, 0, 7),
  [109] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [111] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [113] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [115] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_rule_repeat2, 2, 0, 0),
  [117] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_rule_repeat2, 2, 0, 0), SHIFT_REPEAT(114),
  [120] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_rule_repeat2, 2, 0, 0), SHIFT_REPEAT(109),
  [123] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_endpoint, 2, 0, 37),
  [125] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [127] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [129] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [131] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [133] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [135] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [137] = {.entry = {.count = 1, .reusable = true}}, SHIFT(120),
  [139] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [141] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [143] = {.entry = {.count = 1, .reusable = true}}, SHIFT(30),
  [145] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [147] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [149] = {.entry = {.count = 1, .reusable = true}}, SHIFT(21),
  [151] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [153] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [155] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_app_command, 2, 0, 16),
  [157] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [159] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [161] = {.entry = {.count = 1, .reusable = true}}, SHIFT(121),
  [163] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [165] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [167] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_endpoint, 4, 0, 53),
  [169] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_app_command, 3, 0, 34),
  [171] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_proto, 2, 0, 38),
  [173] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_endpoint, 4, 0, 54),
  [175] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [177] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [179] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [181] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [183] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 1, 0, 0),
  [185] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_command_repeat1, 2, 0, 23), SHIFT_REPEAT(43),
  [188] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [190] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 2, 0, 21),
  [192] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_default_command, 2, 0, 17),
  [194] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_status_command, 1, 0, 0),
  [196] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, 0, 0),
  [198] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 3, 0, 40),
  [200] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [202] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(41),
  [205] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(32),
  [208] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_separator, 1, 0, 0),
  [210] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_simple_target, 1, 0, 0),
  [212] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_command, 4, 0, 44),
  [214] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_command, 3, 0, 22),
  [216] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_command, 2, 0, 11),
  [218] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_command, 4, 0, 24),
  [220] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_command, 2, 0, 5),
  [222] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_command, 3, 0, 25),
  [224] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_command, 1, 0, 6),
  [226] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_command, 3, 0, 26),
  [228] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_command, 2, 0, 12),
  [230] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_command, 3, 0, 27),
  [232] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_delete_number, 3, 0, 28),
  [234] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_command, 3, 0, 29),
  [236] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_command, 3, 0, 30),
  [238] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_delete_number, 2, 0, 13),
  [240] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_command, 3, 0, 31),
  [242] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_command, 3, 0, 32),
  [244] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_app_command, 3, 0, 33),
  [246] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_command, 2, 0, 14),
  [248] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_default_command, 3, 0, 35),
  [250] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_command, 2, 0, 15),
  [252] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_simple_command, 1, 0, 4),
  [254] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_comment, 2, 0, 39),
  [256] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 3, 0, 21),
  [258] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_logging_command, 2, 0, 18),
  [260] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_status_command, 2, 0, 19),
  [262] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_show_command, 2, 0, 20),
  [264] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_command, 4, 0, 41),
  [266] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_command, 3, 0, 9),
  [268] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_command, 4, 0, 42),
  [270] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_command, 4, 0, 43),
  [272] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_command, 4, 0, 45),
  [274] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_command, 4, 0, 46),
  [276] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_command, 4, 0, 47),
  [278] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_app_command, 4, 0, 48),
  [280] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 4, 0, 40),
  [282] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 4, 0, 7),
  [284] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_command, 5, 0, 49),
  [286] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_command, 5, 0, 50),
  [288] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_command, 5, 0, 51),
  [290] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_command, 5, 0, 52),
  [292] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_command, 6, 0, 55),
  [294] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [296] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [298] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [300] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [302] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [304] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [306] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [308] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [310] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [312] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
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

TS_PUBLIC const TSLanguage *tree_sitter_ufw(void) {
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
    .keyword_lex_fn = ts_lex_keywords,
    .keyword_capture_token = sym_word,
    .primary_state_ids = ts_primary_state_ids,
  };
  return &language;
}
#ifdef __cplusplus
}
#endif
