import { SandboxUnavailable } from '../core/errors';
import type { Finding } from '../core/findings';

/** What a TCP connect saw: a SYN-ACK, a RST/ICMP reject, or silence until the timeout. */
export type TcpState = 'open' | 'refused' | 'filtered' | 'error';

export interface HttpResult {
  status: number | null;
  /** The stand-in that answered (its X-Airlock-Standin header): the protected service itself was reached. */
  standin?: string;
  error?: string;
  noClientCert?: boolean;
}

export interface HttpProbe {
  noauth: HttpResult;
  /** With the credentials the answer set up (basic auth). */
  auth?: HttpResult;
  /** Over TLS with the client certificate the answer made. */
  clientCert?: HttpResult;
}

/** One cell of the matrix: one vantage, one port, one address family. */
export interface ProbeRow {
  vantage: string;
  /** Source address the probe left from. */
  from: string;
  /** Address probed on the target. */
  to: string;
  family: 4 | 6;
  port: number;
  tcp: TcpState;
  /** Not probed in this phase; inferred from the listening sockets (nothing listened). */
  inferred?: boolean;
  tls?: boolean;
  http?: Record<string, HttpProbe>;
}

/** An SSH session opened before the change from the admin vantage (iptables-apply's test). */
export interface HeldSession {
  vantage: string;
  port: number;
  /** alive: the server still answers on it; stalled: silence (DROP); reset/closed: torn down. */
  state: 'alive' | 'stalled' | 'reset' | 'closed' | 'not-opened' | string;
}

export interface Listener {
  addr: string;
  port: number;
  process: string | null;
}

export interface ProbeMatrix {
  rows: ProbeRow[];
  listeners: Listener[];
  held?: HeldSession[];
}

export interface StepLog {
  phase: 'topology' | 'baseline' | 'probe' | 'apply' | 'validate' | 'cleanup';
  /** Plan step index for apply/validate entries. */
  index?: number;
  what: string;
  rc?: number | null;
  ms: number;
  out?: string;
  notes?: string[];
}

export interface SandboxResult {
  findings: Finding[];
  before: ProbeMatrix;
  after: ProbeMatrix;
  /** Unified diff of the two matrices as text (made with `diff`). */
  matrixDiff: string;
  log: StepLog[];
}

export interface SandboxOptions {
  progress?: (msg: string) => void;
  /** Upper bound on the whole run; containers are killed when it passes. Default 120 s. */
  timeoutMs?: number;
}

/** Docker is missing, unreachable or unable to run the sandbox. The CLI exits 3 with `message`. */
export class SandboxUnavailableError extends SandboxUnavailable {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(hint ? `${message} (${hint})` : message);
    this.name = 'SandboxUnavailableError';
  }
}
