import type { Document } from '../core/document';
import type { Finding } from '../core/findings';
import type { Plan } from '../plan/types';
import type { Intent, ProtectedService } from '../policy/types';
import { toFinding } from '../rules/define';
import { sandboxExposure } from '../rules/sandbox/sandbox-exposure';
import { sandboxLockout } from '../rules/sandbox/sandbox-lockout';
import { sandboxStepFailed } from '../rules/sandbox/sandbox-step-failed';
import { contains } from './addresses';
import type { Compiled } from './compile';
import { fallbackWhere, findLine, lastFirewallStep, stepWhere } from './locate';
import type { Vantage } from './matrix';
import type { ProbeMatrix, ProbeRow, StepLog } from './types';

function rowText(r: ProbeRow): string {
  return `${r.port}/tcp v${r.family} from ${r.vantage} (${r.from}) to ${r.to}: ${r.tcp}`;
}

function sameCell(a: ProbeRow, b: ProbeRow): boolean {
  return a.vantage === b.vantage && a.from === b.from && a.port === b.port;
}

/** Lockout: the admin's SSH, open before, is not after; or the session held across the change died. */
export function lockoutFindings(intent: Intent, vantages: Vantage[], before: ProbeMatrix, after: ProbeMatrix, plan: Plan, docs: Document[]): Finding[] {
  const admins = vantages.filter((v) => v.role === 'admin');
  const where = (() => {
    const s = lastFirewallStep(plan);
    return s ? stepWhere(s) : fallbackWhere(plan, docs);
  })();
  const out: Finding[] = [];
  for (const port of intent.ssh.ports) {
    const lost = after.rows.filter(
      (r) => r.port === port && admins.some((a) => a.addr === r.from) && r.tcp !== 'open' && before.rows.some((b) => sameCell(b, r) && b.tcp === 'open'),
    );
    const cut = (after.held ?? []).filter((h) => h.port === port && h.state !== 'alive');
    if (lost.length === 0 && cut.length === 0) continue;
    const parts: string[] = [];
    if (lost.length) parts.push(`new SSH connections to port ${port} from the admin's address${lost.length > 1 ? 'es' : ''} (${[...new Set(lost.map((r) => r.from))].join(', ')}) are ${[...new Set(lost.map((r) => r.tcp))].join('/')} after the change`);
    if (cut.length) parts.push(`the SSH session opened before the change was ${cut.map((c) => c.state).join('/')} after it`);
    out.push(
      toFinding(
        sandboxLockout,
        {
          message: `Lockout in the sandbox: ${parts.join('; ')}`,
          ...where,
          evidence: [
            ...lost.map((r) => ({ kind: 'probe' as const, text: `before: ${rowText(before.rows.find((b) => sameCell(b, r))!)}; after: ${rowText(r)}`, data: r })),
            ...cut.map((c) => ({ kind: 'probe' as const, text: `session held from ${c.vantage} to port ${c.port}: ${c.state}`, data: c })),
          ],
        },
        'sandbox',
      ),
    );
  }
  return out;
}

function allowedFor(service: ProtectedService, addr: string): boolean {
  return service.allow.some((c) => contains(c, addr));
}

const SERVICE_WORDS: Record<string, RegExp> = {
  ollama: /OLLAMA_HOST|ollama|11434/i,
};

/**
 * Exposure: a vantage outside a service's allowed ranges reaches it. Directly on
 * its port (a model server has no auth of its own), or through another port when
 * the answer put a proxy in front that hands the stand-in's reply out without
 * credentials.
 */
