import { defineRule } from '../define';
import { firewallReplay, lineOf, sshPackets, sshStatus, touched, firewallIntent } from '../../firewall/analysis';

export const flushWithDropPolicy = defineRule({
  id: 'flush-with-drop-policy',
  class: 'lockout',
  severity: 'error',
  summary: 'Flushing an input chain whose policy stays DROP',
  docs: {
    what:
      'Reports `iptables -F`, `nft flush chain` and `nft flush table` on an input chain whose policy is DROP at that moment, when the flush leaves SSH dropped.',
    why:
      'A flush removes the rules but not the chain policy. With the policy at DROP, the chain now drops everything, including the SSH session that runs the flush: the usual "reset the firewall" step becomes a lockout.',
    bad: { lang: 'shell', text: 'iptables -A INPUT -p tcp --dport 22 -j ACCEPT\niptables -P INPUT DROP\niptables -F INPUT\n' },
    good: { lang: 'shell', text: 'iptables -A INPUT -p tcp --dport 22 -j ACCEPT\niptables -P INPUT DROP\niptables -P INPUT ACCEPT\niptables -F INPUT\n' },
    references: ['https://manpages.debian.org/iptables/iptables.8.en.html', 'https://manpages.debian.org/nftables/nft.8.en.html'],
  },
  check(ctx, report) {
    const replay = firewallReplay(ctx);
    if (!touched(replay)) return;
    const packets = sshPackets(firewallIntent(ctx));
    for (const s of replay.snapshots) {
      for (const e of s.events) {
        if (e.kind !== 'flush-under-drop') continue;
        if (!packets.some((p) => sshStatus(s.state, p).status === 'locked')) continue;
        const nft = e.table.backend === 'nft';
        const policyAt = e.policyOrigin ? ` (set on line ${lineOf(e.policyOrigin)})` : '';
        report({
          message: nft
            ? `this flush removes the rules of chain ${e.table.family} ${e.table.name} ${e.chain} but keeps the chain and its policy drop${policyAt}: from here every packet is dropped, including this SSH session. Use \`flush ruleset\` / \`delete table\`, or set \`policy accept\` first.`
            : `\`-F\` empties ${e.chain} but its policy stays DROP${policyAt}: from here every packet is dropped, including the SSH session running this command. Run \`iptables -P ${e.chain} ACCEPT\` before flushing and set DROP again after the new rules.`,
          doc: e.origin.doc,
          span: e.origin.span,
        });
      }
    }
  },
});
