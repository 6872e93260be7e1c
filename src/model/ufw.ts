/**
 * The ufw syntax model: one UfwCommand per `ufw …` line, in the terms of ufw(8)
 * (action, direction, interface, proto, from/to with ports or apps, simple port
 * specs), each pointing back at where it was written. Keywords are lower-cased
 * as ufw itself does; values keep their case (app names are case-sensitive).
 */
import type { Document, Point, Span } from '../core/document';
import type { Located, Word } from '../plan/types';
import { parseDocument, spanOf, type Parser } from '../parse';
import { unquote } from './iptables';

type Node = Parser.SyntaxNode;

export type UfwKind =
  | 'rule'
  | 'default'
  | 'enable'
  | 'disable'
  | 'reload'
  | 'reset'
  | 'logging'
  | 'status'
  | 'delete' // `delete N` (by number); `delete allow …` is a 'rule' with `delete: true`
  | 'app'
  | 'show'
  | 'version'
  | 'help'
  | 'other'; // `ufw` alone, or a line the grammar could not read

export type UfwAction = 'allow' | 'deny' | 'reject' | 'limit';

export interface UfwPortSpec {
  /** '22', '6000:6007', or a service name ('ssh'); a list `80,443` gives one entry per item. */
  port: string;
  proto?: string;
}

export interface UfwCommand extends Located {
  kind: UfwKind;
  sudo: boolean;
  force: boolean;
  dryRun: boolean;
  /** Every dash flag as written, including unknown ones (`--yes`). */
  flags: Word[];
  // rules
  action?: UfwAction;
  actionSpan?: Span;
  /** `in` / `out` (the first one written; `route` rules may have both, see `interfaces`). */
  direction?: 'in' | 'out';
  route: boolean;
  delete: boolean;
  /** 1-based position of `insert N`. */
  insert?: number;
  prepend: boolean;
  /** `on IF` after the first direction (or alone). */
  iface?: Word;
  /** Every `in|out on IF` pair: `route allow in on eth0 out on eth1`. */
  interfaces: { direction?: 'in' | 'out'; name: Word }[];
  log?: 'log' | 'log-all';
  proto?: Word;
  from?: Word;
  fromPort?: Word;
  fromApp?: Word;
  to?: Word;
  toPort?: Word;
  toApp?: Word;
  /** Simple syntax: `allow 22/tcp`, `allow OpenSSH` (the raw word). */
  simple?: Word;
  /** Simple syntax split into ports: '80,443/tcp' → [{port:'80',proto:'tcp'},{port:'443',proto:'tcp'}]. */
  simplePorts?: UfwPortSpec[];
  /** Simple syntax naming an application profile (not a number, range or list). */
  app?: Word;
  comment?: Word;
  /** `delete N` */
  number?: number;
  // default
  /** `default deny incoming`: the policy (lower-cased) and direction ('incoming' when omitted). */
  policy?: string;
  policyDirection?: string;
  /** The direction as written ('input', 'outgoing', …), if any. */
  policyDirectionWritten?: Word;
  // logging / status / show / app
  level?: string;
  mode?: string;
  report?: string;
  appVerb?: string;
  appName?: Word;
}

export interface UfwModel {
  doc: Document;
  commands: UfwCommand[];
}

const models = new WeakMap<Document, UfwModel>();

export function ufwModel(doc: Document): UfwModel {
  const cached = models.get(doc);
  if (cached) return cached;
  const root = parseDocument(doc).rootNode;
  const commands: UfwCommand[] = [];
  for (const node of root.namedChildren) if (node.type === 'command') commands.push(readCommand(doc, node));
  const model = { doc, commands };
  models.set(doc, model);
  return model;
}

function word(doc: Document, node: Node): Word {
  const { text, dynamic } = unquote(node.text);
  return { doc, span: spanOf(node), text, raw: node.text, dynamic };
}

const POLICY_DIRECTIONS: Readonly<Record<string, string>> = {
  incoming: 'incoming',
  input: 'incoming',
  outgoing: 'outgoing',
  output: 'outgoing',
  routed: 'routed',
  forward: 'routed',
};

