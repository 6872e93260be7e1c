/**
 * What iptables knows: its own options (iptables(8)), its match modules and its
 * targets with their options (iptables-extensions(8), iptables 1.8). Rules use it
 * to say "unknown option `--dports` for match `tcp`; did you mean `--dport`?
 * (multiport has --dports)" and "unknown target `ALLOW`; did you mean `ACCEPT`?".
 *
 * Option names are the long spellings iptables prints in `iptables-save`;
 * `aliases` maps the other spellings it accepts to them.
 */

export interface Extension {
  name: string;
  kind: 'match' | 'target';
  /** Long option names, as iptables-save prints them. */
  options: readonly string[];
  /** Accepted spellings → the name in `options`. */
  aliases?: Readonly<Record<string, string>>;
  /** Only in ip6tables ('ip6') or only in iptables ('ip'); both when absent. */
  family?: 'ip' | 'ip6';
  /** Tables the target may be used in (nat targets, mangle targets); any when absent. */
  tables?: readonly string[];
  /** Terminates rule traversal (ACCEPT, DROP, REJECT, DNAT …). */
  terminal?: boolean;
  /** From xtables-addons, not iptables itself: known, but may be missing on a host. */
  addon?: boolean;
}

const PORTS = { '--source-port': '--sport', '--destination-port': '--dport' } as const;

const m = (name: string, options: string[], extra: Partial<Extension> = {}): Extension => ({
  name, kind: 'match', options, ...extra,
});
const t = (name: string, options: string[], extra: Partial<Extension> = {}): Extension => ({
  name, kind: 'target', options, ...extra,
});

