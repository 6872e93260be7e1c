import { defineRule } from '../define';
import { acceptingRule, firewallReplay, lineOf, outsider, protectedPorts, short, touched, firewallIntent } from '../../firewall/analysis';
import { evaluate } from '../../firewall/evaluate';
import { textOf } from '../../firewall/adapters/text';
import { cloneState } from '../../firewall/state';
import { renderUfw } from '../../firewall/ufw-render';
import type { FirewallState } from '../../firewall/model';

/**
 * The final state as it would be once ufw is active: an answer that adds ufw rules
 * to open a port but never runs `ufw enable` assumes ufw is already on, and there
 * its rules take effect at once (ufw(8)). Undefined when ufw is enabled or has no rules.
 */
function withUfwEnabled(state: FirewallState): FirewallState | undefined {
  if (state.ufw.enabled || state.ufw.rules.length === 0) return undefined;
  const s = cloneState(state);
  const last = s.ufw.rules[s.ufw.rules.length - 1];
  s.ufw = { ...s.ufw, enabled: true, enabledAt: { origin: last.origin, step: last.step } };
  renderUfw(s, last.step);
  return s;
}

export const protectedPortExposed = defineRule({
  id: 'protected-port-exposed',
  class: 'exposure',
  severity: 'error',
  summary: 'A firewall rule admits a protected port from beyond its intended sources',
  docs: {
    what:
      'For every protected service (the policy\'s, or a well-known model server such as Ollama 11434, Jupyter 8888, ComfyUI 8188), asks whether the final firewall accepts a new connection from an address outside the sources meant to reach it, and reports the rule that accepts it. Sources the answer itself names for that port (`ufw allow from 192.168.1.0/24 to any port 11434`) count as intended.',
    why:
      'Model servers and notebooks have no authentication: whoever reaches the port runs models, reads files or executes code. A rule like `ufw allow 11434` opens it to the whole internet, usually when only the LAN or a reverse proxy was meant to reach it.',
    bad: { lang: 'shell', text: 'ufw allow OpenSSH\nufw allow 11434\nufw enable\n' },
    good: { lang: 'shell', text: 'ufw allow OpenSSH\nufw allow from 192.168.1.0/24 to any port 11434 proto tcp\nufw enable\n' },
    references: ['https://github.com/ollama/ollama/blob/main/docs/faq.md', 'https://manpages.ubuntu.com/manpages/noble/man8/ufw.8.html'],
  },
  check(ctx, report) {
    const replay = firewallReplay(ctx);
    if (!touched(replay)) return;
    const seen = new Set<string>();
    const assumed = withUfwEnabled(replay.final);
    // The state as it is; then, for an answer that adds ufw rules without enabling ufw, as it is once ufw is active.
    const judge = (state: FirewallState, inactive: boolean): void => {
      for (const { service, intended } of protectedPorts(firewallIntent(ctx), state)) {
        for (const family of ['ip', 'ip6'] as const) {
          const src = outsider(family, intended);
          if (!src) continue;
          const e = evaluate(state, { family, proto: service.proto, src, dport: service.port, sport: 40000, ct: 'new' });
          const rule = acceptingRule(e);
          if (!rule || (inactive && rule.backend !== 'ufw')) continue;
          const key = `${rule.origin.doc.id}:${rule.origin.span.start.row}:${service.port}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const allowed = intended.filter((c) => !/^(127\.0\.0\.0\/8|::1\/128)$/.test(c.text)).map((c) => c.text);
          const meant = allowed.length ? `only ${allowed.join(', ')} (and loopback) should` : 'it should be reachable from loopback only (or through an authenticating proxy)';
          const ufw = rule.backend === 'ufw';
          const fix = ufw
            ? `\`ufw allow from 192.168.1.0/24 to any port ${service.port} proto ${service.proto}\` (your LAN), or no rule at all behind a reverse proxy`
            : rule.backend === 'nft'
              ? `\`ip saddr 192.168.1.0/24 ${service.proto} dport ${service.port} accept\``
              : `\`-s 192.168.1.0/24\` on that rule`;
          report({
            message: `${service.proto}/${service.port} (${service.name}) is accepted from beyond its intended sources (e.g. ${src.text}) by line ${lineOf(rule.origin)} \`${short(textOf(rule.origin))}\`${inactive ? ' once ufw is active (this answer does not enable it; ufw applies rules at once on a server where it is)' : ''}; ${meant}. Restrict the source, e.g. ${fix}.`,
            doc: rule.origin.doc,
            span: rule.origin.span,
          });
        }
      }
    };
    judge(replay.final, false);
    // Only ufw's own rules are judged here; the others were judged as they are.
    if (assumed) judge(assumed, true);
  },
});
