/**
 * The nftables syntax model: what a .nft file, an `nft …` command line or a bare
 * rule says, with every piece pointing back at where it was written.
 *
 * The grammar (grammars/nftables) gives the shape — tables, chains, sets, commands
 * and a rule as a flat list of items. This module splits a rule into statements
 * with the vocabulary in knowledge/nft-keywords.ts: `ip saddr 10.0.0.0/8` is a
 * match on ['ip','saddr'], `accept` a verdict, `log prefix "x"` another statement.
 * A word the table does not know becomes an NftUnknownWord (with a suggestion),
 * which is how a hallucinated keyword reaches the rules.
 *
 * Two views:
 *  - `commands`: every top-level thing in document order (a `table { }` block is
 *    an `add table` carrying its body). The packet-filter adapter replays these.
 *  - `tables`: the ruleset those commands build, folded in order (flush/delete
 *    honoured, `insert` prepends, positions/handles otherwise ignored).
 * No semantics beyond naming: families are not expanded, sets are not resolved.
 */
import type { Document } from '../core/document';
import type { Located } from '../plan/types';
import { parseDocument, spanOf, type Parser } from '../parse';
import {
  didYouMean,
  fieldsOf,
  NFT_BRIDGE_PRIORITY_NAMES,
  NFT_CT_DIRECTIONS,
  NFT_CT_KEYS,
  NFT_META_BARE_KEYS,
  NFT_META_KEYS,
  NFT_PAYLOAD_FIELDS,
  NFT_PRIORITY_NAMES,
  NFT_RELATIONAL,
  NFT_SELECTOR_HEADS,
  NFT_STATEMENTS,
  statementHeads,
  type NftFamily,
} from '../knowledge/nft-keywords';

type Node = Parser.SyntaxNode;

export type { NftFamily };

// ---------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------

/** A value on the right of a match, in a set, or a define. `text` is as written. */
export type NftValue = Located & { text: string } & (
  | { kind: 'literal'; value: string; quoted: boolean } // 22, tcp, established, "lo", 10.0.0.1, fe80::1
  | { kind: 'prefix'; address: string; length: number } // 10.0.0.0/8
  | { kind: 'range'; from: string; to: string } // 1-1024, 10.0.0.1-10.0.0.9
  | { kind: 'list'; items: NftValue[] } // established,related (no braces)
  | { kind: 'set'; elements: NftSetElement[] } // { 22, 80 } (anonymous set or map)
  | { kind: 'setref'; name: string } // @blocklist
  | { kind: 'variable'; name: string; resolved?: NftValue } // $lan (resolved from `define`)
  | { kind: 'concat'; parts: NftValue[] } // 10.0.0.1 . 22
  | { kind: 'raw' } // anything else (expressions, groups, glued forms)
);

export interface NftSetElement extends Located {
  key: NftValue;
  /** The right side of `key : value` in maps and vmaps. */
  mapped?: NftValue;
  /** Set in vmap bodies: `22 : accept`, `80 : jump web`. */
  verdict?: NftVerdictName;
  chain?: string;
  /** `timeout 1h`, `counter`, `comment "x"` after the key, as written. */
  options: string[];
}

export type NftVerdictName = 'accept' | 'drop' | 'reject' | 'queue' | 'continue' | 'return' | 'jump' | 'goto';

export type NftOp = '==' | '!=' | '<' | '>' | '<=' | '>=';

/** `ip saddr 10.0.0.0/8`, `tcp dport != { 22, 80 }`, `ct state established,related`, `iif lo`. */
export interface NftMatch extends Located {
  kind: 'match';
  /** The selector as written: ['ip','saddr'], ['tcp','dport'], ['ct','state'], ['meta','l4proto'], ['iifname']. */
  left: string[];
  /** Normalised selector: bare meta keys get 'meta' ('iif' → 'meta iif'), words joined by spaces. */
  selector: string;
  /** For concatenations (`ip saddr . tcp dport @s`), every selector; left is the first. */
  concat?: string[][];
  /** Explicit or implicit ('==') relational operator. */
  op: NftOp;
  /** Whether the operator was written (implicit `==` may also mean "bit set" for flags). */
  explicitOp: boolean;
  /** `tcp flags & (syn|ack)`: the bitwise part between selector and operator, as written. */
  mask?: string;
  right?: NftValue;
}

export interface NftVerdict extends Located {
  kind: 'verdict';
  verdict: NftVerdictName;
  /** jump/goto target. */
  chain?: string;
  /** `jump { … }`: rules of the anonymous chain. */
  body?: NftRule[];
  /** Words after the verdict (`reject with tcp reset` → ['with','tcp','reset'], `queue num 1`). */
  args: string[];
}

/** `meta mark set 1`, `ct helper set "ftp"`, `ip dscp set cs1`. */
export interface NftMangle extends Located {
  kind: 'mangle';
  left: string[];
  selector: string;
  value: string;
}

/** `tcp dport vmap { 22 : accept, 80 : drop }`, `ip saddr vmap @m`. */
export interface NftVmap extends Located {
  kind: 'vmap';
  left: string[];
  selector: string;
  concat?: string[][];
  map: NftValue;
}

/** counter, log, limit, quota, comment, nat (snat/dnat/masquerade/redirect), notrack, dup, fwd, set updates… */
export interface NftOtherStatement extends Located {
  kind: 'statement';
  name: string;
  /** Argument words/values as written ('prefix', '"drop: "', 'level', 'info'). */
  args: string[];
  /** The statement as written. */
  raw: string;
  /** `comment "x"`, `log prefix "x"`: the string, unquoted. */
  text?: string;
}

/** A word that starts no known statement: a hallucinated keyword. */
export interface NftUnknownStatement extends Located {
  kind: 'unknown';
  word: string;
  raw: string;
}

export type NftStatement = NftMatch | NftVerdict | NftMangle | NftVmap | NftOtherStatement | NftUnknownStatement;

/** A word the keyword table does not know. Rules flag these. */
export interface NftUnknownWord extends Located {
  word: string;
  /** What the word was expected to be. */
  role: 'statement' | 'field' | 'ct-key' | 'meta-key';
  /** The selector head it follows ('tcp' for `tcp dprt`). */
  head?: string;
  suggestion?: string;
}

export type NftRuleOp = 'add' | 'insert' | 'replace' | 'delete' | 'create' | 'destroy' | 'get' | 'reset';

