/**
 * nftables vocabulary, from nft(8) (EXPRESSIONS, STATEMENTS, CHAINS) and nftables'
 * parser_bison.y. The grammar only knows the shape of a rule; this table is what
 * turns `tcp dprt 22` into "unknown tcp field `dprt`, did you mean `dport`?".
 */

export type NftFamily = 'ip' | 'ip6' | 'inet' | 'arp' | 'bridge' | 'netdev';

export const NFT_FAMILIES: readonly NftFamily[] = ['ip', 'ip6', 'inet', 'arp', 'bridge', 'netdev'];

/** Payload protocols (`PROTO FIELD`) and their header fields. */
export const NFT_PAYLOAD_FIELDS: Readonly<Record<string, readonly string[]>> = {
  ether: ['daddr', 'saddr', 'type'],
  vlan: ['id', 'dei', 'cfi', 'pcp', 'type'],
  arp: ['htype', 'ptype', 'hlen', 'plen', 'operation', 'saddr', 'daddr'],
  ip: ['version', 'hdrlength', 'dscp', 'ecn', 'length', 'id', 'frag-off', 'ttl', 'protocol', 'checksum', 'saddr', 'daddr', 'option'],
  ip6: ['version', 'dscp', 'ecn', 'flowlabel', 'length', 'nexthdr', 'hoplimit', 'saddr', 'daddr'],
  icmp: ['type', 'code', 'checksum', 'id', 'sequence', 'gateway', 'mtu'],
  icmpv6: ['type', 'code', 'checksum', 'parameter-problem', 'packet-too-big', 'id', 'sequence', 'max-delay', 'taddr', 'daddr', 'mtu'],
  igmp: ['type', 'mrt', 'checksum', 'group'],
  tcp: ['sport', 'dport', 'sequence', 'ackseq', 'doff', 'reserved', 'flags', 'window', 'checksum', 'urgptr', 'option'],
  udp: ['sport', 'dport', 'length', 'checksum'],
  udplite: ['sport', 'dport', 'csumcov', 'checksum'],
  sctp: ['sport', 'dport', 'vtag', 'checksum', 'chunk'],
  dccp: ['sport', 'dport', 'type'],
  th: ['sport', 'dport'],
  ah: ['nexthdr', 'hdrlength', 'reserved', 'spi', 'sequence'],
  esp: ['spi', 'sequence'],
  comp: ['nexthdr', 'flags', 'cpi'],
  gre: ['version', 'flags', 'protocol'],
  gretap: ['version', 'flags', 'protocol'],
  geneve: ['vni', 'type'],
  vxlan: ['vni', 'flags'],
  // IPv6 extension headers
  hbh: ['nexthdr', 'hdrlength'],
  frag: ['nexthdr', 'frag-off', 'reserved', 'reserved2', 'more-fragments', 'id'],
  rt: ['nexthdr', 'hdrlength', 'type', 'seg-left', 'classid', 'nexthop', 'mtu', 'ipsec'],
  rt0: ['addr'],
  rt2: ['addr'],
  srh: ['flags', 'tag', 'sid', 'seg-left', 'last-entry'],
  dst: ['nexthdr', 'hdrlength'],
  mh: ['nexthdr', 'hdrlength', 'type', 'reserved', 'checksum'],
};

/** `ct [original|reply] KEY` */
export const NFT_CT_KEYS: readonly string[] = [
  'state', 'direction', 'status', 'mark', 'expiration', 'helper', 'label', 'l3proto', 'saddr', 'daddr',
  'protocol', 'proto-src', 'proto-dst', 'bytes', 'packets', 'avgpkt', 'zone', 'count', 'id', 'event',
  'secmark', 'timeout', 'expectation', 'ip', 'ip6',
];

export const NFT_CT_DIRECTIONS: readonly string[] = ['original', 'reply'];

export const NFT_CT_STATES: readonly string[] = ['invalid', 'established', 'related', 'new', 'untracked'];

/** `meta KEY`; the subset in NFT_META_BARE_KEYS may be written without `meta`. */
export const NFT_META_KEYS: readonly string[] = [
  'length', 'nfproto', 'l4proto', 'protocol', 'priority', 'mark', 'iif', 'iifname', 'iiftype', 'oif',
  'oifname', 'oiftype', 'skuid', 'skgid', 'nftrace', 'rtclassid', 'ibrname', 'obrname', 'ibriport',
  'obriport', 'ibrpvid', 'ibrvproto', 'pkttype', 'cpu', 'iifgroup', 'oifgroup', 'cgroup', 'random',
  'ipsec', 'secpath', 'iifkind', 'oifkind', 'time', 'day', 'hour', 'secmark', 'sdif', 'sdifname',
  'broute', 'ibrhwaddr',
];

