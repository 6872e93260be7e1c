import { defineRule } from '../define';
import type { Span } from '../../core/document';
import { bindFlagsIn, bindsEverywhere, defaultBindsEverywhere, hostOf, launchedService, KNOWN_SERVICES, type KnownService } from '../../knowledge/services';
import { entriesOf, parseEnvironment, splitExecLine, type UnitFile } from '../../model/systemd';
import { unitsOf } from './units';
import type { RuleContext } from '../define';
import { answerAllowedSources, firewallReplay, outsider, touched } from '../../firewall/analysis';
import { evaluate } from '../../firewall/evaluate';
import { LOOPBACK } from '../../firewall/addr';

/**
 * The source ranges the answer's own firewall lets reach `port`, when that
 * firewall really confines the port to them: an accept naming sources
 * (`ufw allow from 192.168.1.0/24 to any port 11434`) and a new connection
 * from an outsider dropped or rejected, over IPv4 and IPv6 alike. Anything less
 * certain (no firewall step, ufw never enabled, a 'mixed' verdict) is undefined,
 * and the bind stays an exposure.
 */
function confinedBy(ctx: RuleContext, port: number): string[] | undefined {
  const replay = firewallReplay(ctx);
  if (!touched(replay)) return undefined;
  const allowed = answerAllowedSources(replay.final, port);
  if (!allowed.length) return undefined;
  for (const family of ['ip', 'ip6'] as const) {
    const src = outsider(family, [...allowed, LOOPBACK.ip, LOOPBACK.ip6]);
    if (!src) return undefined;
    const e = evaluate(replay.final, { family, proto: 'tcp', src, dport: port, sport: 40000, ct: 'new' });
    if (e.verdict !== 'drop' && e.verdict !== 'reject') return undefined;
  }
  return allowed.map((c) => c.text);
}

/** Re-exported for callers that imported it from here; the logic lives in the known-services table. */
export { hostOf };

