import { defineRule } from '../define';
import { firewallReplay, lineOf, short, touched } from '../../firewall/analysis';
import { textOf } from '../../firewall/adapters/text';
import { isFinal, subsumes } from '../../firewall/subsume';

export const shadowedRule = defineRule({
  id: 'shadowed-rule',
  class: 'exposure',
  severity: 'warning',
  summary: 'A deny shadowed by an earlier broader accept, or an accept made dead by an earlier drop',
  docs: {
    what:
      'In the final ruleset, reports a rule that can never take effect because an earlier rule in the same chain matches every packet it matches and already decided them the other way: a deny after a broader allow, or an allow after a broader drop.',
    why:
      'Firewalls stop at the first matching rule. `ufw allow 11434` followed by `ufw deny from 203.0.113.0/24 to any port 11434` never denies anything: the deny looks like protection and is not. An accept behind a drop is the reverse surprise: a service that was meant to be reachable is not.',
    bad: { lang: 'shell', text: 'ufw allow OpenSSH\nufw allow 8080/tcp\nufw deny from 203.0.113.0/24 to any port 8080 proto tcp\nufw enable\n' },
    good: { lang: 'shell', text: 'ufw allow OpenSSH\nufw deny from 203.0.113.0/24 to any port 8080 proto tcp\nufw allow 8080/tcp\nufw enable\n' },
    references: ['https://manpages.ubuntu.com/manpages/noble/man8/ufw.8.html', 'https://manpages.debian.org/iptables/iptables.8.en.html'],
  },
  check(ctx, report) {
    const replay = firewallReplay(ctx);
    if (!touched(replay)) return;
    const seen = new Set<string>();
    for (const t of replay.final.tables) {
      for (const c of t.chains.values()) {
        const rules = c.rules.filter((r) => !(r.backend === 'ufw' && !r.ufw));
        for (let j = 1; j < rules.length; j++) {
          const b = rules[j];
          if (!isFinal(b)) continue;
          const bAccepts = b.verdict.kind === 'accept';
          for (let i = 0; i < j; i++) {
            const a = rules[i];
            if (!isFinal(a) || (a.verdict.kind === 'accept') === bAccepts) continue;
            if (!subsumes(a, b)) continue;
            const key = `${b.origin.doc.id}:${b.origin.span.start.row}`;
            if (seen.has(key)) break;
            seen.add(key);
            const ufw = b.backend === 'ufw';
            const move = ufw ? `add it with \`ufw insert ${ruleIndex(replay.final.ufw.rules, a.ufw)}\` so it comes first, or narrow line ${lineOf(a.origin)}'s rule` : 'move it above that rule (-I instead of -A), or narrow the earlier rule';
            report({
              message: bAccepts
                ? `this accept never takes effect: line ${lineOf(a.origin)} (\`${short(textOf(a.origin))}\`) already ${a.verdict.kind === 'reject' ? 'rejects' : 'drops'} every packet it matches. ${ufw ? 'ufw' : 'The chain'} stops at the first match — ${move}.`
                : `this ${b.verdict.kind === 'reject' ? 'reject' : 'deny'} never takes effect: line ${lineOf(a.origin)} (\`${short(textOf(a.origin))}\`) already accepts every packet it matches. ${ufw ? 'ufw' : 'The chain'} stops at the first match — ${move}.`,
              doc: b.origin.doc,
              span: b.origin.span,
            });
            break;
          }
        }
      }
    }
  },
});

function ruleIndex(rules: Array<{ key: string }>, key: string | undefined): number {
  const i = rules.findIndex((r) => r.key === key);
  return i < 0 ? 1 : i + 1;
}
