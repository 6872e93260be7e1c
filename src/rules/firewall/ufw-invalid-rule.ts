import { defineRule } from '../define';
import { problemsOf, suggestionFix } from '../../firewall/analysis';

export const ufwInvalidRule = defineRule({
  id: 'ufw-invalid-rule',
  class: 'invalid',
  severity: 'error',
  summary: "A ufw command ufw would reject",
  docs: {
    what: "Reports ufw commands that ufw refuses: port lists or ranges without a protocol, unknown application profiles, bad ports and addresses, policies other than allow/deny/reject.",
    why: "ufw prints an ERROR and changes nothing, so the rule the rest of the answer relies on is missing when ufw is enabled.",
    bad: { lang: 'shell', text: "ufw allow 6000:6007\n" },
    good: { lang: 'shell', text: "ufw allow 6000:6007/tcp\n" },
    references: ["https://manpages.ubuntu.com/manpages/noble/man8/ufw.8.html"],
  },
  check(ctx, report) {
    for (const p of problemsOf(ctx, ["ufw-syntax"])) {
      report({ message: p.message, doc: p.origin.doc, span: p.origin.span, fix: suggestionFix(p) });
    }
  },
});
