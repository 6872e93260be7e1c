import { defineRule } from '../define';
import { DOC_OUTSIDER } from '../../firewall/addr';
import { dockerUserBlocks, firewallReplay, protectedPorts, touched, firewallIntent } from '../../firewall/analysis';
import { evaluate } from '../../firewall/evaluate';

const LOCAL = /^(127\.\d+\.\d+\.\d+|::1|\[::1\]|localhost)$/;

export const dockerBypassesFirewall = defineRule({
  id: 'docker-bypasses-firewall',
  class: 'exposure',
  severity: 'warning',
  summary: 'A port published by Docker bypasses the INPUT rules meant to block it',
  docs: {
    what:
      'Reports `docker run -p PORT:PORT` (published on every address) when the answer\'s own iptables/nftables INPUT rules would block that port. Protected services, and answers that rely on ufw, are reported by docker-port-all-interfaces.',
    why:
      'Docker publishes ports with DNAT in the nat table; the traffic is forwarded to the container and goes through FORWARD and the DOCKER-USER chain, never through INPUT. ufw and INPUT rules do not see it, so `ufw deny 11434` does not protect a container published with `-p 11434:11434`.',
    bad: { lang: 'shell', text: 'iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT\niptables -A INPUT -p tcp --dport 22 -j ACCEPT\niptables -P INPUT DROP\ndocker run -d -p 8080:80 nginx\n' },
    good: { lang: 'shell', text: 'iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT\niptables -A INPUT -p tcp --dport 22 -j ACCEPT\niptables -P INPUT DROP\ndocker run -d -p 127.0.0.1:8080:80 nginx\n' },
    references: ['https://docs.docker.com/engine/network/packet-filtering-firewalls/', 'https://docs.docker.com/engine/network/port-publishing/'],
  },
  check(ctx, report) {
    const replay = firewallReplay(ctx);
    // Without a firewall in the answer there is nothing to bypass; publishing itself is the docker rules' concern.
    if (!touched(replay) || !replay.snapshots.some((s) => s.ops.length > 0)) return;
    const state = replay.final;
    const prot = protectedPorts(firewallIntent(ctx), state);
    for (const p of state.published) {
      if (p.hostAddress && LOCAL.test(p.hostAddress)) continue;
      // Protected services, and any port in an answer that uses ufw, are docker-port-all-interfaces' to report.
      if (state.ufw.enabled || prot.some((x) => x.service.port === p.hostPort)) continue;
      // Filtered where Docker's traffic does pass: DOCKER-USER.
      if (dockerUserBlocks(state, p)) continue;
      const service = undefined as { name: string } | undefined;
      const proto = p.proto === 'udp' ? 'udp' : 'tcp';
      const v = evaluate(state, { family: 'ip', proto, src: DOC_OUTSIDER.ip, dport: p.hostPort, sport: 40000, ct: 'new' }).verdict;
      const firewallBlocks = v === 'drop' || v === 'reject';
      if (!firewallBlocks) continue;
      const where = p.hostAddress ? `on ${p.hostAddress}` : 'on every address';
      const why = firewallBlocks
        ? `your INPUT rules would block ${proto}/${p.hostPort}, but Docker's DNAT sends it through FORWARD and DOCKER-USER, never INPUT`
        : `Docker's DNAT sends it through FORWARD and DOCKER-USER, so no INPUT or ufw rule can restrict it`;
      report({
        message: `\`-p ${p.hostPort}\` publishes ${proto}/${p.hostPort}${service ? ` (${service.name})` : ''} ${where}: ${why}. Publish on loopback (\`-p 127.0.0.1:${p.hostPort}:…\`) and put an authenticating proxy in front, or filter in the DOCKER-USER chain.`,
        doc: p.origin.doc,
        span: p.origin.span,
        severity: service ? 'error' : 'warning',
      });
    }
  },
});
