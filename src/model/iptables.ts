/**
 * The iptables syntax model: what each command line or iptables-save line says,
 * with every piece pointing back at where it was written. No semantics beyond
 * naming: option spellings are normalised (`-p` → `--protocol`,
 * `--destination-port` → `--dport`), each option is tied to the match module or
 * target it belongs to, and the common fields (protocol, addresses, interfaces,
 * target) are lifted out for the packet-filter adapter and the rules.
 */
import type { Document, Span } from '../core/document';
import type { Located, Word } from '../plan/types';
import { parseDocument, spanOf, type Parser } from '../parse';
import {
  baseOptionName,
  findMatch,
  findTarget,
  IMPLICIT_MATCH_PROTOCOLS,
  resolveOption,
} from '../knowledge/iptables-extensions';

type Node = Parser.SyntaxNode;

export type IptFamily = 'ip' | 'ip6';

export type IptOp =
  | 'append'
  | 'insert'
  | 'delete'
  | 'replace'
  | 'check'
  | 'policy'
  | 'new-chain'
  | 'delete-chain'
  | 'flush'
  | 'zero'
  | 'list'
  | 'list-rules'
  | 'rename';

const OPS: Readonly<Record<string, IptOp>> = {
  '-A': 'append', '--append': 'append',
  '-I': 'insert', '--insert': 'insert',
  '-D': 'delete', '--delete': 'delete',
  '-R': 'replace', '--replace': 'replace',
  '-C': 'check', '--check': 'check',
  '-P': 'policy', '--policy': 'policy',
  '-N': 'new-chain', '--new-chain': 'new-chain', '--new': 'new-chain',
  '-X': 'delete-chain', '--delete-chain': 'delete-chain',
  '-F': 'flush', '--flush': 'flush',
  '-Z': 'zero', '--zero': 'zero',
  '-L': 'list', '--list': 'list',
  '-S': 'list-rules', '--list-rules': 'list-rules',
  '-E': 'rename', '--rename-chain': 'rename',
};

/** One option as written: `! --dport 22`, `-s 10.0.0.0/8`, `--log-prefix "x: "`. */
export interface IptOption extends Located {
  /** Normalised long name: '--protocol' for -p, '--dport' for --destination-port (per its module). */
  name: string;
  /** As written ('-p', '--destination-port'). */
  written: string;
  negated: boolean;
  args: Word[];
  /**
   * Who owns the option: 'base' (iptables' own: -p, -s, -i …), a match module name
   * ('tcp', 'multiport' — explicit `-m`, or implied by `-p tcp`), or 'target' for the
   * jump target's options. For an option no loaded module knows: the latest module
   * before it (or the protocol's), so a rule can say "unknown option for match X".
   */
  owner: string;
  /** True when `owner` actually knows this option (per the knowledge table). */
  known: boolean;
}

/** A match on a value with optional negation (`! -s 10.0.0.0/8`). */
export interface IptValueMatch extends Located {
  value: string;
  negated: boolean;
}

export interface IptModule extends Located {
  name: string;
  /** False for `-p tcp`'s implicit tcp match. */
  explicit: boolean;
}

export interface IptTarget extends Located {
  name: string;
  /** `-g CHAIN` rather than `-j`. */
  goto: boolean;
  /** Options that belong to the target (`--reject-with`, `--to-destination`, `--log-prefix`). */
  options: IptOption[];
}

