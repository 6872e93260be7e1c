import { defineRule } from '../define';
import { problemsOf, suggestionFix } from '../../firewall/analysis';

export const firewallPortWithoutProtocol = defineRule({
  id: 'firewall-port-without-protocol',
  class: 'invalid',
  severity: 'error',
  summary: "A port match without a transport protocol",
  docs: {
    what: "Reports iptables --dport/--sport (and multiport --dports) without -p tcp/-p udp, and nft dport/sport without a protocol such as tcp or th.",
    why: "Ports exist only in TCP, UDP, SCTP and DCCP headers. iptables rejects --dport without -p (\"unknown option\"), nft rejects a bare dport: the rule is never added, and whatever it was meant to allow stays blocked (or what it was meant to block stays open).",
    bad: { lang: 'shell', text: "iptables -A INPUT --dport 22 -j ACCEPT\n" },
    good: { lang: 'shell', text: "iptables -A INPUT -p tcp --dport 22 -j ACCEPT\n" },
    references: ["https://manpages.debian.org/iptables/iptables-extensions.8.en.html", "https://wiki.nftables.org/wiki-nftables/index.php/Quick_reference-nftables_in_10_minutes"],
  },
  check(ctx, report) {
    for (const p of problemsOf(ctx, ["port-without-proto"])) {
      report({ message: p.message, doc: p.origin.doc, span: p.origin.span, fix: suggestionFix(p) });
    }
  },
});
