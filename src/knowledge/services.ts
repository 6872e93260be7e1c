/**
 * Model servers and dashboards that must not face the internet by default
 * (DESIGN.md "Intent"): reachable from loopback only, or through an
 * authenticating proxy. One table, easy to extend: ports, how each is told
 * where to bind (environment variables, command-line flags), and their defaults.
 */
export interface KnownService {
  name: string;
  /** Ports it listens on by default. */
  ports: number[];
  /**
   * True when the port alone identifies the service (11434 is Ollama); false for
   * generic ports (8000, 8080, 3000) that count only when the answer names the service.
   */
  distinctivePort: boolean;
  /** Words that name the service in an answer (unit names, binaries, images). */
  names: RegExp;
  /**
   * The command line that starts it, matched against the program's base name and
   * its arguments joined by spaces (`ollama serve`, `vllm serve M`, ComfyUI's
   * `python main.py`). Undefined when no such line is distinctive enough.
   */
  launch?: RegExp;
  /** Environment variables that set its bind address, and what they hold. */
  bindEnv: Array<{ name: string; holds: 'host' | 'host:port' }>;
  /** Command-line flags that set its bind address. */
  bindFlags: string[];
  /** Where it binds when nothing says otherwise. */
  defaultBind: string;
  /** Documentation for the bind setting. */
  docs: string;
  /**
   * The service's own login. A service that asks for credentials by default
   * (Open WebUI, Jupyter) or that the answer starts with a key (llama.cpp
   * `--api-key`) is not "unauthenticated" behind a proxy or on a public port;
   * `isOn` decides it from the answer's text.
   */
  login: OwnLogin;
}

/** What protects a service by itself, and what in an answer switches it on or off. */
export interface OwnLogin {
  /** True when it asks for credentials unless told not to. */
  byDefault: boolean;
  /** Text in the answer that turns the login on (an API key, a password). */
  enabledBy?: RegExp;
  /** Text in the answer that turns it off (`WEBUI_AUTH=False`, an empty token). */
  disabledBy?: RegExp;
  /** Where that is documented. */
  docs?: string;
}

const NO_LOGIN: OwnLogin = { byDefault: false };

/**
 * Whether `s` asks for credentials by itself in this answer: its login is on by
 * default and the answer does not turn it off, or the answer turns it on.
 */
export function loginIsOn(s: KnownService, answerText: string): boolean {
  const { byDefault, enabledBy, disabledBy } = s.login;
  if (enabledBy?.test(answerText)) return true;
  return byDefault && !disabledBy?.test(answerText);
}

/** The known service a command line starts (`/usr/local/bin/ollama serve` → Ollama), by `launch`. */
export function launchedService(words: readonly string[]): KnownService | undefined {
  const line = [(words[0] ?? '').replace(/^.*\//, ''), ...words.slice(1)].join(' ');
  return KNOWN_SERVICES.find((s) => s.launch?.test(line));
}

/** Host parts that mean "every interface". */
const ALL_INTERFACES = new Set(['0.0.0.0', '::', '[::]', '*', '']);

/** The host part of `host`, `host:port`, `[v6]:port`, `:port` or `http://host:port`. */
export function hostOf(value: string, holds: 'host' | 'host:port'): string {
  let v = value.trim().replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '');
  if (holds === 'host') return v;
  const bracket = /^(\[[^\]]*\])(?::\d+)?$/.exec(v);
  if (bracket) return bracket[1];
  if ((v.match(/:/g) ?? []).length === 1) v = v.slice(0, v.indexOf(':'));
  return v;
}

/** Whether a bind value (`0.0.0.0:11434`, `::`, `:8080`, `127.0.0.1`) means every interface. */
export function bindsEverywhere(value: string, holds: 'host' | 'host:port'): boolean {
  return ALL_INTERFACES.has(hostOf(value, holds));
}

/**
 * The bind flags of `s` in a command's words: each flag with its value
 * (`--host 0.0.0.0`, `--host=0.0.0.0`, a bare `--listen`) and whether that means
 * every interface. A bare `--listen` (ComfyUI, text-generation-webui) listens on all.
 */
export function bindFlagsIn(s: KnownService, words: readonly string[]): Array<{ index: number; flag: string; value?: string; inline: boolean; everywhere: boolean }> {
  const out: Array<{ index: number; flag: string; value?: string; inline: boolean; everywhere: boolean }> = [];
  words.forEach((w, i) => {
    const [flag, inline] = w.split(/=(.*)/s, 2);
    if (!s.bindFlags.includes(flag)) return;
    const next = words[i + 1];
    const value = inline ?? (next !== undefined && !next.startsWith('-') ? next : undefined);
    const everywhere = value === undefined ? flag === '--listen' : bindsEverywhere(value, 'host');
    out.push({ index: i, flag, ...(value !== undefined ? { value } : {}), inline: inline !== undefined, everywhere });
  });
  return out;
}

