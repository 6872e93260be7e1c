/**
 * The state of the server's packet filter between plan steps. The start state is
 * a freshly installed Debian/Ubuntu server: iptables tables with no rules and
 * ACCEPT policies, no nftables tables, ufw installed but inactive.
 */
import type { Located } from '../plan/types';
import type { AddrFamily, Backend, Chain, FirewallState, Hook, Table, TableFamily, UfwState } from './model';

/** Built-in chains of the iptables tables and the priority their hook runs at (nft's equivalents). */
export const IPT_BUILTINS: Record<string, Array<{ name: string; hook: Hook; priority: number }>> = {
  filter: [
    { name: 'INPUT', hook: 'input', priority: 0 },
    { name: 'FORWARD', hook: 'forward', priority: 0 },
    { name: 'OUTPUT', hook: 'output', priority: 0 },
  ],
  nat: [
    { name: 'PREROUTING', hook: 'prerouting', priority: -100 },
    { name: 'INPUT', hook: 'input', priority: 100 },
    { name: 'OUTPUT', hook: 'output', priority: -100 },
    { name: 'POSTROUTING', hook: 'postrouting', priority: 100 },
  ],
  mangle: [
    { name: 'PREROUTING', hook: 'prerouting', priority: -150 },
    { name: 'INPUT', hook: 'input', priority: -150 },
    { name: 'FORWARD', hook: 'forward', priority: -150 },
    { name: 'OUTPUT', hook: 'output', priority: -150 },
    { name: 'POSTROUTING', hook: 'postrouting', priority: -150 },
  ],
  raw: [
    { name: 'PREROUTING', hook: 'prerouting', priority: -300 },
    { name: 'OUTPUT', hook: 'output', priority: -300 },
  ],
  security: [
    { name: 'INPUT', hook: 'input', priority: 50 },
    { name: 'FORWARD', hook: 'forward', priority: 50 },
    { name: 'OUTPUT', hook: 'output', priority: 50 },
  ],
};

export const IPT_TABLES = Object.keys(IPT_BUILTINS);

export function freshIptTable(family: AddrFamily, name: string): Table {
  const chains = new Map<string, Chain>();
  for (const b of IPT_BUILTINS[name] ?? []) {
    chains.set(b.name, { name: b.name, base: { hook: b.hook, priority: b.priority, policy: 'accept' }, rules: [] });
  }
  return { backend: 'iptables', family, name, chains, sets: new Map() };
}

export function freshUfw(): UfwState {
  return {
    enabled: false,
    ipv6: true,
    defaults: { incoming: 'deny', outgoing: 'allow', routed: 'deny' },
    defaultsOrigin: {},
    rules: [],
  };
}

export interface StartOptions {
  /** ufw already enabled before the answer runs (policy: the server's known state). */
  ufwEnabled?: boolean;
}

export function freshState(_opts: StartOptions = {}): FirewallState {
  const tables: Table[] = [];
  for (const family of ['ip', 'ip6'] as const) for (const name of IPT_TABLES) tables.push(freshIptTable(family, name));
  return { tables, ufw: freshUfw(), files: new Map(), published: [] };
}

export function findTable(state: FirewallState, backend: Backend, family: TableFamily, name: string): Table | undefined {
  // ufw keeps its chains in iptables' filter table, as the real one does.
  const b = backend === 'ufw' ? 'iptables' : backend;
  return state.tables.find((t) => t.backend === b && t.family === family && t.name === name);
}

export function iptTable(state: FirewallState, family: AddrFamily, name: string): Table | undefined {
  return findTable(state, 'iptables', family, name);
}

/** Deep enough to let the next step change it without touching this snapshot; rules are immutable and shared. */
export function cloneState(s: FirewallState): FirewallState {
  return {
    tables: s.tables.map(cloneTable),
    ufw: { ...s.ufw, defaults: { ...s.ufw.defaults }, defaultsOrigin: { ...s.ufw.defaultsOrigin }, rules: [...s.ufw.rules] },
    files: new Map(s.files),
    published: [...s.published],
  };
}

export function cloneTable(t: Table): Table {
  const chains = new Map<string, Chain>();
  for (const [k, c] of t.chains) chains.set(k, { ...c, base: c.base ? { ...c.base } : undefined, rules: [...c.rules] });
  const sets = new Map([...t.sets].map(([k, v]) => [k, { ...v, cidrs: [...v.cidrs], ports: [...v.ports] }]));
  return { ...t, chains, sets };
}

/** Base chains on a hook that see packets of a family, in the order the kernel runs them. */
export function baseChainsFor(state: FirewallState, family: AddrFamily, hook: Hook): Array<{ table: Table; chain: Chain }> {
  const out: Array<{ table: Table; chain: Chain }> = [];
  for (const table of state.tables) {
    if (table.family !== family && table.family !== 'inet') continue;
    // nat chains never filter; the model asks about filtering only.
    if (table.backend === 'iptables' && table.name === 'nat') continue;
    for (const chain of table.chains.values()) {
      if (chain.base?.hook === hook) out.push({ table, chain });
    }
  }
  // Stable sort: equal priorities keep table order (the kernel's is registration order).
  return out.sort((a, b) => a.chain.base!.priority - b.chain.base!.priority);
}

export function policyOf(chain: Chain): { policy: 'accept' | 'drop'; origin?: Located } {
  return { policy: chain.base?.policy ?? 'accept', origin: chain.base?.policyOrigin };
}
