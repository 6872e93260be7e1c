import type { Lang } from '../core/document';

/**
 * Deciding the language of a block: by fence tag, by file name or install path,
 * by content — in that order, except that a generic tag (conf, text, ini) only
 * narrows the choice and a shell tag on an obvious config is overruled by content.
 */

const TAGS: Record<string, Lang> = {
  nginx: 'nginx', 'nginx.conf': 'nginx',
  bash: 'shell', sh: 'shell', shell: 'shell', console: 'shell', zsh: 'shell', 'shell-session': 'shell', shellsession: 'shell', terminal: 'shell', cmd: 'shell',
  nft: 'nftables', nftables: 'nftables',
  iptables: 'iptables', 'iptables-save': 'iptables', ip6tables: 'iptables',
  ufw: 'ufw',
  systemd: 'systemd', service: 'systemd', unit: 'systemd', 'systemd-unit': 'systemd',
  caddy: 'caddyfile', caddyfile: 'caddyfile',
  sshd: 'sshd', sshd_config: 'sshd', 'ssh-config': 'sshd', sshconfig: 'sshd', ssh_config: 'sshd',
  'docker-compose': 'compose', compose: 'compose',
};

/** Tags that say "some text" without naming the language: decide by content. */
const GENERIC_TAGS = new Set(['', 'conf', 'config', 'text', 'txt', 'plaintext', 'plain', 'ini', 'cfg', 'properties', 'toml', 'yaml', 'yml', 'none', 'code', 'output', 'apache', 'apacheconf', 'diff']);