export interface NftRule extends Located {
  statements: NftStatement[];
  /** `add` for rules inside a chain body or a bare fragment. */
  op: NftRuleOp;
  /** `handle N` / `index N` / `position N` from the command. */
  handle?: number;
  index?: number;
  position?: number;
  /** The verdict statement, if any (the last one). */
  verdict?: NftVerdict;
  /** `comment "…"` text. */
  comment?: string;
  unknown: NftUnknownWord[];
  /** The rule's text as written. */
  text: string;
}

export interface NftChain extends Located {
  name: string;
  /** Present on base chains: `type filter hook input priority 0`. */
  type?: string;
  hook?: string;
  /** Priority as written ('0', 'filter', 'filter + 10', '-300'). */
  priority?: string;
  /** Priority as a number when it can be computed (symbolic names per family). */
  priorityValue?: number;
  policy?: string;
  policyAt?: Located;
  device?: string;
  devices?: string[];
  rules: NftRule[];
  comment?: string;
  /** Where the base-chain spec sits. */
  specAt?: Located;
}

export interface NftSet extends Located {
  name: string;
  kind: 'set' | 'map';
  /** `type ipv4_addr . inet_service` / `type inet_service : verdict` as written. */
  type?: string;
  typeof?: string;
  flags: string[];
  elements: NftSetElement[];
  /** Every other body line, keyed by its first word ('timeout', 'size', 'policy', 'counter'). */
  attributes: Record<string, string>;
}

/** counter, quota, limit, ct helper|timeout|expectation, synproxy, secmark, tunnel, flowtable. */
export interface NftObject extends Located {
  kind: string;
  name: string;
  /** Body lines (or the inline value of `add quota t q 25 mbytes`), as written. */
  lines: string[];
}

export interface NftTable extends Located {
  family: NftFamily;
  familyExplicit: boolean;
  name: string;
  chains: NftChain[];
  sets: NftSet[];
  maps: NftSet[];
  objects: NftObject[];
  flowtables: NftObject[];
  flags: string[];
  comment?: string;
}

export type NftVerb =
  | 'add' | 'create' | 'insert' | 'replace' | 'delete' | 'destroy' | 'flush' | 'list' | 'reset'
  | 'get' | 'rename' | 'describe' | 'monitor' | 'export' | 'import' | 'run-file';

export type NftObjectKind =
  | 'ruleset' | 'table' | 'chain' | 'rule' | 'set' | 'map' | 'element' | 'flowtable' | 'object' | 'file' | 'other';

/** `nft …` as typed on a shell line: `sudo nft -c -f /etc/nftables.conf`. */
export interface NftInvocation extends Located {
  sudo: boolean;
  program: string;
  options: { name: string; value?: string }[];
  /** `-f FILE`. */
  file?: string;
  check: boolean;
}

/**
 * One top-level thing, in document order. Blocks are commands too: `table inet f { … }`
 * is {verb:'add', object:'table', declared:true, tableBody}.
 */
export interface NftCommand extends Located {
  verb: NftVerb;
  object: NftObjectKind;
  /** For object:'object', the kind ('counter', 'ct helper', …); for 'other', the first argument word. */
  objectKind?: string;
  family: NftFamily;
  familyExplicit: boolean;
  table?: string;
  chain?: string;
  /** Name of the set/map/flowtable/object, or new name for `rename chain`. */
  name?: string;
  newName?: string;
  handle?: number;
  /** Written as a block (`table … { }`, a bare `chain … { }` fragment), not as `add …`. */
  declared: boolean;
  /** A bare rule / chain-body line with no table or chain (a fragment). */
  fragment: boolean;
  tableBody?: NftTable;
  chainBody?: NftChain;
  setBody?: NftSet;
  objectBody?: NftObject;
  rule?: NftRule;
  elements?: NftSetElement[];
  /** Remaining words (`list ruleset` → ['ruleset']); for `-f FILE`, the file. */
  args: string[];
  /** The whole command as written. */
  spec: string;
  invocation?: NftInvocation;
}

export interface NftDefine extends Located {
  name: string;
  value: NftValue;
  redefine: boolean;
}

export interface NftModel {
  doc: Document;
  commands: NftCommand[];
  tables: NftTable[];
  invocations: NftInvocation[];
  defines: NftDefine[];
  includes: (Located & { path: string })[];
  /** Rules that stand alone (a bare `tcp dport 22 accept`), also in `commands`. */
  fragmentRules: NftRule[];
  /** Chain-body lines standing alone (`type filter hook input …; policy drop;`), as a nameless chain. */
  fragmentChain?: NftChain;
  /** Every unknown word in every rule. */
  unknown: NftUnknownWord[];
}

// ---------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------

const models = new WeakMap<Document, NftModel>();

/** The nftables model of a document (parsed once per run). */
export function nftModel(doc: Document): NftModel {
  let m = models.get(doc);
  if (!m) {
    m = new Builder(doc).build();
    models.set(doc, m);
  }
  return m;
}

// ---------------------------------------------------------------------------
// Builder
// ---------------------------------------------------------------------------

const FAMILIES = new Set(['ip', 'ip6', 'inet', 'arp', 'bridge', 'netdev']);
const JOINERS = new Set([',', '-', '/', '.', ':']);
const BITWISE = new Set(['&', '|', '^', '<<', '>>', 'and', 'or', 'xor', 'lshift', 'rshift']);
// Encapsulations followed by an inner header: `vxlan ip saddr 10.0.0.1`.
const TUNNELS = new Set(['vxlan', 'geneve', 'gre', 'gretap']);
// The text the nodes being read index into (set by Builder.build; the model is built synchronously).
let currentText = '';

const ARG_KEYWORDS = new Set(['prefix', 'level', 'flags', 'group', 'snaplen', 'queue-threshold', 'name']);

const NAT = new Set(['snat', 'dnat', 'masquerade', 'redirect', 'tproxy', 'dup', 'fwd']);

class Builder {
  private defines = new Map<string, NftDefine>();
  private unknown: NftUnknownWord[] = [];
  private model: NftModel;

  constructor(private doc: Document) {
    this.model = {
      doc, commands: [], tables: [], invocations: [], defines: [], includes: [], fragmentRules: [], unknown: this.unknown,
    };
  }

