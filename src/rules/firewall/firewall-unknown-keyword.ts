import { defineRule } from '../define';
import { problemsOf, suggestionFix } from '../../firewall/analysis';

export const firewallUnknownKeyword = defineRule({
  id: 'firewall-unknown-keyword',
  class: 'invalid',
  severity: 'error',
  summary: "Unknown iptables target, match or option, or unknown nft keyword",
  docs: {
    what: "Reports targets, match modules and options iptables does not have (per iptables-extensions(8)) and words nft does not know (per nft(8)), with the closest real one.",
    why: "AI answers invent plausible spellings (-j ALLOW, --dports without -m multiport, tcp dprt). The tool rejects the line, or for nft -f the whole file, so none of it takes effect.",
    bad: { lang: 'shell', text: "iptables -A INPUT -p tcp --dport 22 -j ALLOW\n" },
    good: { lang: 'shell', text: "iptables -A INPUT -p tcp --dport 22 -j ACCEPT\n" },
    references: ["https://manpages.debian.org/iptables/iptables-extensions.8.en.html", "https://manpages.debian.org/nftables/nft.8.en.html"],
  },
  check(ctx, report) {
    for (const p of problemsOf(ctx, ["unknown-target", "unknown-match", "unknown-option"])) {
      report({ message: p.message, doc: p.origin.doc, span: p.origin.span, fix: suggestionFix(p) });
    }
  },
});