export default defineRule({
  id: 'systemd-model-server-exposed',
  class: 'exposure',
  severity: 'error',
  summary: 'A unit makes a model server (Ollama, llama.cpp, vLLM, Jupyter, …) listen on every interface, or accept any web origin.',
  docs: {
    what: 'Reads `Environment=` and `ExecStart=` of every unit and drop-in for the bind settings of known model servers and dashboards (`OLLAMA_HOST`, `--host`, `--listen`, `--ip`, …) and reports an address that means "all interfaces", a server whose own default is every interface (vLLM, Open WebUI) started with no bind setting, and `OLLAMA_ORIGINS=*`. Servers with a login of their own (Jupyter\'s token, Open WebUI, llama.cpp with `--api-key`) count only when the answer turns it off.',
    why: 'These servers have no authentication of their own. Bound to 0.0.0.0 or `::` they answer anyone who can reach the machine — and ports opened this way are often reachable even behind ufw when Docker or a cloud security group is involved. `OLLAMA_ORIGINS=*` lets any web page the user visits drive the API from the browser. Keep them on 127.0.0.1 and put an authenticating proxy in front.',
    bad: { lang: 'systemd', filename: '/etc/systemd/system/ollama.service.d/override.conf', text: '[Service]\nEnvironment="OLLAMA_HOST=0.0.0.0:11434"\n' },
    good: { lang: 'systemd', filename: '/etc/systemd/system/ollama.service.d/override.conf', text: '[Service]\nEnvironment="OLLAMA_HOST=127.0.0.1:11434"\n' },
    references: [
      'https://github.com/ollama/ollama/blob/main/docs/faq.md#how-do-i-configure-ollama-server',
      'https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=',
    ],
  },
  check(ctx, report) {
    const opened = (s: KnownService) => exposureExcused(ctx, s);
    for (const unit of unitsOf(ctx)) {
      const boundByEnv = new Set<KnownService>();
      for (const e of entriesOf(unit, 'Environment')) {
        for (const a of parseEnvironment(e).assignments) {
          if (a.name === 'OLLAMA_ORIGINS' && a.value.split(',').some((o) => o.trim() === '*')) {
            report({ message: '`OLLAMA_ORIGINS=*` lets any web page the user opens call the Ollama API from the browser; list the origins that need it', doc: unit.doc, span: a.span });
          }
          for (const s of KNOWN_SERVICES) {
            const bind = s.bindEnv.find((b) => b.name === a.name);
            if (!bind) continue;
            if (bind.name === 'HOST' && !mentions(unit, s)) continue; // HOST is too generic on its own
            boundByEnv.add(s);
            if (opened(s)) continue;
            if (bindsEverywhere(a.value, bind.holds)) report(exposed(unit, s, `${a.name}=${a.value}`, a.span));
          }
        }
      }
      for (const e of entriesOf(unit, 'ExecStart')) {
        const cmds = splitExecLine(e.value).commands;
        for (const c of cmds) {
          const texts = c.words.map((w) => w.text);
          const s = KNOWN_SERVICES.find((k) => k.bindFlags.length && (k.names.test(texts.join(' ')) || mentions(unit, k)));
          if (!s || opened(s)) continue;
          const flags = bindFlagsIn(s, texts);
          for (const f of flags) {
            if (!f.everywhere) continue;
            const w = c.words[f.index];
            const end = !f.inline && f.value !== undefined ? c.words[f.index + 1].end : w.end;
            report(exposed(unit, s, f.value === undefined ? f.flag : `${f.flag} ${f.value}`, { start: e.pointAt(w.start), end: after(e.pointAt(end - 1)) }));
          }
          // No bind flag and no bind variable: the service's own default decides (vLLM: 0.0.0.0:8000).
          if (flags.length || boundByEnv.has(s) || launchedService(texts) !== s || !defaultBindsEverywhere(s)) continue;
          const w = c.words[0];
          report(exposed(unit, s, `${w.text}\` without \`${s.bindFlags[0]}`, { start: e.pointAt(w.start), end: after(e.pointAt(w.end - 1)) }, ` (its default is ${s.defaultBind})`));
        }
      }
    }
  },
});

/**
 * Why a model server on every interface is not an exposure: the policy
 * deliberately opens it to other networks, the answer's own firewall confines it
 * to the ranges it names (DESIGN.md, Intent), or it asks for credentials itself
 * (Open WebUI, Jupyter, llama.cpp with --api-key) and the policy does not name it.
 * Shared with shell-model-server-exposed.
 */
export function exposureExcused(ctx: RuleContext, s: KnownService): boolean {
  return (
    selfGuarded(ctx, s) ||
    ctx.intent.services.some((p) => s.ports.includes(p.port) && p.allow.some((a) => !/^(127\.|::1)/.test(a))) ||
    (s.ports.length > 0 && s.ports.every((port) => confinedBy(ctx, port) !== undefined))
  );
}

/** The service asks for credentials itself in this answer and the policy does not name it. */
export function selfGuarded(ctx: RuleContext, s: KnownService): boolean {
  return (ctx.intent.ownLogin ?? []).includes(s.name) && !ctx.intent.services.some((p) => p.origin === 'policy' && s.ports.includes(p.port));
}

function mentions(unit: UnitFile, s: KnownService): boolean {
  return s.names.test(unit.unitName ?? '') || s.names.test(unit.doc.path ?? '') || unit.entries.some((e) => /^(Description|ExecStart)$/.test(e.key) && s.names.test(e.value));
}

function exposed(unit: UnitFile, s: KnownService, what: string, span: Span, why = '') {
  return {
    message: `\`${what}\` makes ${s.name} listen on every interface${why}; it has no login of its own — bind it to 127.0.0.1 and put an authenticating proxy in front`,
    doc: unit.doc,
    span,
  };
}

const after = (p: { row: number; column: number }) => ({ row: p.row, column: p.column + 1 });
