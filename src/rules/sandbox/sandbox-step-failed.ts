import { defineRule } from '../define';

export const sandboxStepFailed = defineRule({
  id: 'sandbox-step-failed',
  class: 'invalid',
  severity: 'warning',
  summary: 'A command of the answer failed (or timed out) when the sandbox ran it',
  requires: 'sandbox',
  docs: {
    what: 'Reports commands that exit non-zero or hit their timeout when the answer runs in the sandbox, with their output.',
    why: 'A step that fails leaves the server half-configured: later steps assume a state that never happened.',
    bad: { lang: 'markdown', text: '```bash\nsudo nft add rule inet filter input tcp dport 22 accept\n```\n' },
    good: { lang: 'markdown', text: '```bash\nsudo nft add table inet filter\nsudo nft add chain inet filter input \'{ type filter hook input priority 0; }\'\nsudo nft add rule inet filter input tcp dport 22 accept\n```\n' },
    references: ['https://manpages.debian.org/bookworm/nftables/nft.8.en.html'],
  },
  check() {
    // Reported by the sandbox run (src/sandbox/verdict.ts).
  },
});