export interface IptCommand extends Located {
  /** 'iptables', 'ip6tables-nft' … ('' for a bare rule spec such as an iptables-save line). */
  binary: string;
  sudo: boolean;
  family: IptFamily;
  table: string;
  /** True when `-t` was written (or the rule sits in a `*table` section). */
  tableExplicit: boolean;
  /** Undefined when the line has no operation (a bare `-p tcp --dport 22 -j ACCEPT`). */
  op?: IptOp;
  opSpan?: Span;
  chain?: string;
  chainSpan?: Span;
  /** -I/-R/-D CHAIN N, -L CHAIN N. */
  ruleNum?: number;
  /** -P CHAIN POLICY */
  policy?: string;
  /** -E OLD NEW */
  newName?: string;
  /** Every option other than -A/-t/-m/-j/-g, in order, including base ones (-p, -s …). */
  options: IptOption[];
  modules: IptModule[];
  protocol?: IptValueMatch;
  source?: IptValueMatch;
  destination?: IptValueMatch;
  inInterface?: IptValueMatch;
  outInterface?: IptValueMatch;
  target?: IptTarget;
  /** `[pkts:bytes]` before an iptables-save line, or -c. */
  counters?: string;
  /** Words the grammar could not place (extra operation arguments …), for rules to flag. */
  strayArgs: Word[];
}

export interface IptChainDecl extends Located {
  name: string;
  /** 'ACCEPT' / 'DROP' for built-in chains, '-' for user chains. */
  policy?: string;
  counters?: string;
}

export interface IptRestoreTable extends Located {
  name: string;
  chains: IptChainDecl[];
  rules: IptCommand[];
  committed: boolean;
  commitSpan?: Span;
}

export interface IptRestoreFile extends Located {
  tables: IptRestoreTable[];
}

export interface IptablesModel {
  doc: Document;
  /** Command lines and bare rule specs outside any `*table` section, in document order. */
  commands: IptCommand[];
  /** Present when the document has `*table` sections (iptables-save / -restore format). */
  restore?: IptRestoreFile;
  /** The family the document is read as (ip6 for ip6tables, or a save file with IPv6 addresses). */
  family: IptFamily;
}

export interface IptablesModelOptions {
  /** Family for bare rule specs and save files (e.g. the file fed to ip6tables-restore). */
  family?: IptFamily;
}

const models = new WeakMap<Document, IptablesModel>();

/** The model of a document holding iptables command lines, bare rule specs or a save file. */
export function iptablesModel(doc: Document, opts: IptablesModelOptions = {}): IptablesModel {
  const cached = opts.family ? undefined : models.get(doc);
  if (cached) return cached;
  const root = parseDocument(doc).rootNode;
  const family = opts.family ?? guessFamily(doc, root);
  const model: IptablesModel = { doc, commands: [], family };
  let table: IptRestoreTable | undefined;
  for (const node of root.namedChildren) {
    switch (node.type) {
      case 'table_header': {
        if (!model.restore) model.restore = { doc, span: spanOf(node), tables: [] };
        table = {
          doc,
          span: spanOf(node),
          name: node.childForFieldName('name')?.text ?? '',
          chains: [],
          rules: [],
          committed: false,
        };
        model.restore.tables.push(table);
        break;
      }
      case 'chain_declaration': {
        const decl: IptChainDecl = { doc, span: spanOf(node), name: node.childForFieldName('name')?.text ?? '' };
        const policy = node.childForFieldName('policy');
        if (policy) decl.policy = policy.text;
        const counters = node.childForFieldName('counters');
        if (counters) decl.counters = counters.text;
        table?.chains.push(decl);
        if (table) extendSpan(table, node);
        break;
      }
      case 'commit':
        if (table && !table.committed) {
          table.committed = true;
          table.commitSpan = spanOf(node);
          extendSpan(table, node);
          table = undefined;
        }
        break;
      case 'command':
      case 'rule': {
        const inSection = node.type === 'rule' && table !== undefined;
        const cmd = readCommand(doc, node, family, inSection ? table!.name : undefined);
        if (inSection) {
          table!.rules.push(cmd);
          extendSpan(table!, node);
        } else model.commands.push(cmd);
        break;
      }
      default:
        break;
    }
  }
  if (model.restore) {
    const last = model.restore.tables[model.restore.tables.length - 1];
    if (last) model.restore.span = { start: model.restore.span.start, end: last.span.end };
  }
  if (!opts.family) models.set(doc, model);
  return model;
}

function extendSpan(target: Located, node: Node): void {
  target.span = { start: target.span.start, end: node.endPosition };
}