export function exposureFindings(intent: Intent, vantages: Vantage[], before: ProbeMatrix, after: ProbeMatrix, plan: Plan, docs: Document[]): Finding[] {
  const out: Finding[] = [];
  const remote = new Set(vantages.filter((v) => v.role !== 'loopback').map((v) => v.addr));
  for (const svc of intent.services) {
    if (svc.proto !== 'tcp') continue;
    const direct = after.rows.filter((r) => remote.has(r.from) && r.port === svc.port && r.tcp === 'open' && !allowedFor(svc, r.from));
    const newly = direct.filter((r) => !before.rows.some((b) => sameCell(b, r) && b.tcp === 'open'));
    const proxied = after.rows.filter(
      (r) =>
        remote.has(r.from) &&
        r.port !== svc.port &&
        !allowedFor(svc, r.from) &&
        Object.values(r.http ?? {}).some((h) => h.noauth.status !== null && h.noauth.status < 400 && h.noauth.standin && standinMatches(h.noauth.standin, svc)),
    );
    const rows = [...newly, ...proxied];
    if (rows.length === 0) continue;
    const words = SERVICE_WORDS[svc.name.toLowerCase()] ?? new RegExp(`${svc.name}|\\b${svc.port}\\b`, 'i');
    const proxyPorts = [...new Set(proxied.map((r) => r.port))];
    const where =
      (proxied.length && !newly.length ? findLine(plan, /proxy_pass|reverse_proxy|return\s+200|auth_request|satisfy|allow all/) : undefined) ??
      findLine(plan, words) ??
      (lastFirewallStep(plan) ? stepWhere(lastFirewallStep(plan)!) : fallbackWhere(plan, docs));
    const from = [...new Set(rows.map((r) => `${r.vantage} (${r.from})`))].join(', ');
    const how = [
      newly.length ? `port ${svc.port} directly${newly.some((r) => r.family === 6) && !newly.some((r) => r.family === 4) ? ' over IPv6' : ''}` : '',
      proxyPorts.length ? `through port ${proxyPorts.join(', ')} without credentials` : '',
    ].filter(Boolean);
    out.push(
      toFinding(
        sandboxExposure,
        {
          message: `Exposure in the sandbox: ${svc.name} is reachable from ${from} via ${how.join(' and ')}; allowed: ${svc.allow.length ? svc.allow.join(', ') : 'loopback only'}`,
          ...where,
          evidence: rows.map((r) => ({ kind: 'probe' as const, text: rowText(r) + (r.http ? ` http ${JSON.stringify(r.http)}` : ''), data: r })),
        },
        'sandbox',
      ),
    );
  }
  return out;
}

function standinMatches(standin: string, svc: ProtectedService): boolean {
  return standin === standinFor(svc).name;
}

/** Which stand-in plays a protected service, and how it starts on a fresh server (loopback, its default port). */
export function standinFor(svc: ProtectedService): { name: string; unit?: string; args: string[] } {
  const n = svc.name.toLowerCase();
  const table: Array<[RegExp, string]> = [
    [/ollama/, 'ollama'],
    [/vllm/, 'vllm'],
    [/jupyter/, 'jupyter'],
    [/open.?webui/, 'open-webui'],
    [/text.?generation|oobabooga|tgwui/, 'text-generation-webui'],
    [/comfy/, 'comfyui'],
    [/llama/, 'llama-server'],
  ];
  const name = table.find(([re]) => re.test(n))?.[1] ?? 'llama-server';
  if (name === 'ollama' && svc.port === 11434) return { name, unit: 'ollama', args: [] };
  return { name, args: ['--host', '127.0.0.1', '--port', String(svc.port)] };
}

/** Commands that failed or timed out in the sandbox. */
export function stepFailures(log: StepLog[], compiled: Compiled): Finding[] {
  const out: Finding[] = [];
  for (const e of log) {
    if (e.phase !== 'apply' || e.rc === 0 || e.index === undefined) continue;
    const pos = compiled.steps.findIndex((s) => s.index === e.index);
    const origin = compiled.origin[pos]?.[0];
    if (!origin) continue;
    out.push(
      toFinding(
        sandboxStepFailed,
        {
          message: e.rc === null ? `\`${e.what}\` timed out in the sandbox` : `\`${e.what}\` exited with ${e.rc} in the sandbox: ${(e.out ?? '').trim().split('\n').pop()?.slice(0, 200) ?? ''}`,
          ...stepWhere(origin),
          evidence: [{ kind: 'trace', text: (e.out ?? '').trim().slice(-1500) }],
        },
        'sandbox',
      ),
    );
  }
  return out;
}