  build(): NftModel {
    const root = parseDocument(this.doc).rootNode;
    currentText = this.doc.text;
    let lastInvocation: NftInvocation | undefined;
    for (const node of root.namedChildren) {
      switch (node.type) {
        case 'include': {
          const p = node.childForFieldName('path');
          if (p) this.model.includes.push({ ...this.loc(node), path: unquote(p.text) });
          break;
        }
        case 'define': {
          const name = node.childForFieldName('name');
          const value = node.childForFieldName('value');
          if (name && value) {
            const d: NftDefine = {
              ...this.loc(node), name: name.text, value: this.valueOf(value.children), redefine: node.child(0)?.type === 'redefine',
            };
            this.defines.set(d.name, d);
            this.model.defines.push(d);
          }
          break;
        }
        case 'undefine': {
          const name = node.childForFieldName('name');
          if (name) this.defines.delete(name.text);
          break;
        }
        case 'nft_invocation': {
          const inv = this.invocation(node);
          lastInvocation = inv;
          this.model.invocations.push(inv);
          const cmd = node.childForFieldName('command');
          if (cmd) this.pushCommand(this.command(cmd), inv);
          else if (inv.file) {
            this.pushCommand({ ...this.base(node, 'run-file', 'file'), args: [inv.file] }, inv);
          }
          break;
        }
        case 'command': {
          // `nft add table t \; add chain t c`: the second command belongs to the same invocation.
          const inv = lastInvocation && lastInvocation.span.end.row === node.startPosition.row ? lastInvocation : undefined;
          this.pushCommand(this.command(node), inv);
          break;
        }
        case 'table': {
          const t = this.tableBlock(node);
          this.pushCommand({
            ...this.base(node, 'add', 'table'), family: t.family, familyExplicit: t.familyExplicit, table: t.name,
            declared: true, tableBody: t,
          });
          break;
        }
        case 'chain': {
          const c = this.chainBlock(node, 'ip');
          this.pushCommand({ ...this.base(node, 'add', 'chain'), chain: c.name, declared: true, fragment: true, chainBody: c });
          break;
        }
        case 'set':
        case 'map': {
          const s = this.setBlock(node);
          this.pushCommand({ ...this.base(node, 'add', s.kind), name: s.name, declared: true, fragment: true, setBody: s });
          break;
        }
        case 'object':
        case 'flowtable': {
          const o = this.objectBlock(node);
          this.pushCommand({
            ...this.base(node, 'add', node.type === 'flowtable' ? 'flowtable' : 'object'), objectKind: o.kind, name: o.name,
            declared: true, fragment: true, objectBody: o,
          });
          break;
        }
        case 'chain_type':
        case 'policy': {
          const c = (this.model.fragmentChain ??= { ...this.loc(node), name: '', rules: [] });
          this.chainLine(c, node, 'ip');
          break;
        }
        case 'rule': {
          const r = this.rule(node, 'add');
          this.model.fragmentRules.push(r);
          (this.model.fragmentChain ??= { ...this.loc(node), name: '', rules: [] }).rules.push(r);
          this.pushCommand({ ...this.base(node, 'add', 'rule'), fragment: true, rule: r });
          break;
        }
        default:
          break; // ERROR nodes: syntaxProblems reports them.
      }
    }
    this.model.tables = foldTables(this.model.commands);
    return this.model;
  }

  // ---- commands -------------------------------------------------------------

  private pushCommand(c: NftCommand, inv?: NftInvocation): void {
    if (inv) c.invocation = inv;
    this.model.commands.push(c);
  }

  private base(node: Node, verb: NftVerb, object: NftObjectKind): NftCommand {
    return {
      ...this.loc(node), verb, object, family: 'ip', familyExplicit: false, declared: false, fragment: false, args: [], spec: node.text,
    };
  }

  private invocation(node: Node): NftInvocation {
    const options = node.childrenForFieldName('option').map((o) => {
      const v = o.childForFieldName('value');
      return { name: o.childForFieldName('name')?.text ?? o.text, value: v ? unquote(v.text) : undefined };
    });
    const file = options.find((o) => o.name === '-f' || o.name === '--file')?.value;
    return {
      ...this.loc(node),
      sudo: node.childForFieldName('sudo') !== null,
      program: node.childForFieldName('program')?.text ?? 'nft',
      options,
      file,
      check: options.some((o) => o.name === '--check' || /^-[a-zA-Z]*c/.test(o.name)),
    };
  }

  private command(node: Node): NftCommand {
    const verb = (node.childForFieldName('verb')?.text ?? 'add') as NftVerb;
    const objNode = node.childForFieldName('object');
    const famNode = node.childForFieldName('family');
    const text = (f: string) => {
      const n = node.childForFieldName(f);
      return n ? nameText(n) : undefined;
    };
    const c = this.base(node, verb, 'other');
    if (famNode) {
      c.family = famNode.text as NftFamily;
      c.familyExplicit = true;
    }
    c.table = text('table');
    const handle = node.childForFieldName('handle');
    if (handle) c.handle = parseInt(handle.text, 10);
    if (!objNode) {
      const args = node.childForFieldName('args');
      c.args = args ? args.children.map((a) => a.text) : [];
      const first = c.args[0];
      if (first === 'ruleset') {
        c.object = 'ruleset';
        if (c.args[1] && FAMILIES.has(c.args[1])) {
          c.family = c.args[1] as NftFamily;
          c.familyExplicit = true;
        }
      } else c.objectKind = first;
      return c;
    }
    const obj = objNode.text.replace(/\s+/g, ' ');
    const body = node.childForFieldName('body');
    switch (obj) {
      case 'table':
        c.object = 'table';
        if (body) {
          c.tableBody = this.tableBody(node, body, c.family, c.familyExplicit, c.table ?? '');
        }
        break;
      case 'chain':
        c.object = 'chain';
        c.chain = text('name');
        c.newName = text('new_name');
        if (body) {
          c.chainBody = { ...this.loc(node), name: c.chain ?? '', rules: [] };
          this.chainBody(c.chainBody, body, c.family);
        }
        break;
      case 'rule': {
        c.object = 'rule';
        c.chain = text('chain');
        const ruleNode = node.childForFieldName('rule');
        const op = (['add', 'insert', 'replace', 'delete', 'create', 'destroy', 'get', 'reset'].includes(verb) ? verb : 'add') as NftRuleOp;
        const r = ruleNode ? this.rule(ruleNode, op) : { ...this.loc(node), statements: [], op, unknown: [], text: '' };
        const pos = node.childForFieldName('position');
        if (pos) {
          const kind = pos.childForFieldName('kind')?.text;
          const v = parseInt(pos.childForFieldName('value')?.text ?? '', 10);
          if (kind === 'handle') r.handle = v;
          else if (kind === 'index') r.index = v;
          else if (kind === 'position') r.position = v;
          if (kind === 'handle') c.handle = v;
        }
        c.rule = r;
        break;
      }
      case 'set':
      case 'map':
      case 'flowtable':
        c.object = obj;
        c.name = text('name');
        if (body && obj !== 'flowtable') c.setBody = this.setBody(node, body, obj, c.name ?? '');
        if (body && obj === 'flowtable') c.objectBody = this.objectBody(node, body, 'flowtable', c.name ?? '');
        break;
      case 'element': {
        c.object = 'element';
        c.name = text('name');
        const els = node.childForFieldName('elements');
        c.elements = els ? this.setElements(els) : [];
        break;
      }
      default: {
        c.object = 'object';
        c.objectKind = obj;
        c.name = text('name');
        const value = node.childForFieldName('value');
        if (body) c.objectBody = this.objectBody(node, body, obj, c.name ?? '');
        else if (value) c.objectBody = { ...this.loc(node), kind: obj, name: c.name ?? '', lines: [value.text] };
      }
    }
    return c;
  }

