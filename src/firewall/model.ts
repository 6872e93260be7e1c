/**
 * The packet-filter model every firewall front end reduces to (DESIGN.md, "The
 * packet-filter model"): per address family, tables of chains; base chains sit
 * on a hook with a priority and a policy; rules are ordered matches and a verdict.
 * iptables, nftables and ufw differ only in how they build it.
 */
import type { Located } from '../plan/types';
import type { AddrFamily, Cidr } from './addr';

export type { AddrFamily } from './addr';

/** nft's `inet` tables feed both families. */
export type TableFamily = AddrFamily | 'inet';

export type Hook = 'prerouting' | 'input' | 'forward' | 'output' | 'postrouting';

/** Which front end built an object: decides messages and fixes. */
export type Backend = 'iptables' | 'nft' | 'ufw';

export interface PortRange {
  lo: number;
  hi: number;
}

export type CtState = 'new' | 'established' | 'related' | 'invalid' | 'untracked';

interface MatchBase {
  negate: boolean;
  /** The match as written (`-s 10.0.0.0/8`, `ip saddr @allowed`), for messages. */
  text: string;
}

export type Match =
  | (MatchBase & { kind: 'proto'; protos: string[] })
  | (MatchBase & { kind: 'src' | 'dst'; cidrs: Cidr[]; /** nft named set, resolved when evaluated */ set?: string; /** nft `ip saddr` / `ip6 saddr`: only that family's packets can match */ family?: AddrFamily })
  | (MatchBase & { kind: 'sport' | 'dport'; ports: PortRange[]; set?: string; /** the protocol named with the port (tcp dport) */ proto?: string; /** `-m conntrack --ctorigdstport`: the destination port before DNAT */ orig?: boolean })
  | (MatchBase & { kind: 'iif' | 'oif'; names: string[] })
  | (MatchBase & { kind: 'ct'; states: CtState[] })
  /** nft `meta nfproto ipv4`, `ip saddr` in an inet table, ufw's per-family rules. */
  | (MatchBase & { kind: 'nfproto'; family: AddrFamily })
  /** `--syn`, `tcp flags syn`: only the first packet of a connection. */
  | (MatchBase & { kind: 'syn' })
  /** Matches every packet the model asks about (comment, counters, a rate limit not yet reached). */
  | (MatchBase & { kind: 'always' })
  /** Matches no packet the model asks about (`recent --update --hitcount` for a first connection). */
  | (MatchBase & { kind: 'never' })
  /** Anything the model does not understand: may or may not match. */
  | (MatchBase & { kind: 'unknown' });

export type Verdict =
  | { kind: 'accept' | 'drop' | 'reject' | 'return' }
  /** No verdict: counter/log only, or a mark; evaluation continues. */
  | { kind: 'continue' }
  | { kind: 'jump' | 'goto'; target: string };

export interface Rule {
  /** Unique within a replay; stable across snapshots. */
  id: number;
  matches: Match[];
  verdict: Verdict;
  /** Where the rule was written (the command line, the ruleset line). */
  origin: Located;
  /** Plan step that added it. */
  step: number;
  backend: Backend;
  /** The rule as written, for messages. */
  text: string;
  /** ufw rules: the user rule it renders (`allow 22/tcp`). */
  ufw?: string;
  /** nft rule handle. */
  handle?: number;
}

export type Policy = 'accept' | 'drop';

export interface BaseChainSpec {
  hook: Hook;
  priority: number;
  policy: Policy;
  /** Where the policy was last set. */
  policyOrigin?: Located;
  policyStep?: number;
}

export interface Chain {
  name: string;
  base?: BaseChainSpec;
  rules: Rule[];
  origin?: Located;
}

export interface NamedSet {
  name: string;
  /** 'ipv4_addr' | 'ipv6_addr' | 'inet_service' | … */
  type: string;
  cidrs: Cidr[];
  ports: PortRange[];
}