export function langFromTag(tag: string): Lang | 'generic' | undefined {
  const t = tag.trim().toLowerCase().replace(/^\{?\.?/, '').replace(/\}$/, '').split(/[\s,{]/)[0];
  if (t in TAGS) return TAGS[t];
  if (GENERIC_TAGS.has(t)) return 'generic';
  return undefined;
}

/** The language a server path or file name implies, if any. */
export function langFromPath(path: string): Lang | undefined {
  const p = path.replace(/\\/g, '/');
  const base = p.split('/').pop() ?? p;
  if (/(^|\/)nginx\.conf$/.test(p) || /(^|\/)nginx\/(sites-(available|enabled)|conf\.d|snippets)\//.test(p) || /\.nginx$/.test(base)) return 'nginx';
  if (/(^|\/)etc\/nginx\//.test(p) && /\.conf$/.test(base)) return 'nginx';
  if (/\.nft$/.test(base) || /(^|\/)nftables\.conf$/.test(p) || /\/etc\/nftables(\.d)?\//.test(p)) return 'nftables';
  if (/^rules\.v[46]$/.test(base) || /\/etc\/iptables\//.test(p) || /^ip6?tables(\.rules|-save|\.save|\.up\.rules)?$/.test(base) || /\/etc\/sysconfig\/ip6?tables$/.test(p)) return 'iptables';
  if (/\/etc\/ufw\/(user6?|before6?|after6?)\.rules$/.test(p)) return 'iptables';
  if (/\.rules$/.test(base) && !/udev/.test(p)) return 'iptables';
  if (/\.(service|socket|timer|mount|automount|path|target|slice|scope|swap|device)$/.test(base)) return 'systemd';
  if (/\.(service|socket|timer|mount|path|slice|scope)\.d\/[^/]+\.conf$/.test(p) || /\/systemd\/(system|user)\/[^/]+\.d\/[^/]+\.conf$/.test(p)) return 'systemd';
  if (/^override\.conf$/.test(base)) return 'systemd';
  if (/(^|\/)Caddyfile(\.[^/]*)?$/.test(p) || /\.caddy(file)?$/i.test(base)) return 'caddyfile';
  if (/(^|\/)sshd_config$/.test(p) || /\/sshd_config\.d\/[^/]+\.conf$/.test(p)) return 'sshd';
  if (/(^|\/)(docker-)?compose(\.[\w-]+)?\.ya?ml$/.test(p)) return 'compose';
  if (/\.(sh|bash|zsh)$/.test(base)) return 'shell';
  return undefined;
}

// ---------------------------------------------------------------------------
// Content

const SYSTEMD_SECTION = /^\s*\[(Unit|Service|Install|Socket|Timer|Mount|Path|Slice|Scope|Swap|Automount|Network|Match|Link|NetDev)\]\s*$/;
const NFT_TABLE = /^\s*(add\s+|create\s+)?table\s+(ip|ip6|inet|arp|bridge|netdev)\s+\S+/;
const NGINX_BLOCK = /^\s*(server|http|events|stream|upstream\s+\S+|location\s+[^{]*|map\s+\S+\s+\S+|types|geo\s+.*|if\s*\(.*\))\s*\{/;
const IPT_SAVE = /^\s*\*(filter|nat|mangle|raw|security)\s*$|^\s*:[A-Z][A-Z0-9_-]*\s+(ACCEPT|DROP|-)\s*(\[\d+:\d+\])?\s*$/;
const CADDY_SITE = /^\s*(https?:\/\/)?([a-z0-9.-]+\.[a-z]{2,}|localhost|:\d+|[\d.]+:\d+)(:\d+)?(\s*,\s*\S+)*\s*\{\s*$/i;
const SSHD_KEY = /^\s*(Port|PermitRootLogin|PasswordAuthentication|PubkeyAuthentication|AllowUsers|AllowGroups|DenyUsers|ListenAddress|KbdInteractiveAuthentication|ChallengeResponseAuthentication|AuthenticationMethods|UsePAM|MaxAuthTries|PermitEmptyPasswords|X11Forwarding|ClientAliveInterval|Match\s+(User|Group|Address|Host))\s+\S/;

/**
 * Known tools and the second words that make a line a command rather than
 * prose. Tools whose name is never an English word (`ufw`, `llama-server`) are
 * commands on their own; generic ones (`cat`, `echo`) want a prompt, sudo or
 * shell syntax (STRONG_COMMANDS).
 */
const COMMAND_SHAPES: Array<[RegExp, RegExp]> = [
  // Model servers started by hand: `ollama serve`, `llama-server -m …`, `vllm serve M`, `jupyter lab`, ComfyUI's `python main.py`.
  [/^ollama$/, /^(serve|run|pull|push|list|ls|ps|rm|cp|create|show|stop)$/],
  [/^llama-server$/, /^(-|$)/],
  [/^vllm$/, /^serve$/],
  [/^jupyter$/, /^(lab|notebook|server)$/],
  [/^jupyter-(lab|notebook|server)$/, /^(-|$)/],
  [/^python3?$/, /^(\S*\/)?main\.py$/],
  [/^ufw$/, /^(allow|deny|reject|limit|enable|disable|default|status|delete|insert|prepend|route|reload|reset|logging|app|show|version|--force|--dry-run|-f)$/],
  [/^ip6?tables(-legacy|-nft)?$/, /^-/],
  [/^ip6?tables-(save|restore)(-legacy|-nft)?$/, /^(-|<|>|$)/],
  [/^ip6?tables-apply$/, /./],
  [/^nft$/, /^(add|insert|list|flush|delete|create|replace|destroy|reset|get|rename|monitor|describe|-[a-zA-Z]+|'|")/],
  [/^systemctl$/, /^(start|stop|restart|reload|enable|disable|daemon-reload|edit|status|mask|unmask|is-active|is-enabled|cat|show|reload-or-restart|try-restart|--now|--user|-l|list-units)$/],
  [/^(apt|apt-get)$/, /^(install|update|upgrade|remove|purge|-y)$/],
  [/^(htpasswd|ssh-keygen|ssh-copy-id|netfilter-persistent|nginx|caddy|ollama|docker|docker-compose|journalctl|curl|wget|openssl|service|sshd|certbot|usermod|useradd|chmod|chown|mkdir|ln|cp|mv|rm|tee|sed|echo|printf|cat|export|sysctl|modprobe|ss|netstat|ip|ping|nano|vim|vi|cd|source|python3?|pip3?)$/, /./],
];

/** Command names that make a line a command with a matching second word, without a prompt or sudo. */
const STRONG_COMMANDS = /^(ufw|ip6?tables.*|nft|systemctl|apt|apt-get)$/;

/**
 * Model servers: a command on their own when what follows reads as arguments
 * (options, or at most one more word such as a model name), so that
 * "ollama serve listens on 11434 by default" stays prose.
 */
const MODEL_SERVER_COMMANDS = /^(ollama|llama-server|vllm|jupyter(-lab|-notebook|-server)?|python3?)$/;
const argumentsOnly = (rest: string[]): boolean => rest.length <= 1 || rest.some((w) => /^-/.test(w));

/** Whether one line reads as a shell command (not prose). `$ `/`# ` prompts and sudo allowed. */
/** A shell prompt before a typed command: `$ `, `# `, `% `, `user@host:~$ `, `(venv) $ `. */
export const PROMPT = /^(\s*(?:[\w.-]+@[\w.-]+(?::[^$#\s]*)?\s*[$#]|\(?[\w.-]*\)?\s*[$#]|[$#%]))\s/;

export function looksLikeCommand(line: string): boolean {
  const typed = line.trim();
  const prompt = PROMPT.exec(typed);
  const afterPrompt = prompt ? typed.slice(prompt[0].length).trimStart() : typed;
  let l = afterPrompt.replace(/^(sudo|doas)(\s+-[a-zA-Z]+)*\s+/, '');
  const hadPrompt = !!prompt;
  const sudo = l !== afterPrompt;
  // `OLLAMA_HOST=0.0.0.0 ollama serve`, `env VAR=x cmd`: the command is the first word after the assignments.
  const unprefixed = l.replace(/^(env\s+)?([A-Za-z_][A-Za-z0-9_]*=("[^"]*"|'[^']*'|\S*)\s+)+/, '');
  const envPrefix = unprefixed !== l;
  l = unprefixed;
  const words = l.trim().split(/\s+/);
  const name = (words[0] ?? '').replace(/^.*\//, '');
  const second = words[1] ?? '';
  for (const [n, s] of COMMAND_SHAPES) {
    if (!n.test(name)) continue;
    if (s.test(second)) {
      // Generic commands read as prose too easily ("cat the file"): want a prompt, sudo or shell syntax.
      if (STRONG_COMMANDS.test(name)) return true;
      if (MODEL_SERVER_COMMANDS.test(name) && (name !== 'python3' && name !== 'python' || /main\.py$/.test(second)) && argumentsOnly(words.slice(2))) return true;
      return hadPrompt || sudo || envPrefix || /(\s-{1,2}[a-z]|[|><]|\/|=|\$)/.test(words.slice(1).join(' '));
    }
  }
  return false;
}

interface Score {
  lang: Lang;
  score: number;
}

/** Language by content alone; 'unknown' when nothing stands out. */
export function langFromContent(text: string): Lang {
  const lines = text.split('\n').filter((l) => l.trim() !== '' && !/^\s*[#;]/.test(l) || /^\s*#!/.test(l) || /^\s*#\s*\S+.*[$#]\s/.test(l));
  if (lines.length === 0) return 'unknown';
  const first = lines[0];
  if (/^#!.*\b(ba|z|da)?sh\b/.test(first)) return 'shell';
  if (/^#!.*\bnft\b/.test(first)) return 'nftables';
  const scores: Score[] = [];
  const add = (lang: Lang, score: number): void => {
    const s = scores.find((x) => x.lang === lang);
    if (s) s.score += score;
    else scores.push({ lang, score });
  };
  let commands = 0;
  // The shape of a compose file outweighs a stray `Key=value` or command-like line inside it.
  const all = text.split('\n');
  if (all.some((l, k) => composeShapeAt(all, k))) add('compose', 10);
  for (const l of lines) {
    if (SYSTEMD_SECTION.test(l)) add('systemd', 5);
    else if (/^\s*[A-Z][A-Za-z0-9]+\s*=/.test(l)) add('systemd', 1);
    if (NFT_TABLE.test(l)) add('nftables', 6);
    if (/^\s*(chain\s+\S+\s*\{|type\s+(filter|nat|route)\s+hook|flush\s+ruleset|policy\s+(accept|drop)\s*;?)/.test(l)) add('nftables', 3);
    if (/^\s*(ct\s+state|iifname|oifname|ip6?\s+saddr|tcp\s+dport|udp\s+dport)\b/.test(l)) add('nftables', 2);
    if (NGINX_BLOCK.test(l)) add('nginx', 5);
    if (/^\s*(listen|server_name|proxy_pass|proxy_set_header|auth_basic(_user_file)?|ssl_certificate(_key)?|root|index|return|location|add_header|allow|deny|client_max_body_size|proxy_http_version|try_files|include)\s+[^=]*;\s*(#.*)?$/.test(l)) add('nginx', 2);
    if (IPT_SAVE.test(l) || /^\s*COMMIT\s*$/.test(l)) add('iptables', 5);
    if (/^\s*-A\s+\S+\s+.*-j\s+\S+/.test(l)) add('iptables', 3);
    if (CADDY_SITE.test(l) && !NGINX_BLOCK.test(l)) add('caddyfile', 4);
    if (/^\s*(reverse_proxy|basic_?auth|file_server|encode|tls|handle|handle_path|respond|client_auth|root \*)\b/.test(l)) add('caddyfile', 2);
    if (SSHD_KEY.test(l)) add('sshd', 3);
    if (/^\s*services\s*:\s*$/.test(l)) add('compose', 3);
    if (/^\s*ports\s*:\s*$|^\s*image\s*:\s*\S+/.test(l)) add('compose', 2);
    if (looksLikeCommand(l)) {
      commands++;
      add('shell', 3);
    }
  }
  scores.sort((a, b) => b.score - a.score);
  const best = scores[0];
  if (!best || best.score < 3) return 'unknown';
  // A block of only ufw or iptables command lines is still shell: the plan reads the commands.
  if (best.lang === 'systemd' && !lines.some((l) => SYSTEMD_SECTION.test(l)) && commands > 0) return 'shell';
  return best.lang;
}

/** The decision, from the strongest hint available. */
export function detect(text: string, hints: { tag?: string; filename?: string; path?: string }): { lang: Lang; by: 'fence' | 'filename' | 'path' | 'content' } {
  const tagLang = hints.tag !== undefined ? langFromTag(hints.tag) : undefined;
  const content = langFromContent(text);
  if (tagLang && tagLang !== 'generic') {
    // Models tag a pasted nginx server block or unit file as bash: content wins over a shell tag.
    if (tagLang === 'shell' && content !== 'shell' && content !== 'unknown' && !hasCommandLine(text)) return { lang: content, by: 'content' };
    return { lang: tagLang, by: 'fence' };
  }
  if (hints.filename) {
    const l = langFromPath(hints.filename);
    if (l) return { lang: l, by: 'filename' };
  }
  if (hints.path) {
    const l = langFromPath(hints.path);
    if (l && (content === 'unknown' || content === l || l === 'compose')) return { lang: l, by: 'path' };
  }
  return { lang: content, by: 'content' };
}

function hasCommandLine(text: string): boolean {
  return text.split('\n').some((l) => looksLikeCommand(l));
}

/**
 * What tools print, shown in answers as "you should see": iptables -L, ufw
 * status, systemctl status, nginx -t, ss/netstat, docker ps, ollama list. Such a
 * block is neither config nor commands, and reporting it as unreadable is noise.
 */
const OUTPUT_LINES: RegExp[] = [
  /^Chain \S+ \((policy \w+|\d+ references)/,
  /^\s*(num\s+)?(pkts\s+bytes\s+)?target\s+prot\s+opt\s+/,
  /^Status: (active|inactive)\b/,
  /^To\s+Action\s+From\s*$/,
  /^(Rules updated|Rule added|Rule deleted|Skipping adding existing rule|Firewall is active and enabled on system startup|Firewall stopped and disabled)/,
  /^Default: (deny|allow|reject) \(incoming\)/,
  /^\s*(Loaded|Active|Main PID|Tasks|Memory|CGroup): /,
  /^●\s+\S+\.service\b/,
  /^nginx: (the configuration file|configuration file) .* (syntax is ok|test is successful)/,
  /^(State|Netid)\s+Recv-Q\s+Send-Q/,
  /^(Proto|Active Internet connections)\b.*(Recv-Q|servers)/,
  /^(tcp|udp)6?\s+\d+\s+\d+\s+\S+:\d+\s+/,
  /^(LISTEN|ESTAB)\s+\d+\s+\d+\s+/,
  /^CONTAINER ID\s+IMAGE\s+/,
  /^NAME\s+ID\s+SIZE\s+MODIFIED/,
  /^table (ip|ip6|inet) \S+ \{ # handle \d+/,
  /^HTTP\/\d(\.\d)? \d{3}\b/,
  /^curl: \(\d+\)/,
  // DigitalOcean tutorials mark a block of printed output with this label line.
  /^\s*\[secondary_label\s+Output\]\s*$/i,
];

export function looksLikeOutput(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length > 0 && lines.some((l) => OUTPUT_LINES.some((re) => re.test(l)));
}

/** `services:` at column 0. */
const COMPOSE_TOP = /^services\s*:\s*(#.*)?$/;
/** A key only a compose service has, indented under it. */
const COMPOSE_SERVICE_KEY = /^\s+(image|ports|build|container_name|network_mode|depends_on|restart|expose|deploy|healthcheck)\s*:/;

/**
 * Whether `lines` from `start` (a `services:` line at column 0) read as a compose
 * file: indented service names whose own keys (`image:`, `ports:`, …) follow.
 */
export function composeShapeAt(lines: readonly string[], start: number): boolean {
  if (!COMPOSE_TOP.test(lines[start] ?? '')) return false;
  let service = false;
  for (let k = start + 1; k < lines.length; k++) {
    const l = lines[k];
    if (l.trim() === '' || /^\s*#/.test(l)) continue;
    if (!/^\s/.test(l)) return false;
    if (/^\s+[\w.-]+\s*:\s*(#.*)?$/.test(l) && !COMPOSE_SERVICE_KEY.test(l)) service = true;
    else if (service && COMPOSE_SERVICE_KEY.test(l)) return true;
  }
  return false;
}

export const PATTERNS = { SYSTEMD_SECTION, NFT_TABLE, NGINX_BLOCK, IPT_SAVE, CADDY_SITE, SSHD_KEY, COMPOSE_TOP };