  // ---- blocks -----------------------------------------------------------------

  private tableBlock(node: Node): NftTable {
    const fam = node.childForFieldName('family');
    const name = node.childForFieldName('name');
    const body = node.childForFieldName('body');
    return this.tableBody(node, body, (fam?.text ?? 'ip') as NftFamily, fam !== null, name ? nameText(name) : '');
  }

  private tableBody(node: Node, body: Node | null, family: NftFamily, familyExplicit: boolean, name: string): NftTable {
    const t: NftTable = {
      ...this.loc(node), family, familyExplicit, name, chains: [], sets: [], maps: [], objects: [], flowtables: [], flags: [],
    };
    for (const item of body?.namedChildren ?? []) {
      switch (item.type) {
        case 'chain':
          t.chains.push(this.chainBlock(item, family));
          break;
        case 'set':
        case 'map': {
          const s = this.setBlock(item);
          (s.kind === 'set' ? t.sets : t.maps).push(s);
          break;
        }
        case 'flowtable':
          t.flowtables.push(this.objectBlock(item));
          break;
        case 'object':
          t.objects.push(this.objectBlock(item));
          break;
        case 'attribute': {
          const words = item.children.map((c) => c.text);
          if (words[0] === 'flags') t.flags.push(...words.slice(1).filter((w) => w !== ','));
          else if (words[0] === 'comment') t.comment = unquote(words.slice(1).join(' '));
          break;
        }
        default:
          break;
      }
    }
    return t;
  }

  private chainBlock(node: Node, family: NftFamily): NftChain {
    const name = node.childForFieldName('name');
    const c: NftChain = { ...this.loc(node), name: name ? nameText(name) : '', rules: [] };
    const body = node.childForFieldName('body');
    if (body) this.chainBody(c, body, family);
    return c;
  }

  private chainBody(c: NftChain, body: Node, family: NftFamily): void {
    for (const item of body.namedChildren) this.chainLine(c, item, family);
  }

  private chainLine(c: NftChain, item: Node, family: NftFamily): void {
    if (item.type === 'chain_type') {
      c.specAt = this.loc(item);
      c.type = item.childForFieldName('type')?.text;
      c.hook = item.childForFieldName('hook')?.text;
      const dev = item.childForFieldName('device');
      if (dev) c.device = unquote(dev.text);
      const devs = item.childForFieldName('devices');
      if (devs) c.devices = devs.type === 'set_expression' ? devs.namedChildren.map((e) => unquote(e.text)) : [devs.text];
      const prio = item.childForFieldName('priority');
      if (prio) {
        c.priority = prio.text;
        c.priorityValue = priorityValue(prio.children.map((p) => p.text), family);
      }
    } else if (item.type === 'policy') {
      c.policy = item.childForFieldName('policy')?.text;
      c.policyAt = this.loc(item);
    } else if (item.type === 'rule' && item.child(0)?.text === 'devices') {
      const set = item.children.find((k) => k.type === 'set_expression');
      c.devices = set ? set.namedChildren.map((e) => unquote(e.text)) : item.children.slice(2).map((k) => k.text);
    } else if (item.type === 'rule') {
      const r = this.rule(item, 'add');
      // A line that is only `comment "…"` is the chain's comment.
      if (r.statements.length === 1 && r.statements[0].kind === 'statement' && r.statements[0].name === 'comment') {
        c.comment = r.comment;
      } else c.rules.push(r);
    }
  }

  private setBlock(node: Node): NftSet {
    const name = node.childForFieldName('name');
    return this.setBody(node, node.childForFieldName('body'), node.type as 'set' | 'map', name ? nameText(name) : '');
  }

  private setBody(node: Node, body: Node | null, kind: 'set' | 'map', name: string): NftSet {
    const s: NftSet = { ...this.loc(node), name, kind, flags: [], elements: [], attributes: {} };
    for (const line of body?.namedChildren ?? []) {
      if (line.type !== 'attribute') continue;
      const kids = line.children;
      const head = kids[0]?.text ?? '';
      const rest = kids.slice(1);
      const restText = rest.map((k) => k.text).join(' ');
      if (head === 'type') s.type = restText;
      else if (head === 'typeof') s.typeof = restText;
      else if (head === 'flags') s.flags.push(...rest.filter((k) => k.text !== ',').map((k) => k.text));
      else if (head === 'elements') {
        const set = rest.find((k) => k.type === 'set_expression');
        if (set) s.elements.push(...this.setElements(set));
      } else s.attributes[head] = restText;
    }
    return s;
  }

  private objectBlock(node: Node): NftObject {
    const name = node.childForFieldName('name');
    const kind = node.type === 'flowtable' ? 'flowtable' : (node.childForFieldName('kind')?.text ?? '').replace(/\s+/g, ' ');
    return this.objectBody(node, node.childForFieldName('body'), kind, name ? nameText(name) : '');
  }

  private objectBody(node: Node, body: Node | null, kind: string, name: string): NftObject {
    return { ...this.loc(node), kind, name, lines: (body?.namedChildren ?? []).map((l) => l.text) };
  }

  private setElements(set: Node): NftSetElement[] {
    return set.namedChildren.filter((e) => e.type === 'element').map((e) => this.element(e));
  }

  private element(e: Node): NftSetElement {
    const kids = e.children;
    const colon = kids.findIndex((k) => k.type === 'operator' && k.text === ':');
    const keyEnd = colon >= 0 ? colon : kids.length;
    // Key: a term; words after it (timeout 1h, counter, comment "x") are options.
    const keyEnd2 = termEnd(kids, 0, keyEnd);
    const el: NftSetElement = { ...this.loc(e), key: this.valueOf(kids.slice(0, keyEnd2)), options: [] };
    el.options.push(...kids.slice(keyEnd2, keyEnd).map((k) => k.text));
    if (colon >= 0) {
      const right = kids.slice(colon + 1);
      if (right[0]?.type === 'verdict') {
        el.verdict = right[0].child(0)?.text as NftVerdictName;
        const ch = right[0].childForFieldName('chain');
        if (ch) el.chain = nameText(ch);
      } else if (right.length) {
        const end = termEnd(right, 0, right.length);
        el.mapped = this.valueOf(right.slice(0, end));
        el.options.push(...right.slice(end).map((k) => k.text));
      }
    }
    return el;
  }

