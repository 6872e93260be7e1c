/**
 * Applies one adapter operation to the model, the way the tool itself would:
 * a command the tool rejects (a chain that does not exist yet, a policy on a
 * user chain) changes nothing and becomes a Problem; `nft -f` and
 * `iptables-restore` are all-or-nothing.
 */
import type { Located } from '../plan/types';
import type { Chain, FirewallState, Rule, Table, TableFamily } from './model';
import type { FwOp, IptOp, IptRestoreOp, NftOp, Problem, RuleSpec, UfwOp } from './ops';
import { cloneState, findTable, freshIptTable, freshUfw, IPT_BUILTINS, IPT_TABLES, iptTable } from './state';
import { renderUfw } from './ufw-render';

export type FwEvent =
  /** A flush removed the rules of an input base chain whose policy stays DROP. */
  | { kind: 'flush-under-drop'; origin: Located; table: Table; chain: string; policyOrigin?: Located }
  | { kind: 'ufw-enable'; origin: Located }
  | { kind: 'ufw-reset'; origin: Located };

export interface ApplyContext {
  step: number;
  problems: Problem[];
  events: FwEvent[];
}

let nextRuleId = 1;

export const DOCKER_USER = 'DOCKER-USER';

export function makeRule(spec: RuleSpec, backend: Rule['backend'], step: number, extra: Partial<Rule> = {}): Rule {
  return { id: nextRuleId++, matches: spec.matches, verdict: spec.verdict, origin: spec.origin, step, backend, text: spec.text, ...extra };
}

export function applyOp(state: FirewallState, op: FwOp, cx: ApplyContext): void {
  switch (op.kind) {
    case 'ipt':
      applyIpt(state, op, cx);
      return;
    case 'ipt-restore':
      applyRestore(state, op, cx);
      return;
    case 'nft':
    case 'nft-batch': {
      // Atomic: try on a copy, keep it only when every command succeeded.
      const trial = cloneState(state);
      const local: ApplyContext = { step: cx.step, problems: [], events: [] };
      for (const o of op.kind === 'nft' ? [op] : op.ops) applyNft(trial, o, local);
      cx.problems.push(...local.problems);
      if (local.problems.length === 0) {
        Object.assign(state, trial);
        cx.events.push(...local.events);
      }
      return;
    }
    case 'ufw':
      applyUfw(state, op, cx);
      return;
  }
}

// ---------------------------------------------------------------- iptables

function isBuiltin(table: string, chain: string): boolean {
  return (IPT_BUILTINS[table] ?? []).some((b) => b.name === chain);
}


function checkTarget(table: Table, spec: RuleSpec, origin: Located, cx: ApplyContext, hint?: string): boolean {
  const v = spec.verdict;
  if ((v.kind === 'jump' || v.kind === 'goto') && !table.chains.get(v.target)) {
    if (hint || /^[A-Z]+$/.test(v.target)) {
      cx.problems.push({ kind: 'unknown-target', message: `unknown target '${v.target}': iptables has no such target and no chain of that name exists ("Couldn't load target")${hint ? `; did you mean ${hint}?` : ''}`, origin, suggestion: hint });
      return false;
    }
    cx.problems.push({ kind: 'missing-chain', message: `chain '${v.target}' does not exist in table ${table.name} at this point; create it first with -N ${v.target}`, origin });
    return false;
  }
  return true;
}

