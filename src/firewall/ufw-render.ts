/**
 * ufw as the kernel sees it: once enabled, ufw loads its chains into iptables'
 * filter table (before.rules, the user rules, after.rules), hooks them into
 * INPUT/OUTPUT/FORWARD and sets the built-in policies from /etc/default/ufw.
 * `ufw disable` (ufw-init stop) removes them and puts the policies back to ACCEPT.
 * Rendering from ufw's own state after every ufw command keeps the two in step.
 */
import type { Located } from '../plan/types';
import { parseCidr } from './addr';
import { mk, type AddrFamily, type FirewallState, type Match, type Rule, type Table, type UfwRule } from './model';
import { makeRule } from './apply';
import { iptTable } from './state';

const m = mk;

function beforeRule(matches: Match[], verdict: Rule['verdict'], text: string, origin: Located, step: number): Rule {
  return makeRule({ matches, verdict, text: `ufw before.rules: ${text}`, origin }, 'ufw', step);
}

function toPolicy(p: 'allow' | 'deny' | 'reject'): 'accept' | 'drop' {
  return p === 'allow' ? 'accept' : 'drop';
}

export function renderUfwRule(r: UfwRule, family: AddrFamily, step: number): Rule {
  const matches: Match[] = [];
  if (r.proto) matches.push(m({ kind: 'proto', protos: [r.proto], text: `proto ${r.proto}` }));
  else if (r.dports || r.sports) matches.push(m({ kind: 'proto', protos: ['tcp', 'udp'], text: 'tcp and udp' }));
  if (r.src && !(r.src.lo === 0n && /^(any|0\.0\.0\.0\/0|::\/0)$/.test(r.src.text))) matches.push(m({ kind: 'src', cidrs: [r.src], text: `from ${r.src.text}` }));
  if (r.dst && !/^(any|0\.0\.0\.0\/0|::\/0)$/.test(r.dst.text)) matches.push(m({ kind: 'dst', cidrs: [r.dst], text: `to ${r.dst.text}` }));
  if (r.dports) matches.push(m({ kind: 'dport', ports: r.dports, text: `port ${r.dports.map((p) => (p.lo === p.hi ? p.lo : `${p.lo}:${p.hi}`)).join(',')}` }));
  if (r.sports) matches.push(m({ kind: 'sport', ports: r.sports, text: `from port ${r.sports.map((p) => p.lo).join(',')}` }));
  if (r.iface) matches.push(m({ kind: r.direction === 'in' || r.route ? 'iif' : 'oif', names: [r.iface], text: `on ${r.iface}` }));
  const verdict: Rule['verdict'] = r.action === 'deny' ? { kind: 'drop' } : r.action === 'reject' ? { kind: 'reject' } : { kind: 'accept' };
  void family;
  return makeRule({ matches, verdict, text: `ufw ${r.key}`, origin: r.origin }, 'ufw', step, { ufw: r.key });
}

export function renderUfw(state: FirewallState, step: number): void {
  const u = state.ufw;
  for (const family of ['ip', 'ip6'] as const) {
    const table = iptTable(state, family, 'filter');
    if (!table) continue;
    const hadUfw = [...table.chains.keys()].some((k) => k.startsWith('ufw-'));
    for (const k of [...table.chains.keys()]) if (k.startsWith('ufw-')) table.chains.delete(k);
    for (const c of table.chains.values()) c.rules = c.rules.filter((r) => !(r.backend === 'ufw' && r.verdict.kind === 'jump'));
    if (u.enabled && family === 'ip6' && !u.ipv6) {
      // IPV6=no: ufw-init does not leave IPv6 alone, it closes it (ip6tables INPUT,
      // FORWARD, OUTPUT policy DROP, loopback accepted). Measured in the sandbox.
      renderIpv6Closed(table, u, step);
      continue;
    }
    const active = u.enabled && (family === 'ip' || u.ipv6);
    if (!active) {
      if (hadUfw) for (const name of ['INPUT', 'FORWARD', 'OUTPUT']) {
        const c = table.chains.get(name)!;
        c.base = { ...c.base!, policy: 'accept', policyOrigin: undefined, policyStep: step };
      }
      continue;
    }
    render(table, family, u, step);
  }
}

function renderIpv6Closed(table: Table, u: FirewallState['ufw'], step: number): void {
  const origin = u.enabledAt!.origin;
  for (const [name, dir] of [['INPUT', 'iif'], ['OUTPUT', 'oif'], ['FORWARD', undefined]] as const) {
    const c = table.chains.get(name)!;
    if (dir) {
      const lo = makeRule({ matches: [m({ kind: dir, names: ['lo'], text: `${dir === 'iif' ? '-i' : '-o'} lo` })], verdict: { kind: 'accept' }, text: `ufw (IPV6=no): ${dir === 'iif' ? '-i' : '-o'} lo -j ACCEPT`, origin }, 'ufw', step);
      c.rules = [...c.rules, lo];
    }
    c.base = { ...c.base!, policy: 'drop', policyOrigin: origin, policyStep: step };
  }
}

