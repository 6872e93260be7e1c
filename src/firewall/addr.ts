/**
 * Addresses as ranges of integers, so containment and overlap are exact for
 * both families: 10.0.0.0/8 ⊇ 10.1.2.3, ::/0 ⊇ 2001:db8::1.
 */

export type AddrFamily = 'ip' | 'ip6';

export interface Cidr {
  family: AddrFamily;
  /** First address of the range. */
  lo: bigint;
  /** Last address of the range (inclusive). */
  hi: bigint;
  /** As written, for messages. */
  text: string;
}

const V4_BITS = 32n;
const V6_BITS = 128n;

function parseV4(s: string): bigint | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  let v = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    v = (v << 8n) | BigInt(n);
  }
  return v;
}

function parseV6(s: string): bigint | undefined {
  let text = s;
  // An embedded IPv4 tail (::ffff:1.2.3.4) becomes two groups.
  const v4tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4tail) {
    const v4 = parseV4(v4tail[1]);
    if (v4 === undefined) return undefined;
    text = text.slice(0, -v4tail[1].length) + ((v4 >> 16n) & 0xffffn).toString(16) + ':' + (v4 & 0xffffn).toString(16);
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 0) return undefined;
  const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  let v = 0n;
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    v = (v << 16n) | BigInt(parseInt(g, 16));
  }
  return v;
}

/** Parses `1.2.3.4`, `10.0.0.0/8`, `2001:db8::/32`, `any`; undefined when it is not an address (a hostname). */
export function parseCidr(text: string, familyHint?: AddrFamily): Cidr | undefined {
  const t = text.trim();
  if (t === 'any' || t === '0/0') {
    if (familyHint === 'ip6') return { family: 'ip6', lo: 0n, hi: (1n << V6_BITS) - 1n, text: t };
    return { family: 'ip', lo: 0n, hi: (1n << V4_BITS) - 1n, text: t };
  }
  const [addr, lenText] = t.split('/');
  const family: AddrFamily = addr.includes(':') ? 'ip6' : 'ip';
  const bits = family === 'ip' ? V4_BITS : V6_BITS;
  const base = family === 'ip' ? parseV4(addr) : parseV6(addr);
  if (base === undefined) return undefined;
  let len = bits;
  if (lenText !== undefined) {
    if (/^\d+$/.test(lenText)) len = BigInt(lenText);
    else if (family === 'ip') {
      // A dotted netmask (255.255.255.0), as iptables accepts.
      const mask = parseV4(lenText);
      if (mask === undefined) return undefined;
      len = BigInt(mask.toString(2).replace(/0+$/, '').length);
    } else return undefined;
    if (len > bits) return undefined;
  }
  const hostBits = bits - len;
  const lo = (base >> hostBits) << hostBits;
  const hi = lo + (1n << hostBits) - 1n;
  return { family, lo, hi, text: t };
}

/** A range `a-b` of addresses (nft `10.0.0.1-10.0.0.9`). */
export function parseAddrRange(text: string): Cidr | undefined {
  const m = /^([^-\s]+)-([^-\s]+)$/.exec(text.trim());
  if (!m) return undefined;
  const a = parseCidr(m[1]);
  const b = parseCidr(m[2]);
  if (!a || !b || a.family !== b.family) return undefined;
  return { family: a.family, lo: a.lo, hi: b.hi, text };
}

export function anyAddr(family: AddrFamily): Cidr {
  return family === 'ip' ? parseCidr('0.0.0.0/0')! : parseCidr('::/0')!;
}

export function isAny(c: Cidr): boolean {
  return c.lo === 0n && c.hi === (c.family === 'ip' ? (1n << V4_BITS) - 1n : (1n << V6_BITS) - 1n);
}

export function contains(outer: Cidr, inner: Cidr): boolean {
  return outer.family === inner.family && outer.lo <= inner.lo && inner.hi <= outer.hi;
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.family === b.family && a.lo <= b.hi && b.lo <= a.hi;
}

/** The first address of `within` that lies in none of `avoid`, as a single-address Cidr. */
export function addressOutside(within: Cidr, avoid: Cidr[]): Cidr | undefined {
  let candidate = within.lo;
  const sorted = avoid.filter((c) => c.family === within.family).sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0));
  for (const c of sorted) {
    if (c.hi < candidate) continue;
    if (c.lo > candidate) break;
    candidate = c.hi + 1n;
  }
  if (candidate > within.hi) return undefined;
  return { family: within.family, lo: candidate, hi: candidate, text: formatAddr(within.family, candidate) };
}

export function formatAddr(family: AddrFamily, v: bigint): string {
  if (family === 'ip') return [24n, 16n, 8n, 0n].map((s) => ((v >> s) & 255n).toString()).join('.');
  const groups: string[] = [];
  for (let s = 112n; s >= 0n; s -= 16n) groups.push(((v >> s) & 0xffffn).toString(16));
  // Compress the longest run of zero groups, as RFC 5952 prints it.
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== '0') { i++; continue; }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestLen && j - i > 1) { best = i; bestLen = j - i; }
    i = j;
  }
  if (best < 0) return groups.join(':');
  return groups.slice(0, best).join(':') + '::' + groups.slice(best + bestLen).join(':');
}

export const LOOPBACK: Record<AddrFamily, Cidr> = {
  ip: parseCidr('127.0.0.0/8')!,
  ip6: parseCidr('::1/128')!,
};

/** Representative outsiders from the documentation ranges (RFC 5737, RFC 3849). */
export const DOC_OUTSIDER: Record<AddrFamily, Cidr> = {
  ip: parseCidr('203.0.113.9')!,
  ip6: parseCidr('2001:db8::9')!,
};
