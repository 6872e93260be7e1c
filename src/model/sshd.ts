/**
 * The typed model of an sshd_config (or a drop-in under sshd_config.d), read
 * the way OpenSSH's servconf.c reads it: one keyword per line, keywords
 * case-insensitive, the keyword separated from its arguments by whitespace
 * and/or one `=`, arguments split like a shell word list (double and single
 * quotes), `#` starting a comment at the beginning of a word. A `Match` line
 * opens a conditional block that runs until the next `Match` or the end of the
 * file — indentation means nothing to sshd, which is exactly the trap rules
 * look for, so we keep it.
 *
 * There is no tree-sitter grammar: the format is one line per directive with
 * no nesting beyond Match, so a careful line reader gives exact spans with far
 * less machinery than a grammar, and it never fails to parse (sshd -t, not us,
 * is the judge of validity).
 */
import type { Document, Span } from '../core/document';
import type { Located } from '../plan/types';

export interface SshdArg {
  text: string;
  span: Span;
}

export interface SshdDirective extends Located {
  /** As written ('passwordauthentication', 'PasswordAuthentication'). */
  keyword: string;
  /** Lower-cased keyword: what sshd compares. */
  key: string;
  keySpan: Span;
  args: SshdArg[];
  /** The Match block this directive belongs to (as sshd reads it), if any. */
  match?: SshdMatch;
  /** Columns of leading whitespace: the writer's idea of nesting. */
  indent: number;
  /** 0-based document row. */
  row: number;
}

export interface SshdMatch extends Located {
  /** The Match line itself. */
  line: SshdDirective;
  criteria: SshdArg[];
  directives: SshdDirective[];
}

export interface SshdConfig {
  doc: Document;
  /** Every directive in order, Match lines included. */
  directives: SshdDirective[];
  /** Directives outside any Match block (Match lines excluded). */
  global: SshdDirective[];
  matches: SshdMatch[];
}

export function sshdModel(doc: Document): SshdConfig {
  const directives: SshdDirective[] = [];
  const global: SshdDirective[] = [];
  const matches: SshdMatch[] = [];
  let current: SshdMatch | undefined;
  doc.text.split('\n').forEach((line, row) => {
    const d = parseLine(doc, line, row);
    if (!d) return;
    directives.push(d);
    if (d.key === 'match') {
      current = { doc, span: d.span, line: d, criteria: d.args, directives: [] };
      matches.push(current);
      return;
    }
    if (current) {
      d.match = current;
      current.directives.push(d);
      current.span = { start: current.span.start, end: d.span.end };
    } else global.push(d);
  });
  return { doc, directives, global, matches };
}

function parseLine(doc: Document, line: string, row: number): SshdDirective | undefined {
  const words = splitWords(line);
  if (words.length === 0) return undefined;
  let [first, ...rest] = words;
  // Keyword=value and Keyword = value: servconf's strdelim accepts one '='.
  const eq = first.text.indexOf('=');
  if (eq > 0) {
    const value = first.text.slice(eq + 1);
    const valueStart = first.start + eq + 1;
    if (value !== '') rest = [{ text: value, start: valueStart, end: first.end }, ...rest];
    first = { text: first.text.slice(0, eq), start: first.start, end: first.start + eq };
  } else if (rest[0]?.text === '=') rest = rest.slice(1);
  else if (rest[0]?.text.startsWith('=')) rest = [{ text: rest[0].text.slice(1), start: rest[0].start + 1, end: rest[0].end }, ...rest.slice(1)];
  const sp = (s: number, e: number): Span => ({ start: { row, column: s }, end: { row, column: e } });
  const last = words[words.length - 1];
  return {
    doc,
    span: sp(words[0].start, last.end),
    keyword: first.text,
    key: first.text.toLowerCase(),
    keySpan: sp(first.start, first.end),
    args: rest.filter((w) => w.text !== '' || w.end > w.start).map((w) => ({ text: w.text, span: sp(w.start, w.end) })),
    indent: line.length - line.trimStart().length,
    row,
  };
}

interface RawWord {
  text: string;
  start: number;
  end: number;
}