function readCommand(doc: Document, node: Node): UfwCommand {
  const flags = node.childrenForFieldName('flag').filter((n): n is Node => n !== null).map((n) => word(doc, n));
  const cmd: UfwCommand = {
    doc,
    span: spanOf(node),
    kind: 'other',
    sudo: node.childForFieldName('sudo') !== null,
    force: flags.some((f) => f.text === '--force' || f.text === '-f'),
    dryRun: flags.some((f) => f.text === '--dry-run'),
    flags,
    route: false,
    delete: false,
    prepend: false,
    interfaces: [],
  };
  const body = node.childForFieldName('body');
  if (!body) return cmd;
  const val = (field: string): Word | undefined => {
    const n = body.childForFieldName(field);
    return n ? word(doc, n) : undefined;
  };
  switch (body.type) {
    case 'simple_command': {
      const verb = body.text.toLowerCase();
      cmd.kind = verb as UfwKind;
      break;
    }
    case 'delete_number':
      cmd.kind = 'delete';
      cmd.delete = true;
      cmd.route = body.childForFieldName('route') !== null;
      cmd.number = Number(body.childForFieldName('number')?.text);
      break;
    case 'default_command': {
      cmd.kind = 'default';
      cmd.policy = val('policy')?.text.toLowerCase();
      const dir = val('direction');
      cmd.policyDirectionWritten = dir;
      cmd.policyDirection = dir ? POLICY_DIRECTIONS[dir.text.toLowerCase()] ?? dir.text.toLowerCase() : 'incoming';
      break;
    }
    case 'logging_command':
      cmd.kind = 'logging';
      cmd.level = val('level')?.text.toLowerCase();
      break;
    case 'status_command':
      cmd.kind = 'status';
      cmd.mode = val('mode')?.text.toLowerCase();
      break;
    case 'show_command':
      cmd.kind = 'show';
      cmd.report = val('report')?.text.toLowerCase();
      break;
    case 'app_command':
      cmd.kind = 'app';
      cmd.appVerb = val('verb')?.text.toLowerCase();
      cmd.appName = val('name');
      cmd.flags.push(...body.childrenForFieldName('flag').filter((n): n is Node => n !== null).map((n) => word(doc, n)));
      break;
    case 'rule_command':
      readRule(doc, body, cmd);
      break;
    default:
      break;
  }
  return cmd;
}

function readRule(doc: Document, body: Node, cmd: UfwCommand): void {
  cmd.kind = 'rule';
  cmd.route = body.childForFieldName('route') !== null;
  cmd.delete = body.childForFieldName('delete') !== null;
  cmd.prepend = body.childForFieldName('prepend') !== null;
  const position = body.childForFieldName('position');
  if (position) cmd.insert = Number(position.text);
  const rule = body.childForFieldName('rule');
  if (!rule) return;
  let lastDirection: 'in' | 'out' | undefined;
  for (const child of rule.namedChildren) {
    switch (child.type) {
      case 'action':
        cmd.action = child.text.toLowerCase() as UfwAction;
        cmd.actionSpan = spanOf(child);
        break;
      case 'direction':
        lastDirection = child.text.toLowerCase() as 'in' | 'out';
        cmd.direction ??= lastDirection;
        break;
      case 'interface': {
        const name = child.childForFieldName('name');
        if (!name) break;
        const w = word(doc, name);
        cmd.interfaces.push({ direction: lastDirection, name: w });
        cmd.iface ??= w;
        break;
      }
      case 'log':
        cmd.log = child.text.toLowerCase() as 'log' | 'log-all';
        break;
      case 'simple_target': {
        const w = word(doc, child);
        cmd.simple = w;
        const ports = simplePorts(w.text);
        if (ports) cmd.simplePorts = ports;
        else cmd.app = w;
        break;
      }
      case 'endpoint': {
        const side = child.child(0)?.text.toLowerCase() === 'from' ? 'from' : 'to';
        const addr = child.childForFieldName('address');
        const port = child.childForFieldName('port');
        const app = child.childForFieldName('app');
        if (side === 'from') {
          if (addr) cmd.from = word(doc, addr);
          if (port) cmd.fromPort = word(doc, port);
          if (app) cmd.fromApp = word(doc, app);
        } else {
          if (addr) cmd.to = word(doc, addr);
          if (port) cmd.toPort = word(doc, port);
          if (app) cmd.toApp = word(doc, app);
        }
        break;
      }
      case 'proto': {
        const p = child.childForFieldName('protocol');
        if (p) cmd.proto = word(doc, p);
        break;
      }
      case 'rule_comment': {
        const t = child.childForFieldName('text');
        if (t) cmd.comment = word(doc, t);
        break;
      }
      default:
        break;
    }
  }
}

/**
 * Splits ufw's simple syntax into ports: '22' → [{22}], '22/tcp' → [{22,tcp}],
 * '80,443/tcp', '6000:6007/udp', 'ssh' and 'ssh/tcp' (a service from /etc/services).
 * Undefined for a word that is an application profile name (`OpenSSH`, `Apache Full`).
 */
