import { defineRule } from '../define';
import { describeDecision, describeSrc, dropDecision, firewallReplay, lineOf, sshPackets, sshStatus, touched, firewallIntent } from '../../firewall/analysis';
import { evaluate } from '../../firewall/evaluate';
import type { Snapshot } from '../../firewall/replay';

/**
 * hadolint DL3002-style memory: the verdict depends on the policy set several
 * commands earlier, so the rule walks the replay's snapshots in order.
 */
export const sshLockout = defineRule({
  id: 'ssh-lockout',
  class: 'lockout',
  severity: 'error',
  summary: 'After a step, new SSH connections from the admin are dropped',
  docs: {
    what:
      'Replays the firewall commands in order and, after each one, asks whether a new TCP connection to the SSH port from the admin\'s address would still be accepted. Reports the first command after which it is not, whether a later command restores access, and whether the SSH session typing the commands survives that moment.',
    why:
      'A firewall that drops SSH, even for the time between two commands, can cut the session that is typing them: the remaining commands never run and the server is reachable only from its console. Setting a DROP policy before the SSH accept is the classic way to lock yourself out.',
    bad: { lang: 'shell', text: 'iptables -P INPUT DROP\niptables -A INPUT -p tcp --dport 22 -j ACCEPT\n' },
    good: {
      lang: 'shell',
      text: 'iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT\niptables -A INPUT -p tcp --dport 22 -j ACCEPT\niptables -P INPUT DROP\n',
    },
    references: ['https://manpages.debian.org/iptables/iptables.8.en.html', 'https://manpages.debian.org/iptables/iptables-apply.8.en.html', 'https://wiki.nftables.org/wiki-nftables/index.php/Simple_rule_management'],
  },
  check(ctx, report) {
    const replay = firewallReplay(ctx);
    if (!touched(replay)) return;
    const reported = new Set<string>();
    for (const packet of sshPackets(firewallIntent(ctx))) {
      let prev = sshStatus(replay.start, packet).status;
      const snaps = replay.snapshots;
      for (let i = 0; i < snaps.length; i++) {
        const s = snaps[i];
        const v = sshStatus(s.state, packet);
        const wasLocked = prev === 'locked';
        prev = v.status;
        if (v.status !== 'locked' || wasLocked) continue;
        // A flush under a DROP policy and `ufw enable` have rules of their own with better advice.
        if (s.events.some((e) => e.kind === 'flush-under-drop' || e.kind === 'ufw-enable')) continue;
        const d = dropDecision(v.evaluation);
        // In a file loaded at once (nft -f, iptables-restore), point at the line that drops.
        const decidedAt = d?.kind === 'rule' ? d.rule.origin : d?.origin;
        const stepOrigin = s.origin ?? s.step!;
        const origin = decidedAt && decidedAt.doc === stepOrigin.doc && s.ops.some((o) => o.kind === 'nft-batch' || o.kind === 'ipt-restore') ? decidedAt : stepOrigin;
        const key = `${origin.doc.id}:${origin.span.start.row}`;
        if (reported.has(key)) continue;
        reported.add(key);
        let restored: Snapshot | undefined;
        for (let j = i + 1; j < snaps.length; j++) {
          if (sshStatus(snaps[j].state, packet).status !== 'locked') {
            restored = snaps[j];
            break;
          }
        }
        const est = evaluate(s.state, { ...packet, ct: 'established' }).verdict;
        const sessionDies = est === 'drop' || est === 'reject';
        const what = `new SSH connections (tcp/${packet.dport} from ${describeSrc(packet.src)}) are ${d?.kind === 'rule' && d.rule.verdict.kind === 'reject' ? 'rejected' : 'dropped'} after line ${lineOf(origin)}${d ? ` (${describeDecision(d)})` : ''}`;
        let message: string;
        const backend = s.state.ufw.enabled ? 'ufw' : d?.kind === 'rule' ? d.rule.backend : d?.table.backend;
        // The safe way to change rules over SSH differs per tool: iptables-apply rolls back; nft loads a file atomically.
        const safely = backend === 'nft' ? 'load the whole ruleset at once with `nft -f`' : backend === 'ufw' ? 'allow SSH before `ufw enable`' : 'use iptables-apply';
        if (restored) {
          const at = lineOf(restored.origin ?? restored.step!);
          message = `${what}; the accept for ${packet.dport} only arrives on line ${at}`;
          message += sessionDies
            ? ` — and the SSH session typing these commands is cut here too (no ESTABLISHED accept), so line ${at} never runs. Run the accept first, or ${safely}.`
            : ` — run it first (or ${safely}), so a dropped connection cannot leave you outside.`;
        } else {
          const fix =
            backend === 'nft' ? `tcp dport ${packet.dport} accept` : backend === 'ufw' ? `ufw allow ${packet.dport}/tcp` : `iptables -I INPUT -p tcp --dport ${packet.dport} -j ACCEPT`;
          message = `${what}, and nothing later in the answer admits them: once this session ends you are locked out${sessionDies ? ' (this session is cut here as well: no ESTABLISHED accept)' : ''}. Admit SSH first, e.g. \`${fix}\`.`;
        }
        report({ message, doc: origin.doc, span: origin.span, severity: restored && !sessionDies ? 'warning' : 'error' });
      }
    }
  },
});
