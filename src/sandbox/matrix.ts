import { createTwoFilesPatch } from 'diff';
import type { VantagePlan } from './addresses';
import type { HeldSession, HttpProbe, Listener, ProbeMatrix, ProbeRow } from './types';

/** A vantage with its concrete address (docker-assigned IPv6 ones are known only after start). */
export type Vantage = VantagePlan;

export interface ProbeJob {
  id: string;
  src: string;
  dst: string;
  port: number;
  http?: { paths: string[]; creds: string | null };
  tls?: { cert: string; key: string };
  hold?: boolean;
}

export const HTTP_PATHS = ['/', '/api/tags'];

export function jobId(v: Vantage, port: number): string {
  return `${v.name}|${v.addr}|${port}`;
}

export function buildJobs(
  vantages: Vantage[],
  targetAddr: (v: Vantage) => string,
  ports: number[],
  sshPorts: number[],
  creds: string | null,
  clientCert?: { cert: string; key: string },
): ProbeJob[] {
  const jobs: ProbeJob[] = [];
  for (const v of vantages) {
    for (const port of ports) {
      const http = sshPorts.includes(port) ? undefined : { paths: HTTP_PATHS, creds };
      jobs.push({ id: jobId(v, port), src: v.addr, dst: targetAddr(v), port, ...(http ? { http } : {}), ...(clientCert && http ? { tls: clientCert } : {}) });
    }
  }
  return jobs;
}

interface RawResult {
  tcp: string;
  tls?: boolean;
  http?: Record<string, HttpProbe>;
}

export function toRows(vantages: Vantage[], targetAddr: (v: Vantage) => string, ports: number[], raw: Record<string, RawResult>): ProbeRow[] {
  const rows: ProbeRow[] = [];
  for (const v of vantages) {
    for (const port of ports) {
      const r = raw[jobId(v, port)];
      if (!r) continue;
      const tcp = (['open', 'refused', 'filtered'].includes(r.tcp) ? r.tcp : 'error') as ProbeRow['tcp'];
      rows.push({ vantage: v.name, from: v.addr, to: targetAddr(v), family: v.family, port, tcp, ...(r.tls ? { tls: true } : {}), ...(r.http ? { http: r.http } : {}) });
    }
  }
  return rows;
}

/**
 * Rows for ports a phase did not probe (a port that only started listening after
 * the change): nothing listened, so the connection could not have been accepted.
 */
export function fillInferred(m: ProbeMatrix, like: ProbeMatrix): void {
  const have = new Set(m.rows.map((r) => `${r.vantage}|${r.from}|${r.port}`));
  for (const r of like.rows) {
    if (!have.has(`${r.vantage}|${r.from}|${r.port}`)) m.rows.push({ vantage: r.vantage, from: r.from, to: r.to, family: r.family, port: r.port, tcp: 'refused', inferred: true });
  }
  m.rows.sort(rowOrder);
}

function rowOrder(a: ProbeRow, b: ProbeRow): number {
  return a.port - b.port || a.vantage.localeCompare(b.vantage) || a.family - b.family || a.from.localeCompare(b.from);
}

/** One line per cell, stable, so two matrices diff line by line. */
export function renderMatrix(m: ProbeMatrix): string {
  const lines = [...m.rows].sort(rowOrder).map((r) => {
    let cell: string = r.tcp;
    if (r.http) {
      const parts = Object.entries(r.http).map(([path, h]) => {
        const s = (x?: { status: number | null; standin?: string; error?: string }) => (x ? `${x.status ?? x.error ?? '-'}${x.standin ? `(${x.standin})` : ''}` : '');
        return `${path} ${s(h.noauth)}${h.auth ? ` auth:${s(h.auth)}` : ''}${h.clientCert ? ` cert:${s(h.clientCert)}` : ''}`;
      });
      cell += `${r.tls ? ' tls' : ''} http[${parts.join('; ')}]`;
    }
    return `${r.port}/tcp v${r.family} ${r.vantage} ${r.from} -> ${r.to}: ${cell}`;
  });
  for (const h of m.held ?? []) lines.push(`held ssh session ${h.vantage} :${h.port}: ${h.state}`);
  return lines.join('\n') + '\n';
}

export function matrixDiff(before: ProbeMatrix, after: ProbeMatrix): string {
  return createTwoFilesPatch('before', 'after', renderMatrix(before), renderMatrix(after), 'reachability before the change', 'reachability after the change', { context: 0 });
}

export function held(raw: Record<string, { state: string }> | undefined, byId: Map<string, { vantage: string; port: number }>): HeldSession[] {
  const out: HeldSession[] = [];
  for (const [id, where] of byId) out.push({ vantage: where.vantage, port: where.port, state: raw?.[id]?.state ?? 'not-opened' });
  return out;
}

export function listenerPorts(ls: Listener[]): number[] {
  return [...new Set(ls.map((l) => l.port))];
}