export const MATCHES: readonly Extension[] = [
  m('addrtype', ['--src-type', '--dst-type', '--limit-iface-in', '--limit-iface-out']),
  m('ah', ['--ahspi', '--ahlen', '--ahres']),
  m('bpf', ['--bytecode', '--object-pinned']),
  m('cgroup', ['--path', '--cgroup']),
  m('cluster', ['--cluster-total-nodes', '--cluster-local-node', '--cluster-local-nodemask', '--cluster-hash-seed']),
  m('comment', ['--comment']),
  m('connbytes', ['--connbytes', '--connbytes-dir', '--connbytes-mode']),
  m('connlabel', ['--label', '--set']),
  m('connlimit', ['--connlimit-upto', '--connlimit-above', '--connlimit-mask', '--connlimit-saddr', '--connlimit-daddr']),
  m('connmark', ['--mark']),
  m('conntrack', [
    '--ctstate', '--ctproto', '--ctorigsrc', '--ctorigdst', '--ctreplsrc', '--ctrepldst', '--ctorigsrcport',
    '--ctorigdstport', '--ctreplsrcport', '--ctrepldstport', '--ctstatus', '--ctexpire', '--ctdir',
  ]),
  m('cpu', ['--cpu']),
  m('dccp', ['--sport', '--dport', '--dccp-types', '--dccp-option'], { aliases: PORTS }),
  m('devgroup', ['--src-group', '--dst-group']),
  m('dscp', ['--dscp', '--dscp-class']),
  m('dst', ['--dst-len', '--dst-opts'], { family: 'ip6' }),
  m('ecn', ['--ecn-tcp-cwr', '--ecn-tcp-ece', '--ecn-ip-ect']),
  m('esp', ['--espspi']),
  m('eui64', [], { family: 'ip6' }),
  m('frag', ['--fragid', '--fraglen', '--fragres', '--fragfirst', '--fragmore', '--fraglast'], { family: 'ip6' }),
  m('hashlimit', [
    '--hashlimit-upto', '--hashlimit-above', '--hashlimit-burst', '--hashlimit-mode', '--hashlimit-srcmask',
    '--hashlimit-dstmask', '--hashlimit-name', '--hashlimit-htable-size', '--hashlimit-htable-max',
    '--hashlimit-htable-expire', '--hashlimit-htable-gcinterval', '--hashlimit-rate-match',
    '--hashlimit-rate-interval', '--hashlimit',
  ]),
  m('hbh', ['--hbh-len', '--hbh-opts'], { family: 'ip6' }),
  m('helper', ['--helper']),
  m('hl', ['--hl-eq', '--hl-lt', '--hl-gt'], { family: 'ip6' }),
  m('icmp', ['--icmp-type'], { family: 'ip' }),
  m('icmp6', ['--icmpv6-type'], { family: 'ip6' }),
  m('iprange', ['--src-range', '--dst-range']),
  m('ipcomp', ['--ipcompspi', '--compres']),
  m('ipv6header', ['--soft', '--header'], { family: 'ip6' }),
  m('ipvs', ['--ipvs', '--vproto', '--vaddr', '--vport', '--vdir', '--vmethod', '--vportctl']),
  m('length', ['--length']),
  m('limit', ['--limit', '--limit-burst']),
  m('mac', ['--mac-source']),
  m('mark', ['--mark']),
  m('mh', ['--mh-type'], { family: 'ip6' }),
  m('multiport', ['--sports', '--dports', '--ports'], {
    aliases: { '--source-ports': '--sports', '--destination-ports': '--dports' },
  }),
  m('nfacct', ['--nfacct-name']),
  m('osf', ['--genre', '--ttl', '--log']),
  m('owner', ['--uid-owner', '--gid-owner', '--suppl-groups', '--socket-exists']),
  m('physdev', ['--physdev-in', '--physdev-out', '--physdev-is-in', '--physdev-is-out', '--physdev-is-bridged']),
  m('pkttype', ['--pkt-type']),
  m('policy', ['--dir', '--pol', '--strict', '--reqid', '--spi', '--proto', '--mode', '--tunnel-src', '--tunnel-dst', '--next']),
  m('quota', ['--quota']),
  m('rateest', [
    '--rateest', '--rateest1', '--rateest2', '--rateest-delta', '--rateest-bps', '--rateest-pps', '--rateest-bps1',
    '--rateest-bps2', '--rateest-pps1', '--rateest-pps2', '--rateest-lt', '--rateest-gt', '--rateest-eq',
  ]),
  m('realm', ['--realm'], { family: 'ip' }),
  m('recent', ['--name', '--set', '--rsource', '--rdest', '--mask', '--rcheck', '--update', '--remove', '--seconds', '--reap', '--hitcount', '--rttl']),
  m('rpfilter', ['--loose', '--validmark', '--accept-local', '--invert']),
  m('rt', ['--rt-type', '--rt-segsleft', '--rt-len', '--rt-0-res', '--rt-0-addrs', '--rt-0-not-strict'], { family: 'ip6' }),
  m('sctp', ['--sport', '--dport', '--chunk-types'], { aliases: PORTS }),
  m('set', [
    '--match-set', '--return-nomatch', '--update-counters', '--update-subcounters', '--packets-eq', '--packets-lt',
    '--packets-gt', '--bytes-eq', '--bytes-lt', '--bytes-gt',
  ], { aliases: { '--set': '--match-set' } }),
  m('srh', [
    '--srh-next-hdr', '--srh-hdr-len-eq', '--srh-hdr-len-gt', '--srh-hdr-len-lt', '--srh-segs-left-eq',
    '--srh-segs-left-gt', '--srh-segs-left-lt', '--srh-last-entry-eq', '--srh-last-entry-gt', '--srh-last-entry-lt',
    '--srh-tag', '--srh-psid', '--srh-nsid', '--srh-lsid',
  ], { family: 'ip6' }),
  m('socket', ['--transparent', '--nowildcard', '--restore-skmark']),
  m('state', ['--state']),
  m('statistic', ['--mode', '--probability', '--every', '--packet']),
  m('string', ['--algo', '--from', '--to', '--string', '--hex-string', '--icase']),
  m('tcp', ['--sport', '--dport', '--tcp-flags', '--syn', '--tcp-option'], { aliases: PORTS }),
  m('tcpmss', ['--mss']),
  m('time', ['--datestart', '--datestop', '--timestart', '--timestop', '--monthdays', '--weekdays', '--contiguous', '--kerneltz', '--utc', '--localtz'], {
    // --days: the pre-xt_time spelling, still in old iptables-save dumps.
    aliases: { '--days': '--weekdays' },
  }),
  m('tos', ['--tos']),
  m('ttl', ['--ttl-eq', '--ttl-gt', '--ttl-lt'], { family: 'ip' }),
  m('u32', ['--u32']),
  m('udp', ['--sport', '--dport'], { aliases: PORTS }),
  m('udplite', ['--sport', '--dport'], { aliases: PORTS }),
  m('geoip', ['--src-cc', '--dst-cc', '--source-country', '--destination-country'], { addon: true }),
];

/** ip6tables' names for icmp6 and the protocol-named implicit matches. */
export const MATCH_ALIASES: Readonly<Record<string, string>> = {
  'ipv6-icmp': 'icmp6',
  icmpv6: 'icmp6',
};

