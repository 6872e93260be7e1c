import { defineRule } from '../define';
import type { Span } from '../../core/document';
import { KNOWN_SERVICES, type KnownService } from '../../knowledge/services';
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

/** Host parts that mean "every interface". */
const ALL_INTERFACES = new Set(['0.0.0.0', '::', '[::]', '*', '']);

/** The host part of `host`, `host:port`, `[v6]:port`, `:port` or `http://host:port`. */
export function hostOf(value: string, holds: 'host' | 'host:port'): string {
  let v = value.trim().replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '');
  if (holds === 'host') return v;
  const bracket = /^(\[[^\]]*\])(?::\d+)?$/.exec(v);
  if (bracket) return bracket[1];
  if ((v.match(/:/g) ?? []).length === 1) v = v.slice(0, v.indexOf(':'));
  return v;
}

export default defineRule({
  id: 'systemd-model-server-exposed',
  class: 'exposure',
  severity: 'error',
  summary: 'A unit makes a model server (Ollama, llama.cpp, vLLM, Jupyter, …) listen on every interface, or accept any web origin.',
  docs: {
    what: 'Reads `Environment=` and `ExecStart=` of every unit and drop-in for the bind settings of known model servers and dashboards (`OLLAMA_HOST`, `--host`, `--listen`, `--ip`, …) and reports an address that means "all interfaces", and `OLLAMA_ORIGINS=*`.',
    why: 'These servers have no authentication of their own. Bound to 0.0.0.0 or `::` they answer anyone who can reach the machine — and ports opened this way are often reachable even behind ufw when Docker or a cloud security group is involved. `OLLAMA_ORIGINS=*` lets any web page the user visits drive the API from the browser. Keep them on 127.0.0.1 and put an authenticating proxy in front.',
    bad: { lang: 'systemd', filename: '/etc/systemd/system/ollama.service.d/override.conf', text: '[Service]\nEnvironment="OLLAMA_HOST=0.0.0.0:11434"\n' },
    good: { lang: 'systemd', filename: '/etc/systemd/system/ollama.service.d/override.conf', text: '[Service]\nEnvironment="OLLAMA_HOST=127.0.0.1:11434"\n' },
    references: [
      'https://github.com/ollama/ollama/blob/main/docs/faq.md#how-do-i-configure-ollama-server',
      'https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=',
    ],
  },
  check(ctx, report) {
    // A service the policy deliberately opens to other networks is intent, not exposure.
    // So is one the answer's own firewall confines to the ranges it names (DESIGN.md, Intent).
    const opened = (s: KnownService) =>
      ctx.intent.services.some((p) => s.ports.includes(p.port) && p.allow.some((a) => !/^(127\.|::1)/.test(a))) ||
      (s.ports.length > 0 && s.ports.every((port) => confinedBy(ctx, port) !== undefined));
    for (const unit of unitsOf(ctx)) {
      for (const e of entriesOf(unit, 'Environment')) {
        for (const a of parseEnvironment(e).assignments) {
          if (a.name === 'OLLAMA_ORIGINS' && a.value.split(',').some((o) => o.trim() === '*')) {
            report({ message: '`OLLAMA_ORIGINS=*` lets any web page the user opens call the Ollama API from the browser; list the origins that need it', doc: unit.doc, span: a.span });
          }
          for (const s of KNOWN_SERVICES) {
            const bind = s.bindEnv.find((b) => b.name === a.name);
            if (!bind || opened(s)) continue;
            if (bind.name === 'HOST' && !mentions(unit, s)) continue; // HOST is too generic on its own
            const host = hostOf(a.value, bind.holds);
            if (ALL_INTERFACES.has(host)) report(exposed(unit, s, `${a.name}=${a.value}`, a.span));
          }
        }
      }
      for (const e of entriesOf(unit, 'ExecStart')) {
        const cmds = splitExecLine(e.value).commands;
        for (const c of cmds) {
          const s = KNOWN_SERVICES.find((k) => k.bindFlags.length && (k.names.test(c.words.map((w) => w.text).join(' ')) || mentions(unit, k)));
          if (!s || opened(s)) continue;
          c.words.forEach((w, i) => {
            const [flag, inline] = w.text.split(/=(.*)/s, 2);
            if (!s.bindFlags.includes(flag)) return;
            const next = c.words[i + 1];
            const value = inline ?? (next && !next.text.startsWith('-') ? next.text : undefined);
            const everywhere = value === undefined ? flag === '--listen' : ALL_INTERFACES.has(hostOf(value, 'host'));
            if (!everywhere) return;
            const end = inline === undefined && value !== undefined ? next.end : w.end;
            report(exposed(unit, s, value === undefined ? flag : `${flag} ${value}`, { start: e.pointAt(w.start), end: after(e.pointAt(end - 1)) }));
          });
        }
      }
    }
  },
});

function mentions(unit: UnitFile, s: KnownService): boolean {
  return s.names.test(unit.unitName ?? '') || s.names.test(unit.doc.path ?? '') || unit.entries.some((e) => /^(Description|ExecStart)$/.test(e.key) && s.names.test(e.value));
}

function exposed(unit: UnitFile, s: KnownService, what: string, span: Span) {
  return {
    message: `\`${what}\` makes ${s.name} listen on every interface; it has no login of its own — bind it to 127.0.0.1 and put an authenticating proxy in front`,
    doc: unit.doc,
    span,
  };
}

const after = (p: { row: number; column: number }) => ({ row: p.row, column: p.column + 1 });
