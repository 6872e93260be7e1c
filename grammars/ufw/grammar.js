// @ts-check
/// <reference types="tree-sitter-cli/dsl" />
/**
 * @file ufw command lines, one command a line, as AI answers give them:
 *   sudo ufw default deny incoming
 *   sudo ufw allow from 192.168.1.0/24 to any port 11434 proto tcp
 *   sudo ufw --force enable
 *
 * The grammar follows ufw(8)'s two rule syntaxes: simple (`allow 22/tcp`,
 * `allow OpenSSH`) and extended (`allow in on eth0 proto tcp from A port P to B
 * port Q`), with route/insert/prepend/delete in front. Keywords are matched
 * case-insensitively like ufw does (`ufw DEFAULT DENY` works). A word where ufw
 * expects a keyword (`protocol tcp`, `allow ssh from …`) is an ERROR on that word.
 *
 * ufw's user rules files (/etc/ufw/user.rules) are iptables-restore syntax: the
 * iptables grammar reads them.
 */

const PREC = {
  // `delete 3` (rule number) over `delete allow 3`.
  DELETE_NUMBER: 1,
};

module.exports = grammar({
  name: 'ufw',

  extras: $ => [/[ \t\r\f]/, $.line_continuation, $.comment],

  word: $ => $.word,

  rules: {
    source_file: $ => seq(
      optional($.command),
      repeat(seq(choice($._newline, $.separator), optional($.command))),
    ),

    separator: _ => choice(';', '&&', '||'),

    command: $ => seq(
      optional(field('sudo', kw('sudo'))),
      field('binary', $.binary),
      repeat(field('flag', $.flag)),
      optional(field('body', $._body)),
    ),

    binary: _ => /(\/[A-Za-z0-9_.\/-]*\/)?ufw/,

    // --dry-run, --force, -f; anything else dash-led is parsed and left to the rules.
    flag: _ => /--?[A-Za-z][A-Za-z0-9-]*/,

    _body: $ => choice(
      $.rule_command,
      $.delete_number,
      $.default_command,
      $.logging_command,
      $.status_command,
      $.app_command,
      $.show_command,
      $.simple_command,
    ),

    // enable | disable | reload | reset | version | help
    simple_command: $ => field('verb', alias(choice(
      kw('enable'), kw('disable'), kw('reload'), kw('reset'), kw('version'), kw('help'),
    ), $.verb)),

    // [route] [delete] [insert N | prepend] RULE      (`rule` is an old spelling ufw still takes)
    rule_command: $ => seq(
      optional(field('rule_keyword', kw('rule'))),
      optional(field('route', kw('route'))),
      optional(field('delete', kw('delete'))),
      optional(choice(
        seq(field('insert', kw('insert')), field('position', $.number)),
        field('prepend', kw('prepend')),
      )),
      field('rule', $.rule),
    ),

    // delete 3   /   route delete 3
    delete_number: $ => prec(PREC.DELETE_NUMBER, seq(
      optional(field('route', kw('route'))),
      field('delete', kw('delete')),
      field('number', $.number),
    )),

    rule: $ => seq(
      field('action', $.action),
      repeat(choice($.direction, $.interface, $.log)),
      optional(choice(
        field('target', $.simple_target),
        repeat1(choice($.endpoint, $.proto)),
      )),
      optional($.rule_comment),
    ),

    action: _ => choice(kw('allow'), kw('deny'), kw('reject'), kw('limit')),

    direction: _ => choice(kw('in'), kw('out')),

    // on eth0  (after in/out)
    interface: $ => seq(kw('on'), field('name', $.value)),

    log: _ => choice(kw('log'), kw('log-all')),

    // 22, 22/tcp, 80,443/tcp, 6000:6007/udp, ssh, OpenSSH, 'Apache Full'
    simple_target: $ => $.value,

    // from ADDR [port P | app NAME]   /   to ADDR [port P | app NAME]
    endpoint: $ => seq(
      field('side', choice(kw('from'), kw('to'))),
      field('address', $.value),
      optional(choice(
        seq(kw('port'), field('port', $.value)),
        seq(kw('app'), field('app', $.value)),
      )),
    ),

    proto: $ => seq(kw('proto'), field('protocol', $.value)),

    rule_comment: $ => seq(kw('comment'), field('text', $.value)),

    // default allow|deny|reject [incoming|outgoing|routed]
    default_command: $ => seq(
      kw('default'),
      field('policy', $.value),
      optional(field('direction', $.value)),
    ),

    // logging on|off|low|medium|high|full
    logging_command: $ => seq(kw('logging'), field('level', $.value)),

    // status [verbose|numbered]
    status_command: $ => seq(kw('status'), optional(field('mode', $.value))),

    // app list | app info NAME | app update [--add-new] NAME | app default POLICY
    app_command: $ => seq(
      kw('app'),
      field('verb', $.value),
      repeat(field('flag', $.flag)),
      optional(field('name', $.value)),
    ),

    // show raw|builtins|before-rules|user-rules|after-rules|logging-rules|listening|added
    show_command: $ => seq(kw('show'), field('report', $.value)),

    value: $ => $.word,

    number: _ => /\d+/,

    // One shell-like word; quotes stay in the token and the model removes them.
    word: _ => token(seq(
      choice(/[^\s"'\\#;&|<>`-]/, /"([^"\\\r\n]|\\.)*"/, /'[^'\r\n]*'/, /\\[^\r\n]/),
      repeat(choice(/[^\s"'\\;&|<>`]/, /"([^"\\\r\n]|\\.)*"/, /'[^'\r\n]*'/, /\\[^\r\n]/)),
    )),

    comment: _ => token(prec(-1, /#[^\r\n]*/)),

    line_continuation: _ => token(/\\\r?\n/),

    _newline: _ => /\r?\n/,
  },
});

/** A keyword, matched case-insensitively as ufw lower-cases its arguments. */
function kw(/** @type {string} */ word) {
  return alias(new RegExp(word.split('').map(c => /[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c.replace(/[-]/, '\\-')).join('')), word);
}