function guessFamily(doc: Document, root: Node): IptFamily {
  const bin = root.descendantsOfType('binary')[0];
  if (bin) return /(^|\/)ip6tables/.test(bin.text) ? 'ip6' : 'ip';
  if (/ip6tables/.test(doc.path ?? '') || /rules\.v6|user6\.rules|before6|after6/.test(doc.path ?? '')) return 'ip6';
  if (/^#.*ip6tables-(save|restore)/m.test(doc.text)) return 'ip6';
  if (/\s-[sd]\s+!?\s*[0-9a-fA-F]*:[0-9a-fA-F:]*[:/]/.test(doc.text)) return 'ip6';
  if (/-p\s+(ipv6-icmp|icmpv6)\b/.test(doc.text)) return 'ip6';
  return 'ip';
}

/** Shell-like quote removal for one argument token. */
export function unquote(raw: string): { text: string; dynamic: boolean } {
  let out = '';
  let dynamic = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === "'") {
      const end = raw.indexOf("'", i + 1);
      const stop = end < 0 ? raw.length : end;
      out += raw.slice(i + 1, stop);
      i = stop;
    } else if (c === '"') {
      i++;
      for (; i < raw.length && raw[i] !== '"'; i++) {
        if (raw[i] === '\\' && i + 1 < raw.length && '"\\$`\n'.includes(raw[i + 1])) {
          if (raw[i + 1] !== '\n') out += raw[i + 1];
          i++;
        } else {
          if (raw[i] === '$' || raw[i] === '`') dynamic = true;
          out += raw[i];
        }
      }
    } else if (c === '\\' && i + 1 < raw.length) {
      out += raw[++i];
    } else {
      if (c === '$' || c === '`') dynamic = true;
      out += c;
    }
  }
  return { text: out, dynamic };
}

function word(doc: Document, node: Node): Word {
  const { text, dynamic } = unquote(node.text);
  return { doc, span: spanOf(node), text, raw: node.text, dynamic };
}

function fieldAll(node: Node, name: string): Node[] {
  return node.childrenForFieldName(name).filter((n): n is Node => n !== null);
}

/** Short options that take an argument, which getopt lets you glue on: `-ptcp`, `-jACCEPT`. */
const SHORT_WITH_ARG = new Set(['-p', '-s', '-d', '-i', '-o', '-j', '-g', '-m', '-t', '-c', '-w', '-W']);

/** `--protocol=tcp` and `-ptcp`: the option and its glued argument, or undefined. */
function splitAttached(doc: Document, node: Node): { name: string; arg: Word } | undefined {
  const text = node.text;
  let cut = -1;
  const eq = text.indexOf('=');
  if (text.startsWith('--') && eq > 2) cut = eq + 1;
  else if (/^-[A-Za-z]./.test(text) && !text.startsWith('--') && SHORT_WITH_ARG.has(text.slice(0, 2)) && !OPS_LETTERS.test(text)) cut = 2;
  if (cut < 0) return undefined;
  const name = text.slice(0, text[cut - 1] === '=' ? cut - 1 : cut);
  const start = { row: node.startPosition.row, column: node.startPosition.column + cut };
  const { text: value, dynamic } = unquote(text.slice(cut));
  return { name, arg: { doc, span: { start, end: node.endPosition }, text: value, raw: text.slice(cut), dynamic } };
}

/** `-nvL`: flags glued together, one of them an operation (not an attached argument). */
const OPS_LETTERS = /^-[nvxL]*[ACDIRLSFZNXPE][nvxL]*$/;

/** Short flags written together (`-nvL INPUT`): the operation letter among them, if any. */
function combinedOp(name: string): { op: IptOp; flags: string[] } | undefined {
  if (!/^-[A-Za-z]{2,}$/.test(name)) return undefined;
  const letters = name.slice(1).split('');
  const opLetters = letters.filter((l) => OPS[`-${l}`]);
  if (opLetters.length !== 1) return undefined;
  return { op: OPS[`-${opLetters[0]}`], flags: letters.filter((l) => l !== opLetters[0]).map((l) => `-${l}`) };
}