export const NFT_META_BARE_KEYS: readonly string[] = [
  'mark', 'iif', 'iifname', 'iiftype', 'oif', 'oifname', 'oiftype', 'skuid', 'skgid', 'nftrace',
  'rtclassid', 'ibrname', 'obrname', 'ibriport', 'obriport', 'pkttype', 'cpu', 'iifgroup', 'oifgroup',
  'cgroup', 'random', 'ipsec', 'iifkind', 'oifkind', 'time', 'day', 'hour', 'priority',
];

/** Other expression heads (their arguments are read loosely by the model). */
export const NFT_OTHER_EXPRESSIONS: readonly string[] = [
  'fib', 'socket', 'osf', 'ipsec', 'numgen', 'jhash', 'symhash', 'exthdr', 'tunnel', 'inner',
];

/** Words that start a non-verdict statement. */
export const NFT_STATEMENTS: readonly string[] = [
  'counter', 'log', 'limit', 'quota', 'comment', 'notrack', 'snat', 'dnat', 'masquerade', 'redirect',
  'tproxy', 'synproxy', 'dup', 'fwd', 'flow', 'meter', 'add', 'update', 'delete', 'reset', 'last',
  'secmark', 'xt', 'destroy',
];

export const NFT_VERDICTS: readonly string[] = ['accept', 'drop', 'reject', 'queue', 'continue', 'return', 'jump', 'goto'];

/** Relational operators, symbolic and spelled. */
export const NFT_RELATIONAL: Readonly<Record<string, string>> = {
  '==': '==', eq: '==', '!=': '!=', ne: '!=', '<': '<', lt: '<', '>': '>', gt: '>', '<=': '<=', le: '<=', '>=': '>=', ge: '>=',
};

/** Chain types and the hooks each allows per family (nft(8) CHAINS table). */
export const NFT_CHAIN_TYPES: Readonly<Record<string, Partial<Record<NftFamily, readonly string[]>>>> = {
  filter: {
    ip: ['prerouting', 'input', 'forward', 'output', 'postrouting'],
    ip6: ['prerouting', 'input', 'forward', 'output', 'postrouting'],
    inet: ['ingress', 'prerouting', 'input', 'forward', 'output', 'postrouting'],
    arp: ['input', 'output'],
    bridge: ['prerouting', 'input', 'forward', 'output', 'postrouting'],
    netdev: ['ingress', 'egress'],
  },
  nat: {
    ip: ['prerouting', 'input', 'output', 'postrouting'],
    ip6: ['prerouting', 'input', 'output', 'postrouting'],
    inet: ['prerouting', 'input', 'output', 'postrouting'],
  },
  route: { ip: ['output'], ip6: ['output'], inet: ['output'] },
};

/** Symbolic chain priorities (nft(8) "Standard priority names"). */
export const NFT_PRIORITY_NAMES: Readonly<Record<string, number>> = {
  raw: -300, mangle: -150, dstnat: -100, filter: 0, security: 50, srcnat: 100,
};
export const NFT_BRIDGE_PRIORITY_NAMES: Readonly<Record<string, number>> = {
  dstnat: -300, filter: -200, out: 100, srcnat: 300,
};

export const NFT_POLICIES: readonly string[] = ['accept', 'drop'];

export const NFT_SET_FLAGS: readonly string[] = ['constant', 'interval', 'timeout', 'dynamic'];

export const NFT_SET_TYPES: readonly string[] = [
  'ipv4_addr', 'ipv6_addr', 'ether_addr', 'inet_proto', 'inet_service', 'mark', 'ifname', 'verdict',
  'iface_index', 'ct_state', 'ct_status', 'ct_label', 'ct_dir', 'pkt_type', 'icmp_type', 'icmpv6_type',
  'tcp_flag', 'dccp_pkttype', 'ipsec_spi', 'time', 'day', 'hour', 'cgroupsv2', 'counter', 'quota', 'limit',
];

/** Every word a rule may start a selector with. */
export const NFT_SELECTOR_HEADS: ReadonlySet<string> = new Set([
  ...Object.keys(NFT_PAYLOAD_FIELDS), 'ct', 'meta', ...NFT_META_BARE_KEYS, ...NFT_OTHER_EXPRESSIONS,
]);

/** Levenshtein distance, small inputs only. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The closest candidate within a distance that scales with the word, for "did you mean". */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c);
    if (d < bestD || (d === bestD && best === undefined)) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/** Fields valid after a selector head (`tcp` → its header fields, `ct` → ct keys). */
export function fieldsOf(head: string): readonly string[] | undefined {
  if (head === 'ct') return NFT_CT_KEYS;
  if (head === 'meta') return NFT_META_KEYS;
  return NFT_PAYLOAD_FIELDS[head];
}

/** Words a rule may start a statement with: selectors, statements, verdicts. */
export function statementHeads(): string[] {
  return [...NFT_SELECTOR_HEADS, ...NFT_STATEMENTS, ...NFT_VERDICTS];
}