function applyIpt(state: FirewallState, op: IptOp, cx: ApplyContext, inRestore = false): boolean {
  const table = iptTable(state, op.family, op.table);
  const cmd = op.family === 'ip6' ? 'ip6tables' : 'iptables';
  if (!table) {
    cx.problems.push({ kind: 'missing-chain', message: `${cmd} has no table '${op.table}' (tables: ${IPT_TABLES.join(', ')})`, origin: op.origin });
    return false;
  }
  // The Docker daemon creates DOCKER-USER in the filter table (jumped to from FORWARD): an answer that
  // filters there, as Docker's "Packet filtering and firewalls" page does, relies on Docker running.
  const target = op.rule?.verdict.kind === 'jump' || op.rule?.verdict.kind === 'goto' ? op.rule.verdict.target : undefined;
  if (table.name === 'filter' && (op.chain === DOCKER_USER || target === DOCKER_USER) && !table.chains.has(DOCKER_USER)) {
    table.chains.set(DOCKER_USER, { name: DOCKER_USER, rules: [] });
  }
  const needChain = (): Chain | undefined => {
    const chain = op.chain ? table.chains.get(op.chain) : undefined;
    if (!chain) {
      const hint = op.chain && isBuiltin('filter', op.chain.toUpperCase()) && op.chain !== op.chain.toUpperCase() ? ` (chain names are case-sensitive: ${op.chain.toUpperCase()})` : '';
      cx.problems.push({
        kind: 'missing-chain',
        message: `chain '${op.chain}' does not exist in table ${op.table} at this point${hint}${hint ? '' : `; create it first with ${cmd} -t ${op.table} -N ${op.chain}`}`,
        origin: op.origin,
        suggestion: hint ? op.chain!.toUpperCase() : undefined,
      });
    }
    return chain;
  };
  switch (op.action) {
    case 'noop':
      return true;
    case 'append':
    case 'insert':
    case 'replace': {
      const chain = needChain();
      if (!chain || !op.rule || !checkTarget(table, op.rule, op.origin, cx, op.targetHint)) return false;
      const rule = makeRule(op.rule, 'iptables', cx.step);
      if (op.action === 'append') chain.rules.push(rule);
      else if (op.action === 'insert') chain.rules.splice(Math.max(0, (op.position ?? 1) - 1), 0, rule);
      else {
        const i = (op.position ?? 1) - 1;
        if (i >= chain.rules.length) {
          cx.problems.push({ kind: 'missing-chain', message: `there is no rule ${op.position} in chain ${op.chain} to replace at this point`, origin: op.origin });
          return false;
        }
        chain.rules[i] = rule;
      }
      return true;
    }
    case 'delete': {
      const chain = needChain();
      if (!chain) return false;
      let i = -1;
      if (op.position !== undefined) i = op.position - 1;
      else if (op.rule) i = chain.rules.findIndex((r) => sameRule(r.text, op.rule!.text));
      if (i < 0 || i >= chain.rules.length) return inRestore ? false : true; // iptables -D of a missing rule fails; harmless for the model
      chain.rules.splice(i, 1);
      return true;
    }
    case 'flush': {
      const chains = op.chain ? [needChain()].filter((c): c is Chain => !!c) : [...table.chains.values()];
      if (op.chain && chains.length === 0) return false;
      for (const c of chains) {
        if (c.base?.hook === 'input' && c.base.policy === 'drop' && table.name === 'filter' && !inRestore) {
          cx.events.push({ kind: 'flush-under-drop', origin: op.origin, table, chain: c.name, policyOrigin: c.base.policyOrigin });
        }
        c.rules = [];
      }
      return true;
    }
    case 'new-chain':
      if (!op.chain) return false;
      if (table.chains.has(op.chain)) {
        if (!inRestore) return true;
        return true;
      }
      table.chains.set(op.chain, { name: op.chain, rules: [], origin: op.origin });
      return true;
    case 'delete-chain':
      if (op.chain) {
        if (isBuiltin(op.table, op.chain)) return false;
        table.chains.delete(op.chain);
      } else for (const [k, c] of table.chains) if (!c.base) table.chains.delete(k);
      return true;
    case 'rename': {
      const chain = needChain();
      if (!chain || !op.newName) return false;
      table.chains.delete(chain.name);
      table.chains.set(op.newName, { ...chain, name: op.newName });
      return true;
    }
    case 'policy': {
      const chain = op.chain ? table.chains.get(op.chain) : undefined;
      if (chain && !chain.base) {
        cx.problems.push({ kind: 'policy-on-user-chain', message: `'${op.chain}' is a user-defined chain: only built-in chains have a policy (${cmd} says "Bad built-in chain name"); end the chain with a rule such as -A ${op.chain} -j DROP instead`, origin: op.origin });
        return false;
      }
      if (!chain) {
        needChain();
        return false;
      }
      chain.base = { ...chain.base!, policy: op.policy ?? 'accept', policyOrigin: op.origin, policyStep: cx.step };
      return true;
    }
  }
}