export interface Table {
  backend: Backend;
  family: TableFamily;
  name: string;
  chains: Map<string, Chain>;
  sets: Map<string, NamedSet>;
  origin?: Located;
}

/** ufw as ufw keeps it (/etc/ufw/user.rules, /etc/default/ufw), rendered into iptables chains when enabled. */
export interface UfwRule {
  action: 'allow' | 'deny' | 'reject' | 'limit';
  direction: 'in' | 'out';
  route: boolean;
  /** Families this rule is added for: port-only rules go to both (unless IPV6=no). */
  families: AddrFamily[];
  proto?: string;
  src?: Cidr;
  dst?: Cidr;
  dports?: PortRange[];
  sports?: PortRange[];
  iface?: string;
  /** Canonical text, the key `ufw delete <rule>` matches on. */
  key: string;
  origin: Located;
  step: number;
}

export interface UfwState {
  enabled: boolean;
  ipv6: boolean;
  defaults: { incoming: 'allow' | 'deny' | 'reject'; outgoing: 'allow' | 'deny' | 'reject'; routed: 'allow' | 'deny' | 'reject' };
  defaultsOrigin: Partial<Record<'incoming' | 'outgoing' | 'routed', Located>>;
  rules: UfwRule[];
  /** Where ufw was last enabled. */
  enabledAt?: { origin: Located; step: number };
}

export interface FirewallState {
  tables: Table[];
  ufw: UfwState;
  /** Files the plan wrote so far, by path: `nft -f`, `iptables-restore <` read them. */
  files: Map<string, import('../core/document').Document>;
  /** Docker containers publishing ports (they bypass INPUT). */
  published: Array<{ hostAddress?: string; hostPort: number; /** the port inside the container: what DOCKER-USER sees after Docker's DNAT */ containerPort?: number; proto: string; origin: Located; step: number }>;
}

/** A packet class the evaluator answers for: one representative packet. */
export interface PacketClass {
  family: AddrFamily;
  proto: 'tcp' | 'udp' | 'icmp' | 'ipv6-icmp';
  /** Source address or range; a range means "some address in it", and matches partly covering it become assumptions. */
  src: Cidr;
  dst?: Cidr;
  dport?: number;
  /** The destination port before DNAT (`--ctorigdstport`), when it differs from dport (a Docker-published host port). */
  origDport?: number;
  sport?: number;
  /** Input interface; undefined = some non-loopback interface whose name is not known. */
  iif?: string;
  ct: 'new' | 'established';
  hook?: 'input' | 'forward';
}

/** What decided a packet in one base chain. */
export type Decision =
  | { kind: 'rule'; rule: Rule; table: Table; chain: string }
  | { kind: 'policy'; table: Table; chain: string; policy: Policy; origin?: Located; step?: number };

/** A match whose outcome the evaluator had to assume. */
export interface Assumption {
  /** 'src': the packet's range is only partly inside the rule's; 'iface': an interface name; 'unknown': a match the model does not understand. */
  reason: 'src' | 'dst' | 'iface' | 'unknown' | 'set';
  holds: boolean;
  match: Match;
  rule: Rule;
}

export interface Outcome {
  verdict: 'accept' | 'drop' | 'reject';
  /** The decision that ended evaluation (the drop), or for accept the last base chain's decision. */
  decidedBy: Decision;
  /** One decision per base chain traversed. */
  trail: Decision[];
  assumptions: Assumption[];
}

export interface Evaluation {
  packet: PacketClass;
  outcomes: Outcome[];
  /** accept/drop/reject when every outcome agrees, else 'mixed'. */
  verdict: 'accept' | 'drop' | 'reject' | 'mixed';
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A match as adapters build it: negate defaults to false, text to the kind. */
export type MatchInit = DistributiveOmit<Match, 'negate' | 'text'> & { negate?: boolean; text?: string };

export function mk(x: MatchInit): Match {
  return { ...x, negate: x.negate ?? false, text: x.text ?? x.kind } as Match;
}
