import { defineRule } from '../define';
import { DOC_OUTSIDER } from '../../firewall/addr';
import { firewallReplay, protectedPorts, touched } from '../../firewall/analysis';
import { evaluate } from '../../firewall/evaluate';

const LOCAL = /^(127\.\d+\.\d+\.\d+|::1|\[::1\]|localhost)$/;

export const dockerBypassesFirewall = defineRule({
  id: 'docker-bypasses-firewall',
  class: 'exposure',
  severity: 'warning',
  summary: 'A port published by Docker bypasses INPUT and ufw',
  docs: {
    what:
      'Reports `docker run -p PORT:PORT` (published on every address) when the answer\'s own firewall (ufw, or INPUT rules) would block that port, or when the port belongs to a protected service.',
    why:
      'Docker publishes ports with DNAT in the nat table; the traffic is forwarded to the container and goes through FORWARD and the DOCKER-USER chain, never through INPUT. ufw and INPUT rules do not see it, so `ufw deny 11434` does not protect a container published with `-p 11434:11434`.',
    bad: { lang: 'shell', text: 'ufw allow OpenSSH\nufw enable\ndocker run -d -p 11434:11434 ollama/ollama\n' },
    good: { lang: 'shell', text: 'ufw allow OpenSSH\nufw enable\ndocker run -d -p 127.0.0.1:11434:11434 ollama/ollama\n' },
    references: ['https://docs.docker.com/engine/network/packet-filtering-firewalls/', 'https://docs.docker.com/engine/network/port-publishing/'],
  },
  check(ctx, report) {
    const replay = firewallReplay(ctx);
    // Without a firewall in the answer there is nothing to bypass; publishing itself is the docker rules' concern.
    if (!touched(replay) || !replay.snapshots.some((s) => s.ops.length > 0)) return;
    const state = replay.final;
    const prot = protectedPorts(ctx.intent, state);
    for (const p of state.published) {
      if (p.hostAddress && LOCAL.test(p.hostAddress)) continue;
      const service = prot.find((x) => x.service.port === p.hostPort)?.service;
      const proto = p.proto === 'udp' ? 'udp' : 'tcp';
      const v = evaluate(state, { family: 'ip', proto, src: DOC_OUTSIDER.ip, dport: p.hostPort, sport: 40000, ct: 'new' }).verdict;
      const firewallBlocks = v === 'drop' || v === 'reject';
      if (!service && !firewallBlocks) continue;
      const where = p.hostAddress ? `on ${p.hostAddress}` : 'on every address';
      const why = firewallBlocks
        ? `your ${state.ufw.enabled ? 'ufw' : 'INPUT'} rules would block ${proto}/${p.hostPort}, but Docker's DNAT sends it through FORWARD and DOCKER-USER, never INPUT`
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