  // ---- rules --------------------------------------------------------------------

  private rule(node: Node, op: NftRuleOp): NftRule {
    const items = node.children;
    const r: NftRule = { ...this.loc(node), statements: [], op, unknown: [], text: node.text };
    let i = 0;
    while (i < items.length) {
      const start = i;
      const st = this.statement(items, i, r);
      i = st.next > start ? st.next : start + 1;
      if (st.statement) r.statements.push(st.statement);
    }
    for (const s of r.statements) {
      if (s.kind === 'verdict') r.verdict = s;
      if (s.kind === 'statement' && s.name === 'comment') r.comment = s.text;
    }
    return r;
  }

  private flag(r: NftRule, n: Node, word: string, role: NftUnknownWord['role'], candidates: Iterable<string>, head?: string): void {
    const u: NftUnknownWord = { ...this.loc(n), word, role, head, suggestion: didYouMean(word, candidates) };
    r.unknown.push(u);
    this.unknown.push(u);
  }

  private statement(items: Node[], i: number, r: NftRule): { statement?: NftStatement; next: number } {
    const t = items[i];
    if (t.type === 'verdict') return this.verdict(items, i);
    if ((t.type === 'identifier' && NFT_SELECTOR_HEADS.has(t.text)) || t.type === 'raw_payload') return this.selectorStatement(items, i, r);
    if (t.type === 'identifier' && NFT_STATEMENTS.includes(t.text)) return this.otherStatement(items, i);
    // Unknown: the word plus one value term, so the rest of the rule still reads.
    if (t.type === 'identifier') {
      const u: NftUnknownWord = { ...this.loc(t), word: t.text, role: 'statement', suggestion: suggestStatement(t.text) };
      r.unknown.push(u);
      this.unknown.push(u);
    }
    let j = i + 1;
    if (j < items.length && isValueStart(items[j]) && !isStatementStart(items[j])) j = termEnd(items, j, items.length);
    const raw = items.slice(i, j);
    return { statement: { kind: 'unknown', word: t.text, raw: textOf(raw), ...this.span(raw) }, next: j };
  }

  private verdict(items: Node[], i: number): { statement: NftVerdict; next: number } {
    const t = items[i];
    const verdict = (t.child(0)?.text ?? t.text) as NftVerdictName;
    const v: NftVerdict = { ...this.loc(t), kind: 'verdict', verdict, args: [] };
    const chain = t.childForFieldName('chain');
    if (chain) v.chain = nameText(chain);
    const body = t.childForFieldName('body');
    if (body) {
      const c: NftChain = { ...this.loc(body), name: '', rules: [] };
      this.chainBody(c, body, 'ip');
      v.body = c.rules;
    }
    let j = i + 1;
    if (verdict === 'reject' && items[j]?.text === 'with') {
      // with icmp|icmpv6|icmpx [type] CODE | with tcp reset
      j++;
      if (items[j]) j++;
      if (items[j]?.text === 'type' || items[j]?.text === 'code') j++;
      if (items[j] && items[j].type !== 'verdict') j++;
    } else if (verdict === 'queue') {
      while (j < items.length && !isStatementStart(items[j])) j++;
    }
    v.args = items.slice(i + 1, j).map((n) => n.text);
    Object.assign(v, this.span(items.slice(i, j)));
    return { statement: v, next: j };
  }

  /** Reads a selector path (`ct original saddr`, `tcp option maxseg size`) from items[i]. */
  private selector(items: Node[], i: number, r: NftRule): { path: string[]; next: number } {
    const head = items[i].text;
    if (items[i].type === 'raw_payload') return { path: [head], next: i + 1 };
    const path = [head];
    let j = i + 1;
    const word = (k: number) => (items[k]?.type === 'identifier' ? items[k].text : undefined);
    if (head === 'ipsec' && (word(j) === 'in' || word(j) === 'out')) return this.looseExpression(items, i);
    if (NFT_META_BARE_KEYS.includes(head)) return { path, next: j };
    if (head === 'ct') {
      if (word(j) && NFT_CT_DIRECTIONS.includes(word(j)!)) path.push(items[j++].text);
      const key = word(j);
      if (key !== undefined) {
        path.push(key);
        if (!NFT_CT_KEYS.includes(key)) this.flag(r, items[j], key, 'ct-key', NFT_CT_KEYS, 'ct');
        j++;
        if ((key === 'ip' || key === 'ip6') && word(j)) path.push(items[j++].text);
      }
      return { path, next: j };
    }
    if (head === 'meta') {
      const key = word(j);
      if (key !== undefined) {
        path.push(key);
        if (!NFT_META_KEYS.includes(key)) this.flag(r, items[j], key, 'meta-key', NFT_META_KEYS, 'meta');
        j++;
      }
      return { path, next: j };
    }
    const fields = NFT_PAYLOAD_FIELDS[head];
    if (fields) {
      const f = word(j);
      if (f !== undefined && (TUNNELS.has(head) || head === 'rt') && (f in NFT_PAYLOAD_FIELDS)) {
        // vxlan ip saddr, rt ip6 nexthop: the inner header's selector, prefixed.
        const inner = head === 'rt' ? { path: [f, word(j + 1) ?? ''], next: j + 2 } : this.selector(items, j, r);
        return { path: [head, ...inner.path], next: inner.next };
      }
      if (f === undefined) {
        // `@th,16,16`-style raw payloads come as their own token; `ip` alone (e.g. `dnat ip to`) is handled by callers.
        return { path, next: j };
      }
      path.push(f);
      if (!fields.includes(f)) this.flag(r, items[j], f, 'field', fieldsOf(head) ?? [], head);
      j++;
      if (f === 'option' || f === 'chunk') {
        // tcp option NAME [FIELD], sctp chunk NAME [FIELD]
        if (items[j] && ['identifier', 'raw_payload', 'number'].includes(items[j].type)) path.push(items[j++].text);
        const fld = word(j);
        if (fld && fld !== 'exists' && fld !== 'missing' && j + 1 < items.length && !isStatementStart(items[j + 1])) {
          path.push(fld);
          j++;
        }
      } else if (head === 'arp' && (f === 'saddr' || f === 'daddr') && (word(j) === 'ip' || word(j) === 'ether')) path.push(items[j++].text);
      return { path, next: j };
    }
    // fib, socket, osf, ipsec, numgen, jhash, symhash, exthdr, tunnel, inner: read loosely.
    return this.looseExpression(items, i);
  }

