import type { Document, Span } from '../core/document';

/**
 * A Plan is the ordered list of steps an answer would perform on the server:
 * commands run and files written. The static rules simulate it; the sandbox
 * executes it. Every step points back into the document it was read from.
 */
export interface Plan {
  steps: Step[];
}

/** Where a thing sits: a span inside a document. Models and steps carry these. */
export interface Located {
  doc: Document;
  span: Span;
}

/** One shell word after quote removal, with where it was written. */
export interface Word extends Located {
  /** The value after quote removal ('"a b"' → 'a b'). Unexpanded `$VAR` stays as written. */
  text: string;
  /** As written, quotes included. */
  raw: string;
  /** True when the word contains an expansion ($VAR, $(…), `…`, globs) the plan cannot resolve. */
  dynamic: boolean;
}

export interface Redirect extends Located {
  /** '>', '>>', '<', '2>', '&>', '2>&1', ... */
  op: string;
  target: Word;
}

/** What a typed command step knows beyond its words, per tool. */
export type ToolInfo =
  | { tool: 'iptables'; binary: string; family: 'ip' | 'ip6'; doc: Document } // iptables/ip6tables(-legacy|-nft) command line
  | { tool: 'iptables-restore'; binary: string; family: 'ip' | 'ip6'; input?: Document; file?: string }
  | { tool: 'nft'; doc?: Document; file?: string } // `nft add rule …` (doc: the command text) or `nft -f FILE`
  | { tool: 'ufw'; doc: Document }
  | { tool: 'systemctl'; verb: string; units: string[]; flags: string[] }
  | { tool: 'htpasswd'; file?: string; user?: string; flags: string[] }
  | { tool: 'docker'; sub: string; publish: PortPublish[] }
  | { tool: 'ssh-keygen'; flags: string[] }
  | { tool: 'ssh-copy-id'; target?: string }
  | { tool: 'curl'; url?: string; pipedToShell: boolean }
  | { tool: 'other' };

/** `docker run -p [HOST:]HOSTPORT:CONTAINERPORT[/proto]` */
export interface PortPublish extends Located {
  hostAddress?: string;
  hostPort: string;
  containerPort: string;
  proto: 'tcp' | 'udp' | 'sctp';
}

interface StepBase extends Located {
  /** 0-based position in the plan. */
  index: number;
}

export interface CommandStep extends StepBase {
  kind: 'command';
  /** Command name without path ('/usr/sbin/ufw' → 'ufw'), after sudo/doas/env prefixes. */
  name: string;
  /** Arguments after the name. */
  args: Word[];
  /** The command ran under sudo/doas (or the block used a `#` root prompt). */
  sudo: boolean;
  /** VAR=value prefixes and `env VAR=value`. */
  env: Record<string, string>;
  redirects: Redirect[];
  /** Set when the command is part of a `a | b` pipeline. */
  pipeline?: { id: number; position: number; length: number };
  /** Text fed on standard input by a heredoc or here-string. */
  stdin?: Document;
  info: ToolInfo;
}

export interface WriteStep extends StepBase {
  kind: 'write';
  /** Absolute path on the server (as written; `~` kept). */
  path: string;
  append: boolean;
  /** The written text, as a document in the language its path implies. */
  content: Document;
  via: 'redirect' | 'tee' | 'config-block';
  /** Whether the write itself runs as root (`sudo tee` yes; `sudo cat > f` no: the shell opens f). */
  privileged: boolean;
}

/**
 * A config block shown on its own (a fenced nginx block, a pasted unit) with no
 * command that installs it. The answer means it to be installed; `path` is our
 * best guess at where (from a nearby mention in prose, else a default per language).
 */
export interface ConfigStep extends StepBase {
  kind: 'config';
  content: Document;
  path?: string;
}

export type Step = CommandStep | WriteStep | ConfigStep;
