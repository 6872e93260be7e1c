import type { Document, Span } from '../../core/document';
import { KNOWN_SERVICES, type KnownService } from '../../knowledge/services';
import { composeModel } from '../../model/compose';
import { defineRule, type RuleContext } from '../define';
import { dockerUserBlocks, firewallReplay } from '../../firewall/analysis';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i;

interface Published {
  hostAddress?: string;
  hostPort?: string;
  containerPort: string;
  /** Words naming what runs there: image, container or service name. */
  context: string;
  doc: Document;
  span: Span;
  /** Where `127.0.0.1:` goes for the fix, when the spec is short syntax. */
  insertAt?: Span['start'];
  how: string;
  source: 'run' | 'compose';
}

function firstPort(p: string | undefined): number | undefined {
  if (!p) return undefined;
  const n = Number(p.split('-')[0]);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The protected service behind a publish, if any: by image/name, by a distinctive container port, or by the intent's ports. */
function serviceOf(ctx: RuleContext, p: Published): { name: string; service?: KnownService } | undefined {
  const cport = firstPort(p.containerPort);
  const hport = firstPort(p.hostPort);
  const named = KNOWN_SERVICES.find((s) => s.names.test(p.context) && (cport === undefined || s.ports.includes(cport)));
  const byPort = KNOWN_SERVICES.find((s) => s.distinctivePort && cport !== undefined && s.ports.includes(cport));
  const found = named ?? byPort;
  // A service with its own login on (Open WebUI, Jupyter's token, llama.cpp with --api-key) is not unauthenticated.
  const s = found && !ctx.intent.ownLogin?.includes(found.name) ? found : undefined;
  const opened = (port: number | undefined) => ctx.intent.services.some((x) => x.port === port && x.allow.some((a) => !/^(127\.|::1)/.test(a)));
  if (s) return opened(hport) || opened(cport) ? undefined : { name: s.name, service: s };
  const policy = ctx.intent.services.find((x) => x.origin === 'policy' && (x.port === hport || x.port === cport));
  if (policy && !policy.allow.some((a) => !/^(127\.|::1)/.test(a))) return { name: policy.name };
  return undefined;
}

function publishes(ctx: RuleContext): Published[] {
  return ctx.memo('docker:published', () => {
    const out: Published[] = [];
    for (const s of ctx.plan.steps) {
      if (s.kind !== 'command' || s.info.tool !== 'docker' || !/^(run|create)$/.test(s.info.sub)) continue;
      const context = s.args.map((a) => a.text).join(' ');
      for (const p of s.info.publish) {
        const word = s.args.find((a) => a.span.start.row === p.span.start.row && a.span.start.column === p.span.start.column);
        const quote = word && /^["']/.test(word.raw) ? 1 : 0;
        const glued = word && /^-p\S/.test(word.text) ? 2 : word && /^--publish=/.test(word.text) ? 10 : 0;
        out.push({
          ...(p.hostAddress ? { hostAddress: p.hostAddress } : {}),
          hostPort: p.hostPort,
          containerPort: p.containerPort,
          context,
          doc: p.doc,
          span: p.span,
          insertAt: { row: p.span.start.row, column: p.span.start.column + quote + glued },
          source: 'run',
          how: `-p ${p.hostAddress ? `${p.hostAddress}:` : ''}${p.hostPort}:${p.containerPort}`,
        });
      }
    }
    for (const d of ctx.docsOf('compose')) {
      for (const svc of composeModel(d).services) {
        for (const p of svc.ports) {
          const quoted = /^["']/.test(d.text.split('\n')[p.span.start.row]?.slice(p.span.start.column) ?? '');
          out.push({
            ...(p.hostAddress ? { hostAddress: p.hostAddress } : {}),
            ...(p.hostPort ? { hostPort: p.hostPort } : {}),
            containerPort: p.containerPort,
            context: `${svc.name} ${svc.image ?? ''}`,
            doc: d,
            span: p.span,
            ...(p.long ? {} : { insertAt: { row: p.span.start.row, column: p.span.start.column + (quoted ? 1 : 0) } }),
            how: `ports: "${p.text}"`,
            source: 'compose',
          });
        }
      }
    }
    return out;
  });
}

/** Whether the answer uses ufw, and the ports its allow/limit rules name. */
function ufwUse(ctx: RuleContext): { used: boolean; allowed: Set<number> } {
  const allowed = new Set<number>();
  let used = false;
  for (const d of ctx.docsOf('ufw')) {
    used = true;
    for (const line of d.text.split('\n')) if (/\b(allow|limit)\b/.test(line)) for (const m of line.matchAll(/(?<![\d.])(\d{1,5})(?![\d.])/g)) allowed.add(Number(m[1]));
  }
  return { used, allowed };
}

export default defineRule({
  id: 'docker-port-all-interfaces',
  class: 'exposure',
  severity: 'error',
  summary: '`docker run -p PORT:PORT` / compose `ports: "PORT:PORT"` publishes a protected service on every interface, past ufw.',
  docs: {
    what: 'Reads `docker run|create -p` and compose `ports:` (short and long syntax). A port published without a host address (or on 0.0.0.0/::) for a protected service — Ollama, ComfyUI, vLLM …, or Open WebUI and Jupyter with their login turned off, by image, name or distinctive port, or a service of the policy — is an error. Any other port published on every interface in an answer that relies on ufw is a warning: ufw does not filter it.',
    why: 'Docker publishes ports with its own iptables rules in the nat table and the DOCKER chain, which packets reach before ufw\'s INPUT rules ever see them. `-p 11434:11434` therefore opens the model server to the whole internet even when `ufw status` says deny. Publish on loopback (`-p 127.0.0.1:11434:11434`) and put an authenticating proxy in front.',
    bad: { lang: 'markdown', text: '```bash\ndocker run -d --name ollama -p 11434:11434 ollama/ollama\n```\n' },
    good: { lang: 'markdown', text: '```bash\ndocker run -d --name ollama -p 127.0.0.1:11434:11434 ollama/ollama\n```\n' },
    references: ['https://docs.docker.com/engine/network/packet-filtering-firewalls/', 'https://docs.docker.com/reference/compose-file/services/#ports', 'https://docs.docker.com/reference/cli/docker/container/run/#publish'],
  },
  check(ctx, report) {
    // Next to iptables/nftables INPUT rules, docker-bypasses-firewall judges the other ports; ufw answers are ours.
    const ufw = ufwUse(ctx);
    for (const p of publishes(ctx)) {
      if (p.hostAddress && !/^(0\.0\.0\.0|::|\*)$/.test(p.hostAddress)) {
        if (LOOPBACK.test(p.hostAddress)) continue;
      }
      const everywhere = !p.hostAddress || /^(0\.0\.0\.0|::|\*)$/.test(p.hostAddress);
      if (!everywhere) continue;
      // The answer filters the published port in DOCKER-USER (Docker's documented place): outsiders are stopped there.
      if (dockerUserBlocks(firewallReplay(ctx).final, { hostPort: firstPort(p.hostPort), containerPort: firstPort(p.containerPort) })) continue;
      const fix = p.insertAt
        ? { fix: { description: 'publish on 127.0.0.1 only', edits: [{ doc: p.doc, span: { start: p.insertAt, end: p.hostAddress ? { row: p.insertAt.row, column: p.insertAt.column + p.hostAddress.length + 1 } : p.insertAt }, text: '127.0.0.1:' }] } }
        : {};
      const s = serviceOf(ctx, p);
      const where = p.hostPort ? `port ${p.hostPort}` : 'a random host port';
      if (s) {
        report({
          message: `\`${p.how}\` publishes ${s.name} on ${where} of every interface; Docker's own iptables rules let it past ufw — publish on 127.0.0.1 (\`127.0.0.1:${p.hostPort ?? ''}${p.hostPort ? ':' : ''}${p.containerPort}\`) and put an authenticating proxy in front`,
          doc: p.doc,
          span: p.span,
          ...fix,
        });
      } else if (ufw.used && !ufw.allowed.has(firstPort(p.hostPort) ?? -1)) {
        report({
          message: `\`${p.how}\` publishes ${where} on every interface, and Docker's iptables rules bypass ufw: this answer's ufw rules do not restrict it — publish on 127.0.0.1 or a specific address if it should not be public`,
          doc: p.doc,
          span: p.span,
          severity: 'warning',
          ...fix,
        });
      }
    }
  },
});