function sameRule(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/^\s*\S*(ip6?tables)\S*\s+/, '').replace(/-(A|D|I)\s+\S+(\s+\d+)?/, '').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

function applyRestore(state: FirewallState, op: IptRestoreOp, cx: ApplyContext): void {
  for (const t of op.tables) {
    if (!t.committed) {
      cx.problems.push({ kind: 'restore-missing-commit', message: `table *${t.name} has no COMMIT line: iptables-restore rejects the file ("COMMIT expected") and none of its rules are loaded`, origin: t.origin });
      return;
    }
    // Build the table on the side: a failing line leaves the kernel table as it was.
    const trial = cloneState(state);
    const local: ApplyContext = { step: cx.step, problems: [], events: [] };
    let table = iptTable(trial, op.family, t.name);
    if (!table) {
      cx.problems.push({ kind: 'missing-chain', message: `iptables-restore: no table '${t.name}'`, origin: t.origin });
      return;
    }
    if (!op.noflush) {
      const fresh = freshIptTable(op.family, t.name);
      for (const [name, c] of table.chains) if (c.base) fresh.chains.get(name)!.base = { ...c.base };
      trial.tables[trial.tables.indexOf(table)] = fresh;
      table = fresh;
    }
    let ok = true;
    for (const c of t.chains) {
      const existing = table.chains.get(c.name);
      if (existing?.base) {
        if (c.policy) existing.base = { ...existing.base, policy: c.policy, policyOrigin: c.origin, policyStep: cx.step };
      } else if (c.policy) {
        local.problems.push({ kind: 'policy-on-user-chain', message: `'${c.name}' is not a built-in chain of table ${t.name}: user chains take '-' instead of a policy`, origin: c.origin });
        ok = false;
      } else if (!existing) table.chains.set(c.name, { name: c.name, rules: [], origin: c.origin });
    }
    for (const c of t.commands) if (!applyIpt(trial, c, local, true)) ok = false;
    cx.problems.push(...local.problems);
    if (!ok || local.problems.length) return;
    Object.assign(state, trial);
  }
}

// ---------------------------------------------------------------- nftables

function nftTable(state: FirewallState, family: TableFamily, name: string): Table | undefined {
  return findTable(state, 'nft', family, name);
}