/** argv_split as sshd does it: whitespace separates, quotes group, `#` at a word start ends the line. */
export function splitWords(line: string): RawWord[] {
  const out: RawWord[] = [];
  let i = 0;
  const n = line.length;
  while (i < n) {
    while (i < n && /[ \t\r]/.test(line[i])) i++;
    if (i >= n) break;
    if (line[i] === '#') break;
    const start = i;
    let text = '';
    while (i < n && !/[ \t\r]/.test(line[i])) {
      const c = line[i];
      if (c === '"' || c === "'") {
        const close = line.indexOf(c, i + 1);
        if (close < 0) {
          text += line.slice(i + 1);
          i = n;
          break;
        }
        text += line.slice(i + 1, close);
        i = close + 1;
      } else if (c === '\\' && i + 1 < n) {
        text += line[i + 1];
        i += 2;
      } else {
        text += c;
        i++;
      }
    }
    out.push({ text, start, end: i });
  }
  return out;
}

/** Keywords sshd accepts after a Match line (sshd_config(5), OpenSSH 9.x). Anything else there is a fatal error. */
export const MATCH_KEYWORDS: ReadonlySet<string> = new Set(
  [
    'AcceptEnv', 'AllowAgentForwarding', 'AllowGroups', 'AllowStreamLocalForwarding', 'AllowTcpForwarding', 'AllowUsers',
    'AuthenticationMethods', 'AuthorizedKeysCommand', 'AuthorizedKeysCommandUser', 'AuthorizedKeysFile',
    'AuthorizedPrincipalsCommand', 'AuthorizedPrincipalsCommandUser', 'AuthorizedPrincipalsFile', 'Banner',
    'CASignatureAlgorithms', 'ChannelTimeout', 'ChrootDirectory', 'ClientAliveCountMax', 'ClientAliveInterval',
    'DenyGroups', 'DenyUsers', 'DisableForwarding', 'ExposeAuthInfo', 'ForceCommand', 'GatewayPorts',
    'GSSAPIAuthentication', 'HostbasedAcceptedAlgorithms', 'HostbasedAcceptedKeyTypes', 'HostbasedAuthentication',
    'HostbasedUsesNameFromPacketOnly', 'IgnoreRhosts', 'Include', 'IPQoS', 'KbdInteractiveAuthentication',
    'ChallengeResponseAuthentication', 'KerberosAuthentication', 'LogLevel', 'LogVerbose', 'MaxAuthTries', 'MaxSessions',
    'PasswordAuthentication', 'PermitEmptyPasswords', 'PermitListen', 'PermitOpen', 'PermitRootLogin', 'PermitTTY',
    'PermitTunnel', 'PermitUserRC', 'PubkeyAcceptedAlgorithms', 'PubkeyAcceptedKeyTypes', 'PubkeyAuthentication',
    'PubkeyAuthOptions', 'RDomain', 'RefuseConnection', 'RekeyLimit', 'RevokedKeys', 'SetEnv', 'StreamLocalBindMask',
    'StreamLocalBindUnlink', 'TrustedUserCAKeys', 'UnusedConnectionTimeout', 'X11DisplayOffset', 'X11Forwarding',
    'X11UseLocalhost',
  ].map((k) => k.toLowerCase()),
);

/** The first global directive with this key: sshd keeps the first value it reads for single-valued keywords. */
export function firstGlobal(cfg: SshdConfig, key: string): SshdDirective | undefined {
  return cfg.global.find((d) => d.key === key);
}

/** Every global directive with this key (Port, ListenAddress, AllowUsers accumulate). */
export function allGlobal(cfg: SshdConfig, key: string): SshdDirective[] {
  return cfg.global.filter((d) => d.key === key);
}

/** sshd's yes/no spelling check is case-insensitive. */
export function isNo(d: SshdDirective | undefined): boolean {
  return !!d && d.args[0]?.text.toLowerCase() === 'no';
}

export function isYes(d: SshdDirective | undefined): boolean {
  return !!d && d.args[0]?.text.toLowerCase() === 'yes';
}

/** Is this path sshd's config or one of its drop-ins? */
export function isSshdPath(p: string | undefined): boolean {
  return !!p && (/(^|\/)sshd_config$/.test(p) || /\/sshd_config\.d\/[^/]+$/.test(p));
}
