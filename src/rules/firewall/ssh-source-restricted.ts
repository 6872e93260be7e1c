import { defineRule } from '../define';
import { adminIsAnywhere, describeDecision, dropDecision, firewallReplay, lineOf, sshPackets, sshStatus, touched, firewallIntent } from '../../firewall/analysis';

export const sshSourceRestricted = defineRule({
  id: 'ssh-source-restricted',
  class: 'lockout',
  severity: 'warning',
  summary: 'SSH admitted only from a range the admin may not be in',
  docs: {
    what:
      'When the policy does not say where the admin connects from, reports a firewall that admits SSH only from some addresses (a LAN, one office IP) and drops it from everywhere else, naming the range.',
    why:
      'Restricting SSH to a trusted range is good practice, but only if you are always in it. Answers often copy 192.168.1.0/24 from an example; from a VPN, a phone hotspot or a cloud provider\'s network the server is then unreachable. Set `ssh.from` in airlock.json to state where you connect from.',
    bad: { lang: 'shell', text: 'ufw allow from 192.168.1.0/24 to any port 22 proto tcp\nufw enable\n' },
    good: { lang: 'shell', text: 'ufw allow OpenSSH\nufw enable\n' },
    references: ['https://manpages.ubuntu.com/manpages/noble/man8/ufw.8.html'],
  },
  check(ctx, report) {
    if (!adminIsAnywhere(firewallIntent(ctx))) return;
    const replay = firewallReplay(ctx);
    if (!touched(replay)) return;
    const seen = new Set<string>();
    for (const packet of sshPackets(firewallIntent(ctx))) {
      const v = sshStatus(replay.final, packet);
      if (v.status !== 'src-restricted') continue;
      for (const o of v.evaluation.outcomes) {
        if (o.verdict !== 'accept') continue;
        const a = o.assumptions.find((x) => x.holds && x.reason === 'src');
        if (!a) continue;
        const key = `${a.rule.origin.doc.id}:${a.rule.origin.span.start.row}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const d = dropDecision(v.evaluation);
        report({
          message: `SSH (tcp/${packet.dport}) is admitted only ${a.match.negate ? 'outside' : 'from'} ${a.match.text.replace(/^(-s|--source|from|ip6? saddr)\s+/, '')} (line ${lineOf(a.rule.origin)}); from any other address it is dropped${d ? ` (${describeDecision(d)})` : ''}. If you ever connect from elsewhere (VPN, mobile, cloud console) you are locked out — set ssh.from in airlock.json if that range is where you connect from.`,
          doc: a.rule.origin.doc,
          span: a.rule.origin.span,
        });
      }
    }
  },
});