function render(table: Table, family: AddrFamily, u: FirewallState['ufw'], step: number): void {
  const origin = u.enabledAt!.origin;
  const icmp = family === 'ip' ? 'icmp' : 'ipv6-icmp';
  const established = m({ kind: 'ct', states: ['related', 'established'], text: 'ctstate RELATED,ESTABLISHED' });
  const jump = (target: string): Rule => makeRule({ matches: [], verdict: { kind: 'jump', target }, text: `ufw: -j ${target}`, origin }, 'ufw', step);
  const chain = (name: string, rules: Rule[]) => table.chains.set(name, { name, rules, origin });

  chain('ufw-before-input', [
    beforeRule([m({ kind: 'iif', names: ['lo'], text: '-i lo' })], { kind: 'accept' }, '-i lo -j ACCEPT', origin, step),
    beforeRule([established], { kind: 'accept' }, '-m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT', origin, step),
    beforeRule([m({ kind: 'ct', states: ['invalid'], text: 'ctstate INVALID' })], { kind: 'drop' }, '-m conntrack --ctstate INVALID -j DROP', origin, step),
    beforeRule([m({ kind: 'proto', protos: [icmp], text: `-p ${icmp}` })], { kind: 'accept' }, `-p ${icmp} (echo-request, errors) -j ACCEPT`, origin, step),
    family === 'ip'
      ? beforeRule([m({ kind: 'proto', protos: ['udp'] }), m({ kind: 'sport', ports: [{ lo: 67, hi: 67 }] }), m({ kind: 'dport', ports: [{ lo: 68, hi: 68 }] })], { kind: 'accept' }, '-p udp --sport 67 --dport 68 -j ACCEPT', origin, step)
      : beforeRule([m({ kind: 'proto', protos: ['udp'] }), m({ kind: 'src', cidrs: [parseCidr('fe80::/10')!] }), m({ kind: 'sport', ports: [{ lo: 547, hi: 547 }] }), m({ kind: 'dport', ports: [{ lo: 546, hi: 546 }] })], { kind: 'accept' }, '-p udp -s fe80::/10 --sport 547 --dport 546 -j ACCEPT', origin, step),
    jump('ufw-user-input'),
  ]);
  const userIn = u.rules.filter((r) => r.direction === 'in' && !r.route && r.families.includes(family)).map((r) => renderUfwRule(r, family, step));
  chain('ufw-user-input', userIn);
  chain('ufw-after-input', []);
  chain('ufw-reject-input', u.defaults.incoming === 'reject' ? [makeRule({ matches: [], verdict: { kind: 'reject' }, text: 'ufw default reject incoming', origin: u.defaultsOrigin.incoming ?? origin }, 'ufw', step)] : []);

  chain('ufw-before-output', [
    beforeRule([m({ kind: 'oif', names: ['lo'], text: '-o lo' })], { kind: 'accept' }, '-o lo -j ACCEPT', origin, step),
    beforeRule([established], { kind: 'accept' }, '-m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT', origin, step),
    jump('ufw-user-output'),
  ]);
  chain('ufw-user-output', u.rules.filter((r) => r.direction === 'out' && !r.route && r.families.includes(family)).map((r) => renderUfwRule(r, family, step)));
  chain('ufw-before-forward', [
    beforeRule([established], { kind: 'accept' }, '-m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT', origin, step),
    jump('ufw-user-forward'),
  ]);
  chain('ufw-user-forward', u.rules.filter((r) => r.route && r.families.includes(family)).map((r) => renderUfwRule(r, family, step)));

  const hook = (name: string, targets: string[], policy: 'allow' | 'deny' | 'reject', policyOrigin: Located | undefined) => {
    const c = table.chains.get(name)!;
    c.rules = [...c.rules, ...targets.map(jump)];
    c.base = { ...c.base!, policy: toPolicy(policy), policyOrigin: policyOrigin ?? origin, policyStep: step };
  };
  hook('INPUT', ['ufw-before-input', 'ufw-after-input', 'ufw-reject-input'], u.defaults.incoming, u.defaultsOrigin.incoming);
  hook('OUTPUT', ['ufw-before-output'], u.defaults.outgoing, u.defaultsOrigin.outgoing);
  hook('FORWARD', ['ufw-before-forward'], u.defaults.routed, u.defaultsOrigin.routed);
}
