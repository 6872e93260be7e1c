import { defineRule } from '../define';
import { problemsOf, suggestionFix } from '../../firewall/analysis';

export const iptablesRestoreMissingCommit = defineRule({
  id: 'iptables-restore-missing-commit',
  class: 'invalid',
  severity: 'error',
  summary: "An iptables-restore table section without COMMIT",
  docs: {
    what: "Reports a *table section of an iptables-save / iptables-restore file that has no COMMIT line.",
    why: "iptables-restore applies a table only at its COMMIT line; without it the tool fails (\"COMMIT expected at line N\") and none of the section is loaded, so the firewall the file describes never exists.",
    bad: { lang: 'iptables', text: "*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p tcp --dport 22 -j ACCEPT\n" },
    good: { lang: 'iptables', text: "*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n" },
    references: ["https://manpages.debian.org/iptables/iptables-restore.8.en.html"],
  },
  check(ctx, report) {
    for (const p of problemsOf(ctx, ["restore-missing-commit"])) {
      report({ message: p.message, doc: p.origin.doc, span: p.origin.span, fix: suggestionFix(p) });
    }
  },
});