export function simplePorts(spec: string): UfwPortSpec[] | undefined {
  const slash = spec.lastIndexOf('/');
  const ports = slash >= 0 ? spec.slice(0, slash) : spec;
  const proto = slash >= 0 ? spec.slice(slash + 1).toLowerCase() : undefined;
  const isPortList = /^\d+([:-]\d+)?(,\d+([:-]\d+)?)*$/.test(ports);
  // A lower-case word alone is a service name ufw looks up in /etc/services (ssh, http);
  // ufw tries application profiles first only for names it finds there, so a service
  // name with a protocol, or a known service, reads as a port.
  const isService = /^[a-z][a-z0-9-]*$/.test(ports) && (proto !== undefined || KNOWN_SERVICES.has(ports));
  if (!isPortList && !isService) return undefined;
  return ports.split(',').map((port) => (proto ? { port, proto } : { port }));
}

/** Common /etc/services names; anything else without a protocol is treated as an app profile. */
export const KNOWN_SERVICES: ReadonlyMap<string, string> = new Map([
  ['ssh', '22'], ['http', '80'], ['https', '443'], ['www', '80'], ['ftp', '21'], ['ftp-data', '20'], ['telnet', '23'],
  ['smtp', '25'], ['domain', '53'], ['dns', '53'], ['tftp', '69'], ['pop3', '110'], ['ntp', '123'], ['imap', '143'],
  ['imap2', '143'], ['snmp', '161'], ['ldap', '389'], ['smtps', '465'], ['submission', '587'], ['imaps', '993'],
  ['pop3s', '995'], ['mysql', '3306'], ['postgresql', '5432'], ['rsync', '873'], ['daytime', '13'], ['auth', '113'],
  ['microsoft-ds', '445'], ['netbios-ns', '137'], ['ms-sql-s', '1433'], ['openvpn', '1194'], ['sip', '5060'],
  ['x11', '6000'], ['redis', '6379'], ['kerberos', '88'], ['bootps', '67'], ['bootpc', '68'], ['syslog', '514'],
]);

/**
 * Plain words for the ufw syntax models get wrong most (ufw's own answer is a
 * bare "ERROR: Invalid syntax"): `protocol` for `proto`, `allow port 22`, and the
 * simple syntax (`allow 22/tcp`) mixed with the extended one (`proto … to … port`).
 * Undefined when none applies; the generic message is used then.
 */
export function describeUfwSyntaxError(p: { node: { startPosition: Point } }, doc: Document): { message: string; span: Span } | undefined {
  const row = p.node.startPosition.row;
  const line = doc.text.split('\n')[row] ?? '';
  const at = (re: RegExp): Span | undefined => {
    const m = re.exec(line);
    if (!m) return undefined;
    const col = m.index + m[0].length - m[m.length - 1].length;
    return { start: { row, column: col }, end: { row, column: col + m[m.length - 1].length } };
  };
  const protocol = at(/(?:^|\s)(protocol)(?=\s)/i);
  if (protocol) return { message: "ufw: the keyword is `proto`, not `protocol` (e.g. `ufw allow proto tcp to any port 22`)", span: protocol };
  const m = /\b(allow|deny|reject|limit)\s+(?:(?:in|out)\s+)?port\s+(\S+)/i.exec(line);
  if (m) {
    const span = at(/\b(?:allow|deny|reject|limit)\s+(?:(?:in|out)\s+)?(port)\b/i)!;
    return { message: `ufw: \`port\` needs \`to\` (or \`from\`) before it: write \`ufw ${m[1]} ${m[2]}/tcp\` or \`ufw ${m[1]} proto tcp to any port ${m[2]}\``, span };
  }
  const mixed = /\b(allow|deny|reject|limit)\s+(?:(?:in|out)\s+)?(?:on\s+\S+\s+)?((?:\d[\d,:]*|[a-z][\w-]*)(?:\/(?:tcp|udp))?)\s+(proto|from|to)\b/i.exec(line);
  if (mixed && !/^(from|to|proto|on|in|out|log|log-all)$/i.test(mixed[2])) {
    const span = at(new RegExp(`\\b${mixed[1]}\\s+(?:(?:in|out)\\s+)?(?:on\\s+\\S+\\s+)?(${mixed[2].replace(/[/]/g, '\\/')})\\b`, 'i'))!;
    return {
      message: `ufw: \`${mixed[2]}\` (simple syntax) cannot be followed by \`${mixed[3]}\` (extended syntax): write \`ufw ${mixed[1]} ${/\//.test(mixed[2]) ? mixed[2] : `${mixed[2]}/tcp`}\` or \`ufw ${mixed[1]} proto tcp to any port ${mixed[2].replace(/\/.*/, '')}\``,
      span,
    };
  }
  return undefined;
}