function applyNft(state: FirewallState, op: NftOp, cx: ApplyContext): void {
  const where = `${op.family} ${op.table}`;
  const table = nftTable(state, op.family, op.table);
  const missingTable = (): void => {
    cx.problems.push({ kind: 'missing-chain', message: `table ${where} does not exist at this point: add it first (nft add table ${where})`, origin: op.origin });
  };
  const chainOf = (): Chain | undefined => {
    if (!table) {
      if (!op.ifExists) missingTable();
      return undefined;
    }
    const c = op.chain ? table.chains.get(op.chain) : undefined;
    if (!c && !op.ifExists) cx.problems.push({ kind: 'missing-chain', message: `chain ${where} ${op.chain} does not exist at this point: add it first (nft add chain ${where} ${op.chain})`, origin: op.origin });
    return c;
  };
  switch (op.action) {
    case 'noop':
      return;
    case 'flush-ruleset':
      // Debian's iptables is iptables-nft: its tables live in the same ruleset and go too.
      state.tables = state.tables.filter((t) => t.backend !== 'nft').map((t) => freshIptTable(t.family as 'ip' | 'ip6', t.name));
      return;
    case 'add-table':
      if (!table) state.tables.push({ backend: 'nft', family: op.family, name: op.table, chains: new Map(), sets: new Map(), origin: op.origin });
      return;
    case 'delete-table':
      // `destroy table` of an absent table is not an error (nft(8)); `delete table` is.
      if (!table) return op.ifExists ? undefined : missingTable();
      state.tables = state.tables.filter((t) => t !== table);
      return;
    case 'flush-table':
      if (!table) return missingTable();
      for (const c of table.chains.values()) {
        if (c.base?.hook === 'input' && c.base.policy === 'drop') cx.events.push({ kind: 'flush-under-drop', origin: op.origin, table, chain: c.name, policyOrigin: c.base.policyOrigin });
        c.rules = [];
      }
      for (const s of table.sets.values()) {
        s.cidrs = [];
        s.ports = [];
      }
      return;
    case 'add-chain': {
      if (!table) return missingTable();
      const existing = table.chains.get(op.chain!);
      if (existing) {
        if (op.base && existing.base) {
          if (op.base.policy) existing.base = { ...existing.base, policy: op.base.policy, policyOrigin: op.origin, policyStep: cx.step };
        } else if (op.base && !existing.base) existing.base = { hook: op.base.hook, priority: op.base.priority, policy: op.base.policy ?? 'accept', policyOrigin: op.base.policy ? op.origin : undefined, policyStep: cx.step };
        return;
      }
      table.chains.set(op.chain!, {
        name: op.chain!,
        rules: [],
        origin: op.origin,
        base: op.base ? { hook: op.base.hook, priority: op.base.priority, policy: op.base.policy ?? 'accept', policyOrigin: op.base.policy ? op.origin : undefined, policyStep: cx.step } : undefined,
      });
      return;
    }
    case 'delete-chain':
      if (!chainOf()) return;
      table!.chains.delete(op.chain!);
      return;
    case 'flush-chain': {
      const c = chainOf();
      if (!c) return;
      if (c.base?.hook === 'input' && c.base.policy === 'drop') cx.events.push({ kind: 'flush-under-drop', origin: op.origin, table: table!, chain: c.name, policyOrigin: c.base.policyOrigin });
      c.rules = [];
      return;
    }
    case 'add-rule':
    case 'insert-rule': {
      const c = chainOf();
      if (!c || !op.rule) return;
      const v = op.rule.verdict;
      if ((v.kind === 'jump' || v.kind === 'goto') && !table!.chains.has(v.target)) {
        cx.problems.push({ kind: 'missing-chain', message: `${v.kind} target chain '${v.target}' does not exist in table ${where} at this point`, origin: op.origin });
        return;
      }
      for (const m of op.rule.matches) {
        if ((m.kind === 'src' || m.kind === 'dst' || m.kind === 'dport' || m.kind === 'sport') && m.set && !table!.sets.has(m.set)) {
          cx.problems.push({ kind: 'missing-chain', message: `set @${m.set} does not exist in table ${where} at this point`, origin: op.origin });
          return;
        }
      }
      const handle = Math.max(0, ...[...table!.chains.values()].flatMap((ch) => ch.rules.map((r) => r.handle ?? 0))) + 1;
      const rule = makeRule(op.rule, 'nft', cx.step, { handle });
      let at: number;
      if (op.handle !== undefined) {
        const i = c.rules.findIndex((r) => r.handle === op.handle);
        if (i < 0) {
          cx.problems.push({ kind: 'missing-chain', message: `no rule with handle ${op.handle} in chain ${where} ${op.chain}`, origin: op.origin });
          return;
        }
        at = op.action === 'add-rule' ? i + 1 : i;
      } else if (op.index !== undefined) at = op.action === 'add-rule' ? op.index + 1 : op.index;
      else at = op.action === 'add-rule' ? c.rules.length : 0;
      c.rules.splice(at, 0, rule);
      return;
    }
    case 'delete-rule': {
      const c = chainOf();
      if (!c) return;
      c.rules = c.rules.filter((r) => r.handle !== op.handle);
      return;
    }
    case 'add-set':
      if (!table) return missingTable();
      if (!table.sets.has(op.set!.name)) table.sets.set(op.set!.name, { name: op.set!.name, type: op.set!.type, cidrs: [...(op.elements?.cidrs ?? [])], ports: [...(op.elements?.ports ?? [])] });
      else if (op.elements) {
        const s = table.sets.get(op.set!.name)!;
        s.cidrs.push(...op.elements.cidrs);
        s.ports.push(...op.elements.ports);
      }
      return;
    case 'add-element':
    case 'delete-element':
    case 'flush-set': {
      if (!table) return op.ifExists ? undefined : missingTable();
      const s = table.sets.get(op.set!.name);
      if (!s) {
        if (op.ifExists) return;
        cx.problems.push({ kind: 'missing-chain', message: `set ${where} ${op.set!.name} does not exist at this point`, origin: op.origin });
        return;
      }
      if (op.action === 'flush-set') {
        s.cidrs = [];
        s.ports = [];
      } else if (op.action === 'add-element') {
        s.cidrs.push(...(op.elements?.cidrs ?? []));
        s.ports.push(...(op.elements?.ports ?? []));
      } else {
        const drop = new Set((op.elements?.cidrs ?? []).map((c) => `${c.lo}-${c.hi}`));
        s.cidrs = s.cidrs.filter((c) => !drop.has(`${c.lo}-${c.hi}`));
        const dp = new Set((op.elements?.ports ?? []).map((p) => `${p.lo}-${p.hi}`));
        s.ports = s.ports.filter((p) => !dp.has(`${p.lo}-${p.hi}`));
      }
      return;
    }
  }
}

