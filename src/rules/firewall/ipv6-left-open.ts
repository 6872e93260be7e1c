import { defineRule } from '../define';
import { DOC_OUTSIDER } from '../../firewall/addr';
import { describeDecision, firewallReplay, touched, firewallIntent } from '../../firewall/analysis';
import { evaluate } from '../../firewall/evaluate';
import type { Decision, FirewallState } from '../../firewall/model';
import type { Located } from '../../plan/types';

/**
 * Ports the IPv4 rules single out for filtering: dropped or rejected by port for
 * everyone (or everyone outside an allow-list: `! -s LAN`), or accepted only from some sources. A bare DROP policy is not enough: what
 * listens on IPv6 is not known, and an IPv4-only hardening answer is common.
 */
function candidatePorts(state: FirewallState, ssh: number[]): number[] {
  const ports = new Set<number>();
  for (const t of state.tables) {
    if (t.family === 'ip6') continue;
    for (const c of t.chains.values()) for (const r of c.rules) {
      // A port closed for everyone, or opened only to some sources. A drop for one bad source range is a
      // blocklist: its IPv4 addresses have no IPv6 counterpart to compare with.
      const hasSrc = r.matches.some((m) => m.kind === 'src' && !m.negate);
      const restricting = ((r.verdict.kind === 'drop' || r.verdict.kind === 'reject') && !hasSrc) || (r.verdict.kind === 'accept' && hasSrc);
      if (!restricting) continue;
      for (const m of r.matches) if (m.kind === 'dport' && !m.set && !m.negate) for (const p of m.ports) if (p.hi - p.lo < 4) for (let x = p.lo; x <= p.hi; x++) ports.add(x);
    }
  }
  for (const s of ssh) ports.delete(s);
  return [...ports];
}

function originOf(d: Decision): Located | undefined {
  return d.kind === 'rule' ? d.rule.origin : d.origin;
}

export const ipv6LeftOpen = defineRule({
  id: 'ipv6-left-open',
  class: 'exposure',
  severity: 'warning',
  summary: 'IPv4-only filtering leaves the same ports open over IPv6',
  docs: {
    what:
      'Compares the final IPv4 and IPv6 verdicts for new connections from outside to every port the IPv4 rules single out (dropped by port, or accepted only from some sources), and reports IPv4 filtering (an iptables rule or policy with no ip6tables counterpart, an `ip saddr` match in an inet chain) that IPv6 traffic walks around.',
    why:
      'iptables only filters IPv4; ip6tables is a separate table with its own ACCEPT policy. In an nft inet table, `ip saddr` never matches an IPv6 packet, so a "drop unless from the LAN" rule lets every IPv6 client through. Most servers have a global IPv6 address, and services listening on `::` or `*` answer on it.',
    bad: { lang: 'shell', text: 'iptables -A INPUT -p tcp -s 192.168.1.0/24 --dport 11434 -j ACCEPT\niptables -A INPUT -p tcp --dport 11434 -j DROP\n' },
    good: {
      lang: 'shell',
      text: 'iptables -A INPUT -p tcp -s 192.168.1.0/24 --dport 11434 -j ACCEPT\niptables -A INPUT -p tcp --dport 11434 -j DROP\nip6tables -A INPUT -p tcp --dport 11434 -j DROP\n',
    },
    references: ['https://manpages.debian.org/iptables/ip6tables.8.en.html', 'https://wiki.nftables.org/wiki-nftables/index.php/Nftables_families'],
  },
  check(ctx, report) {
    const replay = firewallReplay(ctx);
    if (!touched(replay)) return;
    const state = replay.final;
    const byOrigin = new Map<string, { origin: Located; v4: Decision; ports: number[] }>();
    for (const port of candidatePorts(state, firewallIntent(ctx).ssh.ports)) {
      const v4 = evaluate(state, { family: 'ip', proto: 'tcp', src: DOC_OUTSIDER.ip, dport: port, sport: 40000, ct: 'new' });
      if (v4.verdict !== 'drop' && v4.verdict !== 'reject') continue;
      const v6 = evaluate(state, { family: 'ip6', proto: 'tcp', src: DOC_OUTSIDER.ip6, dport: port, sport: 40000, ct: 'new' });
      if (v6.verdict !== 'accept') continue;
      const d = v4.outcomes[0].decidedBy;
      const origin = originOf(d);
      if (!origin) continue;
      const key = `${origin.doc.id}:${origin.span.start.row}`;
      const entry = byOrigin.get(key) ?? { origin, v4: d, ports: [] };
      entry.ports.push(port);
      byOrigin.set(key, entry);
    }
    for (const { origin, v4, ports } of byOrigin.values()) {
      const nft = v4.table.backend === 'nft' || v4.table.family === 'inet';
      const list = `tcp/${ports.join(', tcp/')}`;
      const how = nft
        ? 'the match is IPv4-only (`ip saddr`/`ip daddr` never match IPv6 packets in an inet table); add the same rule with `ip6 saddr`, or drop by default and accept explicitly'
        : 'iptables filters IPv4 only; give ip6tables the same rules and policy (or use ufw / an nft inet table, which cover both)';
      report({
        message: `IPv4 blocks ${list} from outside (${describeDecision(v4)}), but over IPv6 the same connections are accepted: ${how}.`,
        doc: origin.doc,
        span: origin.span,
      });
    }
  },
});