  private looseExpression(items: Node[], i: number): { path: string[]; next: number } {
    const head = items[i].text;
    const path = [head];
    let j = i + 1;
    const take = () => path.push(items[j++].text);
    const is = (k: number, ...w: string[]) => items[k] !== undefined && w.includes(items[k].text);
    switch (head) {
      case 'fib':
        while (is(j, 'saddr', 'daddr', 'mark', 'iif', 'oif', '.') && !(is(j, 'oif') && !is(j + 1, '.'))) take();
        if (is(j, 'oif', 'oifname', 'type', 'check')) take();
        break;
      case 'numgen':
      case 'jhash':
      case 'symhash':
        while (j < items.length && !is(j, 'mod')) {
          if (items[j].type === 'verdict' || items[j].type === 'set_expression') break;
          take();
        }
        if (is(j, 'mod')) { take(); if (items[j]) take(); }
        while (is(j, 'seed', 'offset')) { take(); if (items[j]) take(); }
        break;
      case 'exthdr':
        // exthdr NAME [FIELD]
        if (items[j]) take();
        if (items[j]?.type === 'identifier' && !is(j, 'exists', 'missing', 'set') && items[j + 1] && !isStatementStart(items[j + 1])) take();
        break;
      case 'socket':
        if (items[j]) take();
        if (path[1] === 'cgroupv2' && is(j, 'level')) { take(); if (items[j]) take(); }
        break;
      case 'osf':
        if (is(j, 'ttl')) { take(); if (items[j]) take(); }
        if (is(j, 'name', 'version')) take();
        break;
      case 'ipsec':
        if (is(j, 'in', 'out')) take();
        if (is(j, 'spnum')) { take(); if (items[j]) take(); }
        if (is(j, 'ip', 'ip6')) take();
        if (items[j]?.type === 'identifier') take();
        break;
      default:
        while (j < items.length && items[j].type === 'identifier' && !isStatementStart(items[j]) && !is(j, 'set', 'map', 'vmap', 'exists', 'missing')) take();
    }
    return { path, next: j };
  }

  private selectorStatement(items: Node[], i: number, r: NftRule): { statement: NftStatement; next: number } {
    const first = this.selector(items, i, r);
    let j = first.next;
    const paths = [first.path];
    // Concatenation: ip saddr . tcp dport
    while (items[j]?.text === '.' && items[j + 1]) {
      if (isSelectorStart(items[j + 1])) {
        const more = this.selector(items, j + 1, r);
        paths.push(more.path);
        j = more.next;
      } else if (items[j + 1].type === 'string' && items[j + 2] && !isStatementStart(items[j + 2])) {
        // `ip saddr . "lo" @s`: a constant part of the key (nft lists `iif` that way).
        paths.push([items[j + 1].text]);
        j += 2;
      } else break;
    }
    const left = first.path;
    const selector = normalise(left);
    const concat = paths.length > 1 ? paths : undefined;
    const next = items[j];
    if (next?.type === 'identifier' && next.text === 'set') {
      const end = this.expressionEnd(items, j + 1);
      const stmt: NftMangle = {
        ...this.span(items.slice(i, end)), kind: 'mangle', left, selector, value: textOf(items.slice(j + 1, end)),
      };
      return { statement: stmt, next: end };
    }
    if (next?.type === 'identifier' && next.text === 'vmap') {
      const end = items[j + 1] ? termEnd(items, j + 1, items.length) : j + 1;
      const stmt: NftVmap = {
        ...this.span(items.slice(i, end)), kind: 'vmap', left, selector, concat, map: this.valueOf(items.slice(j + 1, end)),
      };
      return { statement: stmt, next: end };
    }
    let mask: string | undefined;
    const maskStart = j;
    while ((items[j]?.type === 'operator' || items[j]?.type === 'identifier') && BITWISE.has(items[j].text) && items[j + 1]) {
      j = termEnd(items, j + 1, items.length);
    }
    if (j > maskStart) mask = textOf(items.slice(maskStart, j));
    let op: NftOp = '==';
    let explicitOp = false;
    const opText = items[j]?.type === 'operator' || items[j]?.type === 'identifier' ? items[j].text : undefined;
    if (opText && NFT_RELATIONAL[opText] && items[j + 1]) {
      op = NFT_RELATIONAL[opText] as NftOp;
      explicitOp = true;
      j++;
    }
    let right: NftValue | undefined;
    if (items[j] && isValueStart(items[j])) {
      const end = termEnd(items, j, items.length);
      right = this.valueOf(items.slice(j, end));
      j = end;
      // `ct helper set udp dport map { … }` style maps on a match's right side are rare; read `map {…}` whole.
    }
    if (items[j]?.text === 'map' && items[j + 1]) j = termEnd(items, j + 1, items.length);
    const stmt: NftMatch = { ...this.span(items.slice(i, j)), kind: 'match', left, selector, concat, op, explicitOp, mask, right };
    return { statement: stmt, next: j };
  }

  /** The end of a `set` value or nat target: a term or a selector, joined by bitwise ops and `map {…}`. */
  private expressionEnd(items: Node[], i: number): number {
    let j = i;
    const operand = () => {
      if (!items[j]) return;
      if (isSelectorStart(items[j])) {
        const scratch: NftRule = { ...this.loc(items[j]), statements: [], op: 'add', unknown: [], text: '' };
        j = this.selector(items, j, scratch).next;
        while (items[j]?.text === '.' && items[j + 1] && isSelectorStart(items[j + 1])) {
          j = this.selector(items, j + 1, scratch).next;
        }
      } else if (isValueStart(items[j])) j = termEnd(items, j, items.length);
      else j++;
    };
    operand();
    for (;;) {
      const t = items[j];
      if (!t) break;
      if ((t.type === 'operator' && t.text === ':') || ((t.type === 'operator' || t.type === 'identifier') && (BITWISE.has(t.text) || t.text === 'map'))) {
        j++;
        operand();
      } else break;
    }
    return j;
  }

