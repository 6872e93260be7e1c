import { defineRule } from '../define';
import type { CommandStep, Step } from '../../plan/types';

const SSH_UNITS = /^(ssh|sshd|openssh-server|openssh)(\.service)?$/;
const SSH_SOCKET = /^(ssh|sshd)\.socket$/;

/** systemctl verb and units of a step, with `service ssh stop` read the same way. */
function control(s: Step): { verb: string; units: string[]; now: boolean } | undefined {
  if (s.kind !== 'command') return undefined;
  if (s.info.tool === 'systemctl') return { verb: s.info.verb, units: s.info.units, now: s.info.flags.includes('--now') };
  if (s.name === 'service' && s.args.length >= 2) return { verb: s.args[1].text, units: [s.args[0].text], now: false };
  return undefined;
}

/** Whether a later step brings the SSH listener back: start/restart of the service, enable --now, unmask. */
function restoredLater(steps: Step[], from: number, verb: string, socket: boolean): boolean {
  for (const t of steps.slice(from + 1)) {
    const c = control(t);
    if (!c) continue;
    const sshService = c.units.some((u) => SSH_UNITS.test(u));
    const sshAny = sshService || c.units.some((u) => SSH_SOCKET.test(u));
    // Turning the socket off to run ssh.service instead is Ubuntu's documented way back to a plain daemon.
    if (socket && sshService && /^(start|restart|enable|reload-or-restart)$/.test(c.verb)) return true;
    if (!sshAny) continue;
    if (verb === 'stop' && /^(start|restart|reload-or-restart|try-restart)$/.test(c.verb)) return true;
    if (verb === 'stop' && c.verb === 'enable' && c.now) return true;
    if (verb === 'disable' && c.verb === 'enable') return true;
    if (verb === 'mask' && c.verb === 'unmask') return true;
  }
  return false;
}

export default defineRule({
  id: 'shell-ssh-service-stopped',
  class: 'lockout',
  severity: 'error',
  summary: '`systemctl stop|disable|mask ssh`: the SSH server goes away (now, or at the next boot).',
  docs: {
    what: 'Reports `systemctl stop`, `disable` or `mask` (and `service ssh stop`) of ssh/sshd when no later step in the answer starts, enables or unmasks it again. `disable` alone is a warning: the lockout waits for the next reboot. Stopping `ssh.socket` while starting `ssh.service` (Ubuntu\'s way back from socket activation) stays quiet.',
    why: 'Stopping sshd keeps the sessions already open but refuses every new one; disabling it makes the server unreachable after the next reboot; masking it also makes it impossible to start without console access. Models write this when "cleaning up services" or mixing up ssh (the server) with ssh-agent or a client. On a remote machine, there is no way back in without a console.',
    bad: { lang: 'markdown', text: '```bash\nsudo systemctl disable --now ssh\n```\n' },
    good: { lang: 'markdown', text: '```bash\nsudo systemctl restart ssh\n```\n' },
    references: ['https://www.freedesktop.org/software/systemd/man/latest/systemctl.html', 'https://documentation.ubuntu.com/server/explanation/networking/openssh-server/'],
  },
  check(ctx, report) {
    const steps = ctx.plan.steps;
    steps.forEach((s, k) => {
      const c = control(s);
      if (!c || !/^(stop|disable|mask)$/.test(c.verb)) return;
      const units = c.units.filter((u) => SSH_UNITS.test(u) || SSH_SOCKET.test(u));
      if (units.length === 0) return;
      const socketOnly = units.every((u) => SSH_SOCKET.test(u));
      if (restoredLater(steps, k, c.verb, socketOnly)) return;
      const step = s as CommandStep;
      const what = c.verb === 'stop' ? 'no new SSH connection is accepted from now on' : c.verb === 'mask' ? 'sshd can no longer be started, not even by hand' : c.now ? 'sshd stops now and stays off after reboots' : 'sshd will not start at the next boot';
      report({
        message: `\`${c.verb}${c.now ? ' --now' : ''} ${units.join(' ')}\`: ${what} — on a remote server that is a lockout`,
        doc: step.doc,
        span: step.span,
        ...(c.verb === 'disable' && !c.now ? { severity: 'warning' as const } : {}),
      });
    });
  },
});