/** Whether the service listens on every interface when nothing sets its bind address. */
export const defaultBindsEverywhere = (s: KnownService): boolean => bindsEverywhere(s.defaultBind, 'host:port');

export const KNOWN_SERVICES: readonly KnownService[] = [
  {
    name: 'Ollama',
    ports: [11434],
    distinctivePort: true,
    names: /\bollama\b/i,
    launch: /^ollama serve\b/,
    bindEnv: [{ name: 'OLLAMA_HOST', holds: 'host:port' }],
    bindFlags: [],
    defaultBind: '127.0.0.1:11434',
    docs: 'https://github.com/ollama/ollama/blob/main/docs/faq.md#how-do-i-configure-ollama-server',
    login: NO_LOGIN,
  },
  {
    name: 'Open WebUI',
    ports: [8080],
    distinctivePort: false,
    names: /\bopen[-_ ]?webui\b/i,
    launch: /^open-webui serve\b/,
    bindEnv: [{ name: 'HOST', holds: 'host' }],
    bindFlags: ['--host'],
    defaultBind: '0.0.0.0:8080',
    docs: 'https://docs.openwebui.com/getting-started/env-configuration',
    // WEBUI_AUTH defaults to True: the first account becomes the admin, everyone else must sign in.
    login: { byDefault: true, disabledBy: /\bWEBUI_AUTH\s*[=:]\s*["']?(false|0|no|off)\b/i, docs: 'https://docs.openwebui.com/getting-started/env-configuration#webui_auth' },
  },
  {
    name: 'llama.cpp server',
    ports: [8080],
    distinctivePort: false,
    names: /\bllama[-_.]?(cpp|server)\b|\bllama-server\b/i,
    launch: /^llama-server\b/,
    bindEnv: [{ name: 'LLAMA_ARG_HOST', holds: 'host' }],
    bindFlags: ['--host'],
    defaultBind: '127.0.0.1:8080',
    docs: 'https://github.com/ggml-org/llama.cpp/blob/master/tools/server/README.md',
    // Off unless started with an API key (flag, key file or its environment variable).
    login: { byDefault: false, enabledBy: /(^|\s)--api-key(-file)?(=|\s+)["']?[^\s"'-]|\bLLAMA(_ARG)?_API_KEY(_FILE)?\s*[=:]\s*["']?[^\s"']/, docs: 'https://github.com/ggml-org/llama.cpp/blob/master/tools/server/README.md' },
  },
  {
    name: 'vLLM',
    ports: [8000],
    distinctivePort: false,
    names: /\bvllm\b/i,
    launch: /^vllm serve\b|^python3? -m vllm\.entrypoints\./,
    bindEnv: [],
    bindFlags: ['--host'],
    defaultBind: '0.0.0.0:8000',
    docs: 'https://docs.vllm.ai/en/latest/cli/serve.html',
    // `--api-key` guards only the OpenAI-compatible /v1 routes; the rest of the server stays open.
    login: { byDefault: false, docs: 'https://docs.vllm.ai/en/latest/usage/security.html' },
  },
  {
    name: 'text-generation-webui',
    ports: [7860, 5000],
    distinctivePort: true,
    names: /\btext[-_]generation[-_]webui\b|\boobabooga\b/i,
    bindEnv: [],
    bindFlags: ['--listen'],
    defaultBind: '127.0.0.1:7860',
    docs: 'https://github.com/oobabooga/text-generation-webui/wiki',
    login: NO_LOGIN,
  },
  {
    name: 'ComfyUI',
    ports: [8188],
    distinctivePort: true,
    names: /\bcomfy[-_ ]?ui\b/i,
    launch: /^python3? (\S*\/)?main\.py\b/,
    bindEnv: [],
    bindFlags: ['--listen'],
    defaultBind: '127.0.0.1:8188',
    docs: 'https://github.com/comfyanonymous/ComfyUI',
    login: NO_LOGIN,
  },
  {
    name: 'Jupyter',
    ports: [8888],
    distinctivePort: true,
    names: /\bjupyter(lab)?\b/i,
    launch: /^jupyter(-| )(lab|notebook|server)\b/,
    bindEnv: [],
    bindFlags: ['--ip'],
    defaultBind: '127.0.0.1:8888',
    docs: 'https://jupyter-server.readthedocs.io/en/latest/other/full-config.html',
    // Token authentication is on by default; off only with an empty token and no password.
    login: {
      byDefault: true,
      disabledBy: /(--|\bc\.)(ServerApp|NotebookApp|IdentityProvider)\.token\s*=\s*(''|""|\s|$)/m,
      enabledBy: /(--|\bc\.)(ServerApp|NotebookApp|PasswordIdentityProvider)\.(hashed_)?password\s*=\s*(?!''|""|\s|$)\S/m,
      docs: 'https://jupyter-server.readthedocs.io/en/latest/operators/security.html',
    },
  },
];