  private otherStatement(items: Node[], i: number): { statement: NftOtherStatement; next: number } {
    const name = items[i].text;
    let j = i + 1;
    if (name === 'comment' || name === 'add' || name === 'update' || name === 'delete' || name === 'meter' || name === 'flow') {
      // comment "x" | add @s { … } | meter NAME { … } | flow add|offload @ft
      while (j < items.length && !isStatementStart(items[j]) && j - i <= 3) {
        const t = items[j];
        j++;
        if (t.type === 'set_expression' || t.type === 'string' || (name === 'flow' && t.type === 'set_reference')) break;
      }
    } else if (NAT.has(name)) {
      while (j < items.length) {
        const t = items[j];
        if (t.text === 'to') {
          j = this.expressionEnd(items, j + 1);
          continue;
        }
        if ((t.text === 'ip' || t.text === 'ip6') && ['to', 'prefix', 'addr'].includes(items[j + 1]?.text ?? '')) {
          j++;
          continue;
        }
        if (isStatementStart(t)) break;
        j++;
      }
    } else {
      while (j < items.length && !isStatementStart(items[j])) {
        const w = items[j].text;
        j++;
        // `log flags ip options`, `log level info`: the argument may look like a selector head.
        if (ARG_KEYWORDS.has(w) && items[j] && items[j].type !== 'verdict') {
          const arg = items[j].text;
          j = termEnd(items, j, items.length);
          if (w === 'flags' && (arg === 'ip' || arg === 'tcp') && items[j] && !isStatementStart(items[j])) j = termEnd(items, j, items.length);
        }
      }
    }
    const slice = items.slice(i, j);
    const s: NftOtherStatement = {
      ...this.span(slice), kind: 'statement', name, args: slice.slice(1).map((n) => n.text), raw: textOf(slice),
    };
    const str = slice.find((n) => n.type === 'string');
    if (str && (name === 'comment' || name === 'log')) s.text = unquote(str.text);
    return { statement: s, next: j };
  }

  // ---- values -------------------------------------------------------------------

  /** A value from a run of items (one term, or anything else as raw). */
  private valueOf(nodes: Node[], seen: Set<string> = new Set()): NftValue {
    const at = this.span(nodes);
    const text = textOf(nodes);
    if (nodes.length === 1) return this.primary(nodes[0], seen);
    const ops = nodes.filter((_, k) => k % 2 === 1);
    const operands = nodes.filter((_, k) => k % 2 === 0);
    const alternating = ops.every((o) => o.type === 'operator') && operands.every((o) => o.type !== 'operator');
    if (alternating && ops.length > 0) {
      const sym = ops[0].text;
      if (ops.every((o) => o.text === sym)) {
        const parts = operands.map((o) => this.primary(o, seen));
        if (sym === ',') return { ...at, text, kind: 'list', items: parts };
        if (sym === '.') return { ...at, text, kind: 'concat', parts };
        if (sym === '-' && parts.length === 2) return { ...at, text, kind: 'range', from: parts[0].text, to: parts[1].text };
        if (sym === '/' && parts.length === 2 && /^\d+$/.test(parts[1].text)) {
          return { ...at, text, kind: 'prefix', address: parts[0].text, length: parseInt(parts[1].text, 10) };
        }
      }
    }
    return { ...at, text, kind: 'raw' };
  }

  private primary(n: Node, seen: Set<string>): NftValue {
    const at = this.loc(n);
    const text = n.text;
    switch (n.type) {
      case 'string':
        return { ...at, text, kind: 'literal', value: unquote(text), quoted: true };
      case 'variable': {
        const name = text.slice(1);
        const d = this.defines.get(name);
        const v: NftValue = { ...at, text, kind: 'variable', name };
        if (d && !seen.has(name)) v.resolved = resolveVariables(d.value, this.defines, new Set([...seen, name]));
        return v;
      }
      case 'set_reference':
        return { ...at, text, kind: 'setref', name: text.slice(1) };
      case 'set_expression':
        return { ...at, text, kind: 'set', elements: this.setElements(n) };
      case 'number':
      case 'ipv6_address':
      case 'identifier': {
        const m = /^(.+)\/(\d+)$/.exec(text);
        if (m && /[.:]/.test(m[1])) return { ...at, text, kind: 'prefix', address: m[1], length: parseInt(m[2], 10) };
        const range = splitRange(text);
        if (range && n.type !== 'identifier') return { ...at, text, kind: 'range', from: range[0], to: range[1] };
        return { ...at, text, kind: 'literal', value: text, quoted: false };
      }
      default:
        return { ...at, text, kind: 'raw' };
    }
  }

  // ---- locations ----------------------------------------------------------------

  private loc(n: Node): Located {
    return { doc: this.doc, span: spanOf(n) };
  }

  private span(nodes: Node[]): Located {
    if (!nodes.length) return { doc: this.doc, span: { start: { row: 0, column: 0 }, end: { row: 0, column: 0 } } };
    return { doc: this.doc, span: { start: nodes[0].startPosition, end: nodes[nodes.length - 1].endPosition } };
  }
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/**
 * For an unknown first word: a near statement head, else the selector a bare field
 * name most likely meant (`port`/`dport` → `th dport`, `saddr` → `ip saddr`).
 */
function suggestStatement(word: string): string | undefined {
  const head = didYouMean(word, statementHeads());
  if (head) return head;
  const fields = new Set(Object.values(NFT_PAYLOAD_FIELDS).flat());
  const field = fields.has(word) ? word : word === 'port' ? 'dport' : didYouMean(word, fields);
  if (!field) return undefined;
  if (field === 'sport' || field === 'dport') return `th ${field}`;
  if (field === 'saddr' || field === 'daddr') return `ip ${field}`;
  const proto = Object.keys(NFT_PAYLOAD_FIELDS).find((p) => NFT_PAYLOAD_FIELDS[p].includes(field));
  return proto ? `${proto} ${field}` : undefined;
}

function isSelectorStart(n: Node): boolean {
  return n.type === 'raw_payload' || (n.type === 'identifier' && NFT_SELECTOR_HEADS.has(n.text));
}

function isStatementStart(n: Node): boolean {
  if (n.type === 'verdict' || n.type === 'raw_payload') return true;
  return n.type === 'identifier' && (NFT_SELECTOR_HEADS.has(n.text) || NFT_STATEMENTS.includes(n.text));
}

function isValueStart(n: Node): boolean {
  return n.type !== 'verdict' && n.type !== 'operator';
}

/** One primary plus anything glued to it with `,` `-` `/` `.` `:` (established,related; 1.2.3.4:80). */
function termEnd(items: Node[], i: number, limit: number): number {
  let j = i + 1;
  while (j + 1 < limit && items[j].type === 'operator' && JOINERS.has(items[j].text) && items[j + 1].type !== 'operator' && items[j + 1].type !== 'verdict') {
    // `ip saddr . tcp dport` inside a set key is a concatenation of selectors: still one term.
    j += 2;
  }
  return Math.min(j, limit);
}

function splitRange(text: string): [string, string] | undefined {
  if (text.startsWith('-')) return undefined;
  // 1-1024, 0x10-0x20, 10.0.0.1-10.0.0.9, fe80::1-fe80::9 (not times like 1h-2h? those are ranges too)
  const k = text.indexOf('-');
  if (k <= 0 || k === text.length - 1) return undefined;
  return [text.slice(0, k), text.slice(k + 1)];
}

function resolveVariables(v: NftValue, defines: Map<string, NftDefine>, seen: Set<string>): NftValue {
  if (v.kind === 'variable' && !v.resolved) {
    const d = defines.get(v.name);
    if (d && !seen.has(v.name)) return { ...v, resolved: resolveVariables(d.value, defines, new Set([...seen, v.name])) };
  }
  return v;
}

function normalise(path: string[]): string {
  if (path.length === 1 && NFT_META_BARE_KEYS.includes(path[0])) return `meta ${path[0]}`;
  return path.join(' ');
}

function textOf(nodes: Node[]): string {
  if (!nodes.length) return '';
  const src = currentText;
  return src.slice(nodes[0].startIndex, nodes[nodes.length - 1].endIndex);
}

function unquote(s: string): string {
  return s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1).replace(/\\(.)/g, '$1') : s;
}

