import { defineRule } from '../define';
import { DOC_OUTSIDER } from '../../firewall/addr';
import { describeDecision, firewallReplay, lineOf, sshPackets, touched, firewallIntent } from '../../firewall/analysis';
import { evaluate } from '../../firewall/evaluate';
import type { Located } from '../../plan/types';

export const noEstablishedAccept = defineRule({
  id: 'no-established-accept',
  class: 'lockout',
  severity: 'warning',
  summary: 'Default-drop input with no ESTABLISHED,RELATED accept',
  docs: {
    what:
      'After the whole answer, asks whether a packet of an already established connection (a reply to the server\'s own DNS or apt request, the admin\'s SSH session) is accepted on input. Reports the policy or rule that drops it.',
    why:
      'A stateful firewall first accepts packets of connections it already knows. Without `-m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT` (nft: `ct state established,related accept`) a DROP policy also drops the replies to everything the server itself starts: DNS, package updates, outgoing HTTPS — and, if SSH is only accepted for new connections, the admin\'s session.',
    bad: { lang: 'shell', text: 'iptables -A INPUT -p tcp --dport 22 -j ACCEPT\niptables -P INPUT DROP\n' },
    good: { lang: 'shell', text: 'iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT\niptables -A INPUT -p tcp --dport 22 -j ACCEPT\niptables -P INPUT DROP\n' },
    references: ['https://manpages.debian.org/iptables/iptables-extensions.8.en.html', 'https://wiki.nftables.org/wiki-nftables/index.php/Matching_connection_tracking_stateful_metainformation'],
  },
  check(ctx, report) {
    const replay = firewallReplay(ctx);
    if (!touched(replay)) return;
    const seen = new Set<string>();
    for (const family of ['ip', 'ip6'] as const) {
      // ufw with IPV6=no closes IPv6 on purpose, outgoing too: there are no replies to lose.
      if (family === 'ip6' && replay.final.ufw.enabled && !replay.final.ufw.ipv6) continue;
      const reply = evaluate(replay.final, { family, proto: 'tcp', src: DOC_OUTSIDER[family], sport: 443, dport: 45678, ct: 'established' });
      if (reply.verdict !== 'drop' && reply.verdict !== 'reject') continue;
      const d = reply.outcomes[0].decidedBy;
      const origin: Located | undefined = d.kind === 'policy' ? d.origin : d.rule.origin;
      if (!origin) continue;
      const key = `${origin.doc.id}:${origin.span.start.row}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const session = sshPackets(firewallIntent(ctx))
        .filter((p) => p.family === family)
        .some((p) => ['drop', 'reject'].includes(evaluate(replay.final, { ...p, ct: 'established' }).verdict));
      const nft = d.table.backend === 'nft';
      const fix = nft ? '`ct state established,related accept` as the chain\'s first rule' : '`iptables -I INPUT 1 -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT`';
      report({
        message: `input drops packets of established connections (${describeDecision(d)}${d.kind === 'policy' ? '' : ` on line ${lineOf(origin)}`}): replies to the server's own DNS, apt and HTTPS requests${session ? ' — and the admin\'s SSH session —' : ''} are dropped${family === 'ip6' ? ' over IPv6' : ''}. Add ${fix}.`,
        doc: origin.doc,
        span: origin.span,
        severity: session ? 'error' : 'warning',
      });
    }
  },
});
