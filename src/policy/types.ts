import type { Severity } from '../core/findings';

/** airlock.json as the user writes it (schema/policy.schema.json). */
export interface PolicyFile {
  ssh?: {
    /** The admin's SSH port(s); default 22. */
    port?: number | number[];
    /** Addresses the admin connects from (CIDR); default anywhere. */
    from?: string[];
  };
  services?: Array<{
    name: string;
    port: number;
    proto?: 'tcp' | 'udp';
    /** Who may reach it (CIDR); default loopback only. */
    allow?: string[];
  }>;
  /** Networks the admin trusts (e.g. the LAN). */
  trustedNetworks?: string[];
  /** Per-rule overrides: 'off' or a severity. */
  rules?: Record<string, 'off' | Severity>;
}

export interface ProtectedService {
  name: string;
  port: number;
  proto: 'tcp' | 'udp';
  /** CIDRs allowed to reach it. Loopback is always allowed. */
  allow: string[];
  /** Where this entry came from. */
  origin: 'policy' | 'default';
}

/** What the person wants, resolved from policy, the answer itself, and defaults. */
export interface Intent {
  ssh: {
    ports: number[];
    /** CIDRs the admin connects from; ['0.0.0.0/0', '::/0'] when unknown. */
    adminSources: string[];
    /** True when the policy named the ports (an sshd_config Port in the answer may refine it otherwise). */
    fromPolicy: boolean;
  };
  services: ProtectedService[];
  /**
   * Known services (by name, src/knowledge/services.ts) whose own login is on in
   * this answer, and which are therefore not in `services` by default.
   */
  ownLogin?: string[];
  trustedNetworks: string[];
  ruleOverrides: Record<string, 'off' | Severity>;
}
