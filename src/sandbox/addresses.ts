import type { Intent } from '../policy/types';

/** IPv4 arithmetic on CIDRs: just enough to place vantages inside and outside the ranges an answer names. */
export function ip4ToInt(a: string): number {
  return a.split('.').reduce((n, o) => n * 256 + Number(o), 0) >>> 0;
}
export function intToIp4(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}
export function isV4Cidr(c: string): boolean {
  return /^\d+\.\d+\.\d+\.\d+(\/\d+)?$/.test(c);
}
export function parseV4(c: string): { net: number; prefix: number } {
  const [a, p] = c.split('/');
  const prefix = p === undefined ? 32 : Number(p);
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return { net: (ip4ToInt(a) & mask) >>> 0, prefix };
}
export function v4Contains(cidr: string, addr: string): boolean {
  if (!isV4Cidr(cidr) || addr.includes(':')) return false;
  const { net, prefix } = parseV4(cidr);
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return ((ip4ToInt(addr) & mask) >>> 0) === net;
}
/** Naive IPv6 containment for the ranges policies name (::/0, fc00::/7, fd…/64). */
export function v6Contains(cidr: string, addr: string): boolean {
  if (!cidr.includes(':') || !addr.includes(':')) return false;
  const [a, p] = cidr.split('/');
  const prefix = p === undefined ? 128 : Number(p);
  const bits = (x: string) => expand6(x).map((h) => parseInt(h, 16).toString(2).padStart(16, '0')).join('');
  return bits(a).slice(0, prefix) === bits(addr).slice(0, prefix);
}
function expand6(a: string): string[] {
  const [head, tail] = a.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined ? (tail ? tail.split(':') : []) : [];
  const fill = tail !== undefined ? Array(8 - h.length - t.length).fill('0') : [];
  return [...h, ...fill, ...t].map((x) => x || '0');
}
export function contains(cidr: string, addr: string): boolean {
  return v4Contains(cidr, addr) || v6Contains(cidr, addr);
}
export function isPrivateV4(a: string): boolean {
  return ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'].some((c) => v4Contains(c, a));
}
function isAnywhere(c: string): boolean {
  return c === '0.0.0.0/0' || c === '::/0' || c === 'any' || c === '0/0';
}
function isLoopback(c: string): boolean {
  return v4Contains('127.0.0.0/8', c.split('/')[0]) || c.startsWith('::1');
}

/** A host address inside a CIDR that is not its network or broadcast address. */
export function hostIn(cidr: string, offset = 50): string {
  const { net, prefix } = parseV4(cidr);
  if (prefix >= 31) return intToIp4(net);
  const size = 2 ** (32 - prefix);
  return intToIp4(net + (offset < size - 1 ? offset : 1));
}

export interface VantagePlan {
  name: string;
  role: 'admin' | 'outsider' | 'peer' | 'lan-outside' | 'loopback';
  addr: string;
  family: 4 | 6;
  /** The segment (Docker network) the address sits on; 'lo' for loopback on the target. */
  net: string;
  /** The CIDR this peer stands for. */
  range?: string;
}

/** One Docker network: a /24 holding the target and the vantages in it, with a gateway nobody uses. */
export interface Segment {
  name: string;
  cidr: string;
  target: string;
  gateway: string;
  /** Only the LAN and the outside carry IPv6. */
  v6: boolean;
}

export interface AddressPlan {
  segments: Segment[];
  vantages: VantagePlan[];
}

const MAX_SEGMENTS = 4;

/**
 * Where everyone sits. Docker drops bridged traffic whose addresses fall outside
 * an internal network's subnet, so every address a probe uses must be the
 * network's own: each /24 that holds a vantage (the LAN the answer trusts, a
 * documentation range for the outside world, an admin range) becomes a network
 * with the target on it. Two runs that need the same /24 take turns.
 */
export function planAddresses(intent: Intent, extraRanges: string[] = []): AddressPlan {
  const ranges = uniq([...intent.trustedNetworks, ...intent.services.flatMap((s) => s.allow), ...extraRanges])
    .filter((c) => isV4Cidr(c) && !isAnywhere(c) && !isLoopback(c));
  const adminRanges = intent.ssh.adminSources.filter((c) => isV4Cidr(c) && !isAnywhere(c));
  const firstPrivate = [...ranges, ...adminRanges].find((c) => isPrivateV4(c.split('/')[0]));
  const lanCidr = firstPrivate ? `${intToIp4(parseV4(firstPrivate).net & 0xffffff00)}/24` : '192.168.1.0/24';
  const wanCidr = '203.0.113.0/24';
  const segments: Segment[] = [];
  const segFor = (a: string, name?: string): Segment | undefined => {
    const cidr = `${intToIp4(ip4ToInt(a) & 0xffffff00)}/24`;
    let seg = segments.find((s) => s.cidr === cidr);
    if (!seg) {
      if (segments.length >= MAX_SEGMENTS) return undefined;
      seg = { name: name ?? `net${segments.length}`, cidr, target: hostIn(cidr, 2), gateway: hostIn(cidr, 254), v6: name === 'lan' || name === 'wan' };
      segments.push(seg);
    }
    return seg;
  };
  segFor(hostIn(lanCidr, 2), 'lan');
  segFor(hostIn(wanCidr, 2), 'wan');
  const vantages: VantagePlan[] = [];
  const add = (v: Omit<VantagePlan, 'net'>) => {
    const seg = segFor(v.addr);
    if (!seg || v.addr === seg.target || vantages.some((x) => x.addr === v.addr)) return;
    if (v.addr === seg.gateway) seg.gateway = hostIn(seg.cidr, 253);
    vantages.push({ ...v, net: seg.name });
  };
  const adminAnywhere = intent.ssh.adminSources.length === 0 || intent.ssh.adminSources.some(isAnywhere);
  if (!adminAnywhere && adminRanges[0]) add({ name: 'admin', role: 'admin', addr: hostIn(adminRanges[0], 7), family: 4, range: adminRanges[0] });
  add({ name: adminAnywhere ? 'admin' : 'outsider', role: adminAnywhere ? 'admin' : 'outsider', addr: hostIn(wanCidr, 50), family: 4 });
  for (const r of ranges) add({ name: `peer ${r}`, role: 'peer', addr: hostIn(r, r.endsWith('/32') ? 0 : 50), family: 4, range: r });
  const everyRange = [...ranges, ...adminRanges];
  const outside = [hostIn(lanCidr, 200), '192.168.77.50', '10.77.0.50', '172.16.77.50'].find((a) => !everyRange.some((r) => v4Contains(r, a)));
  if (outside) add({ name: 'lan-outside', role: 'lan-outside', addr: outside, family: 4 });
  vantages.push({ name: 'loopback', role: 'loopback', addr: '127.0.0.1', family: 4, net: 'lo' });
  vantages.push({ name: 'loopback', role: 'loopback', addr: '::1', family: 6, net: 'lo' });
  return { segments, vantages };
}

/** Random, run-unique IPv6 /64s (Docker does not filter IPv6 between them): ULA on the LAN, 2001:db8:: outside. */
export function randomV6(): { lan: string; wan: string } {
  const h = () => Math.floor(Math.random() * 0x10000).toString(16);
  const x = h();
  const y = h();
  return { lan: `fd61:726c:${x}:${y}::/64`, wan: `2001:db8:${x}:${y}::/64` };
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
