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
  /** Environment variables that set its bind address, and what they hold. */
  bindEnv: Array<{ name: string; holds: 'host' | 'host:port' }>;
  /** Command-line flags that set its bind address. */
  bindFlags: string[];
  /** Where it binds when nothing says otherwise. */
  defaultBind: string;
  /** Documentation for the bind setting. */
  docs: string;
}

export const KNOWN_SERVICES: readonly KnownService[] = [
  {
    name: 'Ollama',
    ports: [11434],
    distinctivePort: true,
    names: /\bollama\b/i,
    bindEnv: [{ name: 'OLLAMA_HOST', holds: 'host:port' }],
    bindFlags: [],
    defaultBind: '127.0.0.1:11434',
    docs: 'https://github.com/ollama/ollama/blob/main/docs/faq.md#how-do-i-configure-ollama-server',
  },
  {
    name: 'Open WebUI',
    ports: [8080],
    distinctivePort: false,
    names: /\bopen[-_ ]?webui\b/i,
    bindEnv: [{ name: 'HOST', holds: 'host' }],
    bindFlags: ['--host'],
    defaultBind: '0.0.0.0:8080',
    docs: 'https://docs.openwebui.com/getting-started/env-configuration',
  },
  {
    name: 'llama.cpp server',
    ports: [8080],
    distinctivePort: false,
    names: /\bllama[-_.]?(cpp|server)\b|\bllama-server\b/i,
    bindEnv: [{ name: 'LLAMA_ARG_HOST', holds: 'host' }],
    bindFlags: ['--host'],
    defaultBind: '127.0.0.1:8080',
    docs: 'https://github.com/ggml-org/llama.cpp/blob/master/tools/server/README.md',
  },
  {
    name: 'vLLM',
    ports: [8000],
    distinctivePort: false,
    names: /\bvllm\b/i,
    bindEnv: [],
    bindFlags: ['--host'],
    defaultBind: '0.0.0.0:8000',
    docs: 'https://docs.vllm.ai/en/latest/cli/serve.html',
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
  },
  {
    name: 'ComfyUI',
    ports: [8188],
    distinctivePort: true,
    names: /\bcomfy[-_ ]?ui\b/i,
    bindEnv: [],
    bindFlags: ['--listen'],
    defaultBind: '127.0.0.1:8188',
    docs: 'https://github.com/comfyanonymous/ComfyUI',
  },
  {
    name: 'Jupyter',
    ports: [8888],
    distinctivePort: true,
    names: /\bjupyter(lab)?\b/i,
    bindEnv: [],
    bindFlags: ['--ip'],
    defaultBind: '127.0.0.1:8888',
    docs: 'https://jupyter-server.readthedocs.io/en/latest/other/full-config.html',
  },
];