// ---------------------------------------------------------------- ufw

function applyUfw(state: FirewallState, op: UfwOp, cx: ApplyContext): void {
  const u = state.ufw;
  switch (op.action) {
    case 'noop':
      return;
    case 'enable':
      u.enabled = true;
      u.enabledAt = { origin: op.origin, step: cx.step };
      cx.events.push({ kind: 'ufw-enable', origin: op.origin });
      break;
    case 'disable':
      u.enabled = false;
      break;
    case 'reload':
      break;
    case 'set-ipv6':
      // Takes effect on the next enable/reload; ufw is usually (re)enabled after editing the file.
      u.ipv6 = op.ipv6 ?? true;
      break;
    case 'reset': {
      const ipv6 = u.ipv6;
      state.ufw = { ...freshUfw(), ipv6 };
      cx.events.push({ kind: 'ufw-reset', origin: op.origin });
      break;
    }
    case 'default':
      if (op.direction && op.policy) {
        u.defaults = { ...u.defaults, [op.direction]: op.policy };
        u.defaultsOrigin = { ...u.defaultsOrigin, [op.direction]: op.origin };
      }
      break;
    case 'add':
    case 'insert':
    case 'prepend': {
      if (!op.rule) return;
      // ufw skips a rule it already has ("Skipping adding existing rule").
      if (u.rules.some((r) => r.key === op.rule!.key)) return;
      const rule = { ...op.rule, origin: op.origin, step: cx.step };
      const rules = [...u.rules];
      if (op.action === 'add') rules.push(rule);
      else if (op.action === 'prepend') rules.unshift(rule);
      else {
        const i = (op.position ?? 1) - 1;
        if (i < 0 || i > rules.length) {
          cx.problems.push({ kind: 'ufw-syntax', message: `ufw insert ${op.position}: there are only ${rules.length} rules at this point ("Invalid position")`, origin: op.origin });
          return;
        }
        rules.splice(i, 0, rule);
      }
      u.rules = rules;
      break;
    }
    case 'delete-rule':
      u.rules = u.rules.filter((r) => r.key !== op.rule?.key);
      break;
    case 'delete-num': {
      const i = (op.position ?? 0) - 1;
      if (i < 0 || i >= u.rules.length) {
        cx.problems.push({ kind: 'ufw-syntax', message: `ufw delete ${op.position}: there is no rule ${op.position} at this point ("Could not find rule")`, origin: op.origin });
        return;
      }
      u.rules = u.rules.filter((_, j) => j !== i);
      break;
    }
  }
  renderUfw(state, cx.step);
}