function nameText(n: Node): string {
  return n.type === 'string' ? unquote(n.text) : n.text;
}

function priorityValue(words: string[], family: NftFamily): number | undefined {
  let total = 0;
  let sign = 1;
  for (const w of words) {
    if (w === '+') sign = 1;
    else if (w === '-') sign = -1;
    else if (/^-?\d+$/.test(w)) {
      total += sign * parseInt(w, 10);
      sign = 1;
    } else {
      const names = family === 'bridge' ? NFT_BRIDGE_PRIORITY_NAMES : NFT_PRIORITY_NAMES;
      if (!(w in names)) return undefined;
      total += sign * names[w];
      sign = 1;
    }
  }
  return total;
}

/** Folds the commands into the ruleset they build (see the module comment). */
function foldTables(commands: NftCommand[]): NftTable[] {
  let tables: NftTable[] = [];
  const find = (family: NftFamily, name?: string) => tables.find((t) => t.family === family && t.name === name);
  const ensure = (c: NftCommand, family: NftFamily, name: string): NftTable => {
    let t = find(family, name);
    if (!t) {
      t = { doc: c.doc, span: c.span, family, familyExplicit: c.familyExplicit, name, chains: [], sets: [], maps: [], objects: [], flowtables: [], flags: [] };
      tables.push(t);
    }
    return t;
  };
  const ensureChain = (c: NftCommand, t: NftTable, name: string): NftChain => {
    let ch = t.chains.find((x) => x.name === name);
    if (!ch) {
      ch = { doc: c.doc, span: c.span, name, rules: [] };
      t.chains.push(ch);
    }
    return ch;
  };
  const mergeChain = (into: NftChain, from: NftChain) => {
    for (const k of ['type', 'hook', 'priority', 'priorityValue', 'policy', 'policyAt', 'device', 'devices', 'comment', 'specAt'] as const) {
      if (from[k] !== undefined) (into as unknown as Record<string, unknown>)[k] = from[k];
    }
    into.rules.push(...from.rules);
  };
  for (const c of commands) {
    if (c.fragment) continue;
    const adding = c.verb === 'add' || c.verb === 'create';
    if (c.object === 'ruleset' && c.verb === 'flush') {
      tables = c.familyExplicit ? tables.filter((t) => t.family !== c.family) : [];
      continue;
    }
    if (c.object === 'table') {
      if (adding) {
        const t = ensure(c, c.family, c.table ?? '');
        const b = c.tableBody;
        if (b) {
          for (const ch of b.chains) mergeChain(ensureChain(c, t, ch.name), ch);
          t.sets.push(...b.sets.map((s) => ({ ...s, elements: [...s.elements] })));
          t.maps.push(...b.maps.map((s) => ({ ...s, elements: [...s.elements] })));
          t.objects.push(...b.objects);
          t.flowtables.push(...b.flowtables);
          t.flags.push(...b.flags);
          if (b.comment) t.comment = b.comment;
        }
      } else if (c.verb === 'delete' || c.verb === 'destroy') tables = tables.filter((t) => !(t.family === c.family && t.name === c.table));
      else if (c.verb === 'flush') {
        const t = find(c.family, c.table);
        if (t) for (const ch of t.chains) ch.rules = [];
      }
      continue;
    }
    const t = c.table !== undefined ? find(c.family, c.table) : undefined;
    if (c.object === 'chain') {
      if (adding) {
        const tt = t ?? ensure(c, c.family, c.table ?? '');
        const ch = ensureChain(c, tt, c.chain ?? '');
        if (c.chainBody) mergeChain(ch, c.chainBody);
      } else if (t && (c.verb === 'delete' || c.verb === 'destroy')) t.chains = t.chains.filter((x) => x.name !== c.chain);
      else if (t && c.verb === 'flush') {
        const ch = t.chains.find((x) => x.name === c.chain);
        if (ch) ch.rules = [];
      } else if (t && c.verb === 'rename' && c.newName) {
        const ch = t.chains.find((x) => x.name === c.chain);
        if (ch) ch.name = c.newName;
      }
      continue;
    }
    if (c.object === 'rule' && c.rule && t) {
      const ch = t.chains.find((x) => x.name === c.chain);
      if (!ch) continue;
      if (c.verb === 'add' || c.verb === 'create') ch.rules.push(c.rule);
      else if (c.verb === 'insert') ch.rules.unshift(c.rule);
      else if (c.verb === 'delete' || c.verb === 'destroy') ch.rules = ch.rules.filter((x) => x.handle !== c.handle || c.handle === undefined);
      continue;
    }
    if ((c.object === 'set' || c.object === 'map') && adding && t && c.setBody) {
      (c.object === 'set' ? t.sets : t.maps).push({ ...c.setBody, elements: [...c.setBody.elements] });
    }
    if (c.object === 'element' && adding && t) {
      const s = [...t.sets, ...t.maps].find((x) => x.name === c.name);
      if (s && c.elements) s.elements.push(...c.elements);
    }
    if (c.object === 'object' && adding && t && c.objectBody) t.objects.push(c.objectBody);
    if (c.object === 'flowtable' && adding && t && c.objectBody) t.flowtables.push(c.objectBody);
  }
  return tables;
}
