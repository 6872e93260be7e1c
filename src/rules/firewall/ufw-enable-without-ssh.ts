import { defineRule } from '../define';
import { textOf } from '../../firewall/adapters/text';
import { describeSrc, firewallReplay, lineOf, sshPackets, sshStatus, touched, firewallIntent } from '../../firewall/analysis';

export const ufwEnableWithoutSsh = defineRule({
  id: 'ufw-enable-without-ssh',
  class: 'lockout',
  severity: 'error',
  summary: '`ufw enable` while no ufw rule admits SSH',
  docs: {
    what:
      'Reports `ufw enable` when, at that moment, ufw\'s rules do not admit new SSH connections from the admin\'s address. ufw\'s default policy for incoming traffic is deny once it is enabled.',
    why:
      'ufw keeps the current session alive (its before.rules accept ESTABLISHED traffic) but every new SSH connection is dropped: the next login, an scp, a reconnect after a network blip all fail. ufw itself warns "Command may disrupt existing ssh connections".',
    bad: { lang: 'shell', text: 'ufw default deny incoming\nufw enable\nufw allow 80/tcp\n' },
    good: { lang: 'shell', text: 'ufw default deny incoming\nufw allow OpenSSH\nufw enable\n' },
    references: ['https://manpages.ubuntu.com/manpages/noble/man8/ufw.8.html', 'https://help.ubuntu.com/community/UFW'],
  },
  check(ctx, report) {
    const replay = firewallReplay(ctx);
    if (!touched(replay)) return;
    const snaps = replay.snapshots;
    for (let i = 0; i < snaps.length; i++) {
      const s = snaps[i];
      const enable = s.events.find((e) => e.kind === 'ufw-enable');
      if (!enable) continue;
      const packet = sshPackets(firewallIntent(ctx)).find((p) => sshStatus(s.state, p).status === 'locked');
      if (!packet) continue;
      const prev = i > 0 ? snaps[i - 1].state : replay.start;
      if (sshStatus(prev, packet).status === 'locked') continue;
      const later = snaps.slice(i + 1).find((t) => sshStatus(t.state, packet).status !== 'locked');
      const laterLine = later ? lineOf(later.origin ?? later.step!) : undefined;
      // `--force` answers ufw's own "may disrupt existing ssh connections" prompt: say so, it was the last warning.
      const forced = /(^|\s)(--force|-f)(\s|$)/.test(textOf(enable.origin));
      report({
        message:
          (forced ? '`ufw --force enable` skips ufw\'s "may disrupt existing ssh connections" prompt and turns on' : '`ufw enable` turns on') +
          ` ufw's default deny incoming while no ufw rule admits SSH: new connections to tcp/${packet.dport} from ${describeSrc(packet.src)} are dropped from here` +
          (laterLine
            ? `; the allow only arrives on line ${laterLine}. Move it before \`ufw enable\`.`
            : `, and nothing later allows them. Add \`ufw allow OpenSSH\` (or \`ufw allow ${packet.dport}/tcp\`) before \`ufw enable\`.`),
        doc: enable.origin.doc,
        span: enable.origin.span,
        severity: later ? 'warning' : 'error',
      });
    }
  },
});
