import type { Compiled } from './compile';

/**
 * When the target can be reset in place instead of replaced: the answer touched
 * only the packet filter and the files the reset restores (airlock-target's
 * FIREWALL_PATHS). Anything else — a unit, a daemon, a package, a file elsewhere,
 * a command substitution we cannot see through — and the next answer gets a
 * fresh target, because a reset could not promise a freshly installed server.
 */
const RESTORED = /^\/etc\/(ufw(\/.*)?|default\/ufw|nftables\.conf|iptables(\/.*)?|iptables-persistent(\/.*)?)$/;
const FIREWALL_TOOLS = new Set(['iptables', 'ip6tables', 'iptables-restore', 'ip6tables-restore', 'iptables-save', 'ip6tables-save', 'nft', 'ufw', 'netfilter-persistent', 'true', 'echo', 'sleep', 'cat']);
const FIREWALL_UNITS = /^(nftables|netfilter-persistent|ufw)(\.service)?$/;

export function resettable(compiled: Compiled): boolean {
  if (compiled.daemons.length > 0) return false;
  return compiled.steps.every((s) => (s.kind === 'write' ? RESTORED.test(s.path) : commandResettable(s.script)));
}

function commandResettable(script: string): boolean {
  if (/[`]|\$\(|<\(|>\(/.test(script)) return false;
  // Quoted words (an nft chain spec with its `;`s) are one word, never a separator.
  const unquoted = script.replace(/'[^']*'|"[^"$`]*"/g, 'Q');
  if (/['"]/.test(unquoted)) return false;
  return unquoted.split(/\s*(?:\|\||&&|\||;)\s*/).every((part) => {
    // Redirect targets must be restored files (or nowhere).
    for (const m of part.matchAll(/(?:\d?>>?|&>)\s*(\S+)/g)) if (m[1] !== '/dev/null' && !RESTORED.test(m[1].replace(/^['"]|['"]$/g, ''))) return false;
    const words = part.replace(/(?:\d?>>?|&>|<)\s*\S+/g, '').trim().split(/\s+/).filter(Boolean);
    while (words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) words.shift();
    const [cmd, ...args] = words;
    if (!cmd) return true;
    if (FIREWALL_TOOLS.has(cmd)) return cmd !== 'cat' || args.every((a) => a.startsWith('-') || RESTORED.test(a));
    if (cmd === 'systemctl') {
      const rest = args.filter((a) => !a.startsWith('-'));
      return rest.length > 1 && rest.slice(1).every((u) => FIREWALL_UNITS.test(u));
    }
    if (cmd === 'mkdir' || cmd === 'sed') return args.filter((a) => a.startsWith('/')).every((a) => RESTORED.test(a)) && args.some((a) => a.startsWith('/'));
    return false;
  });
}
