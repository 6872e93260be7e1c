import { defineRule } from '../define';
import { problemsOf, suggestionFix } from '../../firewall/analysis';

export const firewallMissingChain = defineRule({
  id: 'firewall-missing-chain',
  class: 'invalid',
  severity: 'error',
  summary: "A rule added to a table, chain or set that does not exist at that step",
  docs: {
    what: "Replays the firewall commands in order and reports a rule, jump or flush that names a table, chain or set which does not exist at that moment (not yet created, already deleted, or misspelt).",
    why: "iptables and nft refuse the command (\"No chain/target/match by that name\", \"No such file or directory\"), so the rule the answer relies on is never added; later steps that assume it, such as a DROP policy, then lock out or expose.",
    bad: { lang: 'shell', text: "iptables -A SSH_ALLOW -p tcp --dport 22 -j ACCEPT\niptables -N SSH_ALLOW\n" },
    good: { lang: 'shell', text: "iptables -N SSH_ALLOW\niptables -A SSH_ALLOW -p tcp --dport 22 -j ACCEPT\n" },
    references: ["https://manpages.debian.org/iptables/iptables.8.en.html", "https://manpages.debian.org/nftables/nft.8.en.html"],
  },
  check(ctx, report) {
    for (const p of problemsOf(ctx, ["missing-chain"])) {
      report({ message: p.message, doc: p.origin.doc, span: p.origin.span, fix: suggestionFix(p) });
    }
  },
});