function readCommand(doc: Document, node: Node, family: IptFamily, sectionTable: string | undefined): IptCommand {
  const binary = node.childForFieldName('binary')?.text ?? '';
  const cmdFamily: IptFamily = binary ? (/(^|\/)ip6tables/.test(binary) ? 'ip6' : 'ip') : family;
  const cmd: IptCommand = {
    doc,
    span: spanOf(node),
    binary: binary.replace(/^.*\//, ''),
    sudo: node.childForFieldName('sudo') !== null,
    family: cmdFamily,
    table: sectionTable ?? 'filter',
    tableExplicit: sectionTable !== undefined,
    options: [],
    modules: [],
    strayArgs: [],
  };
  const counters = node.childForFieldName('counters');
  if (counters) cmd.counters = counters.text.slice(1, -1);

  /** Modules loaded so far, latest last: options are resolved against them. */
  const loaded: string[] = [];
  let afterTarget = false;

  const setOp = (op: IptOp, n: Node, args: Word[]): void => {
    if (cmd.op) {
      cmd.strayArgs.push(...args);
      return;
    }
    cmd.op = op;
    cmd.opSpan = spanOf(n);
    const [chain, ...rest] = args;
    if (chain) {
      cmd.chain = chain.text;
      cmd.chainSpan = chain.span;
    }
    if (op === 'policy') {
      if (rest[0]) cmd.policy = rest.shift()!.text;
    } else if (op === 'rename') {
      if (rest[0]) cmd.newName = rest.shift()!.text;
    } else if (['insert', 'replace', 'delete', 'list', 'list-rules', 'zero', 'check'].includes(op) && rest[0] && /^\d+$/.test(rest[0].text)) {
      cmd.ruleNum = Number(rest.shift()!.text);
    }
    cmd.strayArgs.push(...rest);
  };

  for (const child of node.namedChildren) {
    switch (child.type) {
      case 'operation': {
        const name = child.childForFieldName('name')?.text ?? '';
        const args = [child.childForFieldName('chain'), ...fieldAll(child, 'argument')]
          .filter((n): n is Node => n !== null)
          .map((n) => word(doc, n));
        setOp(OPS[name], child, args);
        break;
      }
      case 'table_option': {
        const t = child.childForFieldName('table');
        if (t) {
          cmd.table = unquote(t.text).text;
          cmd.tableExplicit = true;
        }
        break;
      }
      case 'match_module': {
        const mod = child.childForFieldName('module');
        if (mod) {
          const name = unquote(mod.text).text;
          cmd.modules.push({ doc, span: spanOf(child), name, explicit: true });
          loaded.push(name);
        }
        break;
      }
      case 'jump':
      case 'goto': {
        const t = child.childForFieldName(child.type === 'jump' ? 'target' : 'chain');
        cmd.target = { doc, span: spanOf(child), name: t ? unquote(t.text).text : '', goto: child.type === 'goto', options: [] };
        afterTarget = true;
        break;
      }
      case 'option': {
        const nameNode = child.childForFieldName('name');
        const args = fieldAll(child, 'argument').map((n) => word(doc, n));
        let written = nameNode?.text ?? '';
        const attached = nameNode ? splitAttached(doc, nameNode) : undefined;
        if (attached) {
          written = attached.name;
          args.unshift(attached.arg);
          if (attached.name === '-j' || attached.name === '--jump' || attached.name === '-g' || attached.name === '--goto') {
            cmd.target = { doc, span: spanOf(child), name: attached.arg.text, goto: attached.name.includes('g'), options: [] };
            afterTarget = true;
            break;
          }
          if (attached.name === '-m' || attached.name === '--match') {
            cmd.modules.push({ doc, span: spanOf(child), name: attached.arg.text, explicit: true });
            loaded.push(attached.arg.text);
            break;
          }
          if (attached.name === '-t' || attached.name === '--table') {
            cmd.table = attached.arg.text;
            cmd.tableExplicit = true;
            break;
          }
        }
        const combined = combinedOp(written);
        if (combined) {
          setOp(combined.op, child, args);
          break;
        }
        const opt = readOption(doc, child, written, args, loaded, cmd, afterTarget);
        if (opt.owner === 'target') cmd.target!.options.push(opt);
        cmd.options.push(opt);
        liftBase(cmd, opt, loaded);
        break;
      }
      default:
        break;
    }
  }
  return cmd;
}

function readOption(
  doc: Document,
  node: Node,
  written: string,
  args: Word[],
  loaded: string[],
  cmd: IptCommand,
  afterTarget: boolean,
): IptOption {
  const negated = fieldAll(node, 'negation').length > 0;
  const base: Omit<IptOption, 'name' | 'owner' | 'known'> = { doc, span: spanOf(node), written, negated, args };
  // Exact spellings first (tcp's --sport before multiport's --sports by prefix), then
  // getopt's unambiguous prefixes. The target's own options before the matches'.
  for (const allowPrefix of [false, true]) {
    if (afterTarget && cmd.target) {
      const ext = findTarget(cmd.target.name);
      const name = ext ? resolveOption(ext, written, allowPrefix) : undefined;
      if (name) return { ...base, name, owner: 'target', known: true };
    }
    const long = baseOptionName(written, allowPrefix);
    if (long) return { ...base, name: long, owner: 'base', known: true };
    for (let i = loaded.length - 1; i >= 0; i--) {
      const ext = findMatch(loaded[i]);
      const name = ext ? resolveOption(ext, written, allowPrefix) : undefined;
      if (name) return { ...base, name, owner: ext!.name, known: true };
    }
  }
  // Nobody knows it. After an unknown target (a user chain cannot take options,
  // but a target we do not know may), attribute it to the target.
  if (afterTarget && cmd.target && !findTarget(cmd.target.name) && loaded.length === 0) {
    return { ...base, name: written, owner: 'target', known: false };
  }
  const owner = afterTarget && cmd.target && findTarget(cmd.target.name) && loaded.length === 0
    ? 'target'
    : loaded[loaded.length - 1] ?? '';
  return { ...base, name: written, owner, known: false };
}

function liftBase(cmd: IptCommand, opt: IptOption, loaded: string[]): void {
  if (opt.owner !== 'base') return;
  const value = (): IptValueMatch => ({ doc: opt.doc, span: opt.span, value: opt.args[0]?.text ?? '', negated: opt.negated });
  switch (opt.name) {
    case '--protocol': {
      cmd.protocol = value();
      const proto = cmd.protocol.value.toLowerCase();
      const implicit = IMPLICIT_MATCH_PROTOCOLS[proto];
      if (implicit && !opt.negated) {
        // The implicit match comes before every explicit module in lookup order.
        loaded.unshift(implicit);
        cmd.modules.push({ doc: opt.doc, span: opt.span, name: implicit, explicit: false });
      }
      break;
    }
    case '--source':
      cmd.source = value();
      break;
    case '--destination':
      cmd.destination = value();
      break;
    case '--in-interface':
      cmd.inInterface = value();
      break;
    case '--out-interface':
      cmd.outInterface = value();
      break;
    case '--set-counters':
      cmd.counters = opt.args.map((a) => a.text).join(':');
      break;
    default:
      break;
  }
}

/** Every command in document order: the loose ones and those inside save-file sections. */
export function allCommands(model: IptablesModel): IptCommand[] {
  const all = [...model.commands, ...(model.restore?.tables.flatMap((t) => t.rules) ?? [])];
  return all.sort((a, b) => a.span.start.row - b.span.start.row || a.span.start.column - b.span.start.column);
}

/** The options of a command owned by one match module (or 'base' / 'target'). */
export function optionsOf(cmd: IptCommand, owner: string): IptOption[] {
  return cmd.options.filter((o) => o.owner === owner);
}

/** The first option with this normalised name. */
export function findOption(cmd: IptCommand, name: string): IptOption | undefined {
  return cmd.options.find((o) => o.name === name);
}
