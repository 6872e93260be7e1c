/**
 * What the adapters read out of iptables / nftables / ufw text: operations on the
 * model, each pointing at the line that asked for it, plus the problems a tool
 * would reject the text for. Replay applies the operations in plan order.
 */
import type { Located } from '../plan/types';
import type { AddrFamily, Cidr } from './addr';
import type { Hook, Match, Policy, PortRange, TableFamily, UfwRule, Verdict } from './model';

export interface RuleSpec {
  matches: Match[];
  verdict: Verdict;
  text: string;
  origin: Located;
}

export interface IptOp {
  kind: 'ipt';
  family: AddrFamily;
  table: string;
  action: 'append' | 'insert' | 'delete' | 'replace' | 'flush' | 'new-chain' | 'delete-chain' | 'policy' | 'rename' | 'noop';
  chain?: string;
  rule?: RuleSpec;
  /** 1-based rule number for -I/-R/-D N. */
  position?: number;
  policy?: Policy;
  newName?: string;
  /** For a jump to a chain that may not exist: the target iptables has that the name resembles. */
  targetHint?: string;
  origin: Located;
}

export interface RestoreTable {
  name: string;
  chains: Array<{ name: string; policy?: Policy; origin: Located }>;
  commands: IptOp[];
  committed: boolean;
  origin: Located;
}

export interface IptRestoreOp {
  kind: 'ipt-restore';
  family: AddrFamily;
  noflush: boolean;
  tables: RestoreTable[];
  origin: Located;
}

export interface NftOp {
  kind: 'nft';
  action:
    | 'add-table' | 'delete-table' | 'flush-table' | 'flush-ruleset'
    | 'add-chain' | 'delete-chain' | 'flush-chain'
    | 'add-rule' | 'insert-rule' | 'delete-rule'
    | 'add-set' | 'add-element' | 'delete-element' | 'flush-set'
    | 'noop';
  /** `create` fails when the object exists; `add` does not. */
  create?: boolean;
  /** `destroy` (nft(8)): deletes the object if it exists and does not fail when it is absent. */
  ifExists?: boolean;
  family: TableFamily;
  table: string;
  chain?: string;
  base?: { hook: Hook; priority: number; policy?: Policy };
  rule?: RuleSpec;
  /** `add rule … position N` / `insert rule … position N` / `delete rule … handle N`. */
  handle?: number;
  /** `insert rule … index N` / `add rule … index N`. */
  index?: number;
  set?: { name: string; type: string };
  elements?: { cidrs: Cidr[]; ports: PortRange[] };
  origin: Located;
}

/** `nft -f` and a ruleset file are applied atomically: one error and nothing changes. */
export interface NftBatchOp {
  kind: 'nft-batch';
  ops: NftOp[];
  origin: Located;
}

export type UfwRuleSpec = Omit<UfwRule, 'origin' | 'step'>;

export interface UfwOp {
  kind: 'ufw';
  action: 'enable' | 'disable' | 'reset' | 'reload' | 'default' | 'add' | 'insert' | 'prepend' | 'delete-rule' | 'delete-num' | 'set-ipv6' | 'noop';
  /** For set-ipv6: IPV6= in /etc/default/ufw. */
  ipv6?: boolean;
  rule?: UfwRuleSpec;
  /** 1-based, for insert N / delete N. */
  position?: number;
  direction?: 'incoming' | 'outgoing' | 'routed';
  policy?: 'allow' | 'deny' | 'reject';
  origin: Located;
}

export type FwOp = IptOp | IptRestoreOp | NftOp | NftBatchOp | UfwOp;

export type ProblemKind =
  | 'missing-chain' // rule into a table or chain that does not exist at that step
  | 'port-without-proto'
  | 'unknown-target'
  | 'unknown-match'
  | 'unknown-option'
  | 'restore-missing-commit'
  | 'policy-on-user-chain'
  | 'ufw-syntax';

export interface Problem {
  kind: ProblemKind;
  message: string;
  origin: Located;
  /** A replacement for the offending text, when one is obvious ("did you mean"). */
  suggestion?: string;
}

export interface Adapted {
  ops: FwOp[];
  problems: Problem[];
}