export const TARGETS: readonly Extension[] = [
  t('ACCEPT', [], { terminal: true }),
  t('DROP', [], { terminal: true }),
  t('RETURN', [], { terminal: true }),
  t('QUEUE', [], { terminal: true }),
  t('AUDIT', ['--type']),
  t('CHECKSUM', ['--checksum-fill'], { tables: ['mangle'] }),
  t('CLASSIFY', ['--set-class']),
  t('CLUSTERIP', ['--new', '--hashmode', '--clustermac', '--total-nodes', '--local-node', '--hash-init'], { family: 'ip' }),
  t('CONNMARK', ['--set-xmark', '--save-mark', '--restore-mark', '--and-mark', '--or-mark', '--xor-mark', '--set-mark', '--nfmask', '--ctmask', '--mask', '--left-shift-mark', '--right-shift-mark']),
  t('CONNSECMARK', ['--save', '--restore'], { tables: ['security', 'mangle'] }),
  t('CT', ['--notrack', '--helper', '--ctevents', '--expevents', '--zone', '--zone-orig', '--zone-reply', '--timeout'], { tables: ['raw'] }),
  t('DNAT', ['--to-destination', '--random', '--persistent'], { tables: ['nat'], terminal: true }),
  t('DNPT', ['--src-pfx', '--dst-pfx'], { family: 'ip6', tables: ['mangle'] }),
  t('DSCP', ['--set-dscp', '--set-dscp-class'], { tables: ['mangle'] }),
  t('ECN', ['--ecn-tcp-remove'], { family: 'ip', tables: ['mangle'] }),
  t('HL', ['--hl-set', '--hl-dec', '--hl-inc'], { family: 'ip6', tables: ['mangle'] }),
  t('HMARK', ['--hmark-tuple', '--hmark-mod', '--hmark-offset', '--hmark-src-prefix', '--hmark-dst-prefix', '--hmark-sport-mask', '--hmark-dport-mask', '--hmark-spi-mask', '--hmark-proto-mask', '--hmark-rnd']),
  t('IDLETIMER', ['--timeout', '--label', '--alarm']),
  t('LED', ['--led-trigger-id', '--led-delay', '--led-always-blink']),
  t('LOG', ['--log-level', '--log-prefix', '--log-tcp-sequence', '--log-tcp-options', '--log-ip-options', '--log-uid', '--log-macdecode']),
  t('MARK', ['--set-xmark', '--set-mark', '--and-mark', '--or-mark', '--xor-mark']),
  t('MASQUERADE', ['--to-ports', '--random', '--random-fully'], { tables: ['nat'] }),
  t('NETMAP', ['--to'], { tables: ['nat'] }),
  t('NFLOG', ['--nflog-group', '--nflog-prefix', '--nflog-range', '--nflog-size', '--nflog-threshold']),
  t('NFQUEUE', ['--queue-num', '--queue-balance', '--queue-bypass', '--fail-open', '--queue-cpu-fanout'], { terminal: true }),
  t('NOTRACK', [], { tables: ['raw'] }),
  t('RATEEST', ['--rateest-name', '--rateest-interval', '--rateest-ewmalog']),
  t('REDIRECT', ['--to-ports', '--random'], { tables: ['nat'], terminal: true }),
  t('REJECT', ['--reject-with'], { terminal: true }),
  t('SECMARK', ['--selctx'], { tables: ['security', 'mangle'] }),
  t('SET', ['--add-set', '--del-set', '--map-set', '--timeout', '--exist', '--map-mark', '--map-prio', '--map-queue']),
  t('SNAT', ['--to-source', '--random', '--random-fully', '--persistent'], { tables: ['nat'], terminal: true }),
  t('SNPT', ['--src-pfx', '--dst-pfx'], { family: 'ip6', tables: ['mangle'] }),
  t('SYNPROXY', ['--mss', '--wscale', '--sack-perm', '--timestamp', '--ecn']),
  t('TCPMSS', ['--set-mss', '--clamp-mss-to-pmtu']),
  t('TCPOPTSTRIP', ['--strip-options'], { tables: ['mangle'] }),
  t('TEE', ['--gateway', '--oif'], { tables: ['mangle'] }),
  t('TOS', ['--set-tos', '--and-tos', '--or-tos', '--xor-tos'], { tables: ['mangle'] }),
  t('TPROXY', ['--on-port', '--on-ip', '--tproxy-mark'], { tables: ['mangle'] }),
  t('TRACE', [], { tables: ['raw'] }),
  t('TTL', ['--ttl-set', '--ttl-dec', '--ttl-inc'], { family: 'ip', tables: ['mangle'] }),
  t('ULOG', ['--ulog-nlgroup', '--ulog-prefix', '--ulog-cprange', '--ulog-qthreshold'], { family: 'ip' }),
];

/** Names people (and models) write for a target that iptables spells differently. */
export const TARGET_MISTAKES: Readonly<Record<string, string>> = {
  ALLOW: 'ACCEPT',
  PERMIT: 'ACCEPT',
  PASS: 'ACCEPT',
  DENY: 'DROP',
  BLOCK: 'DROP',
  DISCARD: 'DROP',
};

