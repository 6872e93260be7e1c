import { defineRule } from '../define';
import { problemsOf, suggestionFix } from '../../firewall/analysis';

export const firewallPolicyOnUserChain = defineRule({
  id: 'firewall-policy-on-user-chain',
  class: 'invalid',
  severity: 'error',
  summary: "A policy set on a user-defined chain",
  docs: {
    what: "Reports iptables -P (or an iptables-restore chain line with ACCEPT/DROP) on a chain that is not built in.",
    why: "Only built-in chains have a policy; iptables refuses (\"Bad built-in chain name\") and the chain keeps falling through to its caller, so packets meant to be dropped are not.",
    bad: { lang: 'shell', text: "iptables -N WEB\niptables -P WEB DROP\n" },
    good: { lang: 'shell', text: "iptables -N WEB\niptables -A WEB -j DROP\n" },
    references: ["https://manpages.debian.org/iptables/iptables.8.en.html"],
  },
  check(ctx, report) {
    for (const p of problemsOf(ctx, ["policy-on-user-chain"])) {
      report({ message: p.message, doc: p.origin.doc, span: p.origin.span, fix: suggestionFix(p) });
    }
  },
});