/**
 * iptables' own options (iptables(8)), long name first, with the short and long
 * spellings getopt accepts. The leading options of a rule: protocol, addresses,
 * interfaces; and the options that steer the command itself.
 */
export const BASE_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  '--protocol': ['-p'],
  '--source': ['-s', '--src'],
  '--destination': ['-d', '--dst'],
  '--in-interface': ['-i'],
  '--out-interface': ['-o'],
  '--fragment': ['-f'],
  '--set-counters': ['-c'],
  '--ipv4': ['-4'],
  '--ipv6': ['-6'],
  '--jump': ['-j'],
  '--goto': ['-g'],
  '--match': ['-m'],
  '--table': ['-t'],
  '--wait': ['-w'],
  '--wait-interval': ['-W'],
  '--verbose': ['-v'],
  '--numeric': ['-n'],
  '--exact': ['-x'],
  '--line-numbers': [],
  '--modprobe': [],
  '--help': ['-h'],
  '--version': ['-V'],
};

/** Protocols whose match module `-p` loads implicitly (`-p tcp --dport 22` needs no `-m tcp`). */
export const IMPLICIT_MATCH_PROTOCOLS: Readonly<Record<string, string>> = {
  tcp: 'tcp',
  udp: 'udp',
  udplite: 'udplite',
  sctp: 'sctp',
  dccp: 'dccp',
  icmp: 'icmp',
  icmpv6: 'icmp6',
  'ipv6-icmp': 'icmp6',
  esp: 'esp',
  ah: 'ah',
  mh: 'mh',
  'ipv6-mh': 'mh',
};

const byName = <T extends Extension>(list: readonly T[]): Map<string, T> => new Map(list.map((e) => [e.name, e]));
const MATCH_BY_NAME = byName(MATCHES);
const TARGET_BY_NAME = byName(TARGETS);

export function findMatch(name: string): Extension | undefined {
  return MATCH_BY_NAME.get(MATCH_ALIASES[name] ?? name) ?? MATCH_BY_NAME.get(name.toLowerCase());
}

/** A target extension; undefined for a user chain (or a misspelt target). */
export function findTarget(name: string): Extension | undefined {
  return TARGET_BY_NAME.get(name);
}

/** The option's name in `ext.options`, resolving the extension's aliases; undefined if it has no such option. */
export function resolveOption(ext: Extension, option: string, allowPrefix = true): string | undefined {
  if (ext.options.includes(option)) return option;
  const alias = ext.aliases?.[option];
  if (alias) return alias;
  if (!allowPrefix) return undefined;
  // getopt accepts any unambiguous prefix of a long option (`--to` for SNAT's --to-source).
  if (option.startsWith('--') && option.length >= 4) {
    const hits = ext.options.filter((o) => o.startsWith(option));
    if (hits.length === 1) return hits[0];
  }
  return undefined;
}

/** The long name of one of iptables' own options ('-p' → '--protocol', '--proto' → '--protocol'). */
export function baseOptionName(option: string, allowPrefix = true): string | undefined {
  for (const [long, spellings] of Object.entries(BASE_OPTIONS)) {
    if (option === long || spellings.includes(option)) return long;
  }
  if (allowPrefix && option.startsWith('--') && option.length >= 4) {
    const hits = Object.keys(BASE_OPTIONS).filter((o) => o.startsWith(option));
    if (hits.length === 1) return hits[0];
  }
  return undefined;
}

/** Matches (other than `except`) that have this option: where `--dports` lives when `tcp` lacks it. */
export function matchesWithOption(option: string, except?: string): Extension[] {
  return MATCHES.filter((e) => e.name !== except && resolveOption(e, option, false) !== undefined);
}

/** Damerau-Levenshtein distance (optimal string alignment), for "did you mean". */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The closest candidate within a distance that scales with the word's length. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const limit = Math.max(1, Math.floor(word.length / 3));
  for (const c of candidates) {
    const dist = editDistance(word.toLowerCase(), c.toLowerCase());
    if (dist < bestDistance) {
      best = c;
      bestDistance = dist;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

export function suggestTarget(name: string): string | undefined {
  return TARGET_MISTAKES[name.toUpperCase()] ?? didYouMean(name, TARGETS.map((e) => e.name));
}

export function suggestMatch(name: string): string | undefined {
  return didYouMean(name, MATCHES.map((e) => e.name));
}

/**
 * "did you mean" for an option the module lacks: the module's closest option, and
 * the other modules that do have the option as written (`--dports` → multiport).
 */
export function suggestOption(ext: Extension, option: string): { closest?: string; elsewhere: string[] } {
  return {
    closest: didYouMean(option, ext.options),
    elsewhere: matchesWithOption(option, ext.name).map((e) => e.name),
  };
}
