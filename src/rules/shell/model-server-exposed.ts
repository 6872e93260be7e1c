import { defineRule } from '../define';
import type { Span } from '../../core/document';
import { bindFlagsIn, bindsEverywhere, defaultBindsEverywhere, launchedService, type KnownService } from '../../knowledge/services';
import type { CommandStep, Word } from '../../plan/types';
import { exposureExcused } from '../systemd/model-server-exposed';
import { stepText } from './util';

/** A variable set for a command: by a `VAR=x cmd` prefix, or by an earlier `export VAR=x`. */
interface Setting {
  value: string;
  /** Where `VAR=x` is written. */
  span: Span;
  step: CommandStep;
  how: 'prefix' | 'export';
}

/** Where `NAME=` of a `NAME=value cmd` prefix is written in the step (prefixes carry no span of their own). */
function prefixSpan(s: CommandStep, name: string, value: string): Span {
  const text = stepText(s);
  const at = text.search(new RegExp(`(^|\\s)${name}=`));
  const offset = at <= 0 ? 0 : at + 1;
  const before = text.slice(0, offset).split('\n');
  const row = s.span.start.row + before.length - 1;
  const column = (before.length === 1 ? s.span.start.column : 0) + before[before.length - 1].length;
  const written = /^\S+/.exec(text.slice(offset))?.[0] ?? `${name}=${value}`;
  return { start: { row, column }, end: { row, column: column + written.length } };
}

/** Where the program word of a step is written (after sudo and VAR= prefixes), else the step's start. */
function programSpan(s: CommandStep): Span {
  const text = stepText(s);
  const m = new RegExp(`(^|\\s)(\\S*/)?${s.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\\s|$)`).exec(text);
  const offset = m ? m.index + m[1].length : 0;
  const before = text.slice(0, offset).split('\n');
  const row = s.span.start.row + before.length - 1;
  const column = (before.length === 1 ? s.span.start.column : 0) + before[before.length - 1].length;
  const length = m ? m[0].length - m[1].length : s.name.length;
  return { start: { row, column }, end: { row, column: column + length } };
}

/** The loopback form of a bind value: keeps the port of `host:port`. */
function loopback(value: string, holds: 'host' | 'host:port'): string {
  if (holds === 'host') return '127.0.0.1';
  const port = /:(\d+)$/.exec(value.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, ''))?.[1];
  return port ? `127.0.0.1:${port}` : '127.0.0.1';
}

export default defineRule({
  id: 'shell-model-server-exposed',
  class: 'exposure',
  severity: 'error',
  summary: 'A model server started from the shell (`ollama serve`, `llama-server`, `vllm serve`, ComfyUI, Jupyter) listens on every interface.',
  docs: {
    what: 'Reads the commands that start a known model server or dashboard (`ollama serve`, `llama-server`, `vllm serve`, `open-webui serve`, `jupyter lab`, ComfyUI\'s `python main.py`) with the bind settings of the known-services table: a `VAR=value` prefix or an earlier `export` (`OLLAMA_HOST`, `LLAMA_ARG_HOST`, …) and flags (`--host`, `--listen`, `--ip`). Reports an address that means "all interfaces", and a server whose own default is every interface (`vllm serve` binds 0.0.0.0:8000) started with no bind setting. Servers with a login of their own (Jupyter\'s token, Open WebUI, llama.cpp with `--api-key`) count only when the answer turns it off; a policy that opens the port, or the answer\'s own firewall confining it, is intent.',
    why: 'These servers have no authentication of their own (or the answer switched it off). Bound to 0.0.0.0 they answer anyone who can reach the machine: run and pull models, read notebooks, execute code. Scanners find open Ollama and Jupyter ports within hours. Keep them on 127.0.0.1 and put an authenticating proxy in front, or reach them through an SSH tunnel.',
    bad: { lang: 'markdown', text: '```bash\nOLLAMA_HOST=0.0.0.0 ollama serve\n```\n' },
    good: { lang: 'markdown', text: '```bash\nOLLAMA_HOST=127.0.0.1:11434 ollama serve\n```\n' },
    references: [
      'https://github.com/ollama/ollama/blob/main/docs/faq.md#how-do-i-configure-ollama-server',
      'https://github.com/ggml-org/llama.cpp/blob/master/tools/server/README.md',
      'https://jupyter-server.readthedocs.io/en/latest/operators/security.html',
    ],
  },
  check(ctx, report) {
    const exported = new Map<string, Setting>();
    for (const s of ctx.plan.steps) {
      if (s.kind !== 'command') continue;
      if (s.name === 'export' || s.name === 'unset') {
        for (const a of s.args) {
          const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/s.exec(a.text);
          if (!m) continue;
          if (s.name === 'unset') exported.delete(m[1]);
          else if (m[2] !== undefined) exported.set(m[1], { value: m[2], span: a.span, step: s, how: 'export' });
        }
        continue;
      }
      const words = [s.name, ...s.args.map((a) => a.text)];
      const service = launchedService(words);
      if (!service || exposureExcused(ctx, service)) continue;
      let bound = false;
      for (const b of service.bindEnv) {
        const set: Setting | undefined =
          s.env[b.name] !== undefined ? { value: s.env[b.name], span: prefixSpan(s, b.name, s.env[b.name]), step: s, how: 'prefix' } : stillExported(exported.get(b.name), b.name, s);
        if (set) bound = true;
        if (!set || !bindsEverywhere(set.value, b.holds)) continue;
        const fixed = `${b.name}=${loopback(set.value, b.holds)}`;
        report({
          message: `\`${b.name}=${set.value}\`${set.how === 'export' ? ' (exported earlier)' : ''} makes \`${words.slice(0, 2).join(' ')}\` listen on every interface: ${service.name} ${loginWords(service)} — bind it to 127.0.0.1 (\`${fixed}\`) and put an authenticating proxy or an SSH tunnel in front`,
          doc: set.step.doc,
          span: set.span,
          fix: { description: `bind ${service.name} to loopback (${fixed})`, edits: [{ doc: set.step.doc, span: set.span, text: set.how === 'export' && /^["']/.test(rawOf(set)) ? `"${fixed}"` : fixed }] },
        });
      }
      const flags = bindFlagsIn(service, s.args.map((a) => a.text));
      if (!bound && !flags.length && defaultBindsEverywhere(service)) {
        // Nothing says where to bind: the service's own default decides (vLLM: 0.0.0.0:8000).
        const span = programSpan(s);
        const flag = service.bindFlags[0];
        const lastEnd = s.args.length ? s.args[s.args.length - 1].span.end : span.end;
        report({
          message: `\`${words.slice(0, 2).join(' ')}\` without \`${flag}\` makes ${service.name} listen on every interface (its default is ${service.defaultBind}); it ${loginWords(service)} — add \`${flag} 127.0.0.1\` and put an authenticating proxy or an SSH tunnel in front`,
          doc: s.doc,
          span,
          fix: { description: `bind ${service.name} to loopback`, edits: [{ doc: s.doc, span: { start: lastEnd, end: lastEnd }, text: ` ${flag} 127.0.0.1` }] },
        });
      }
      for (const f of flags) {
        if (!f.everywhere) continue;
        const w = s.args[f.index];
        const valueWord: Word | undefined = !f.inline && f.value !== undefined ? s.args[f.index + 1] : undefined;
        const span = { start: w.span.start, end: (valueWord ?? w).span.end };
        const what = f.value === undefined ? f.flag : `${f.flag}${f.inline ? '=' : ' '}${f.value}`;
        report({
          message: `\`${what}\` makes ${service.name} listen on every interface; it ${loginWords(service)} — bind it to 127.0.0.1 and put an authenticating proxy or an SSH tunnel in front`,
          doc: s.doc,
          span,
          fix: { description: `bind ${service.name} to loopback`, edits: [{ doc: s.doc, span, text: `${f.flag}${f.inline ? '=' : ' '}127.0.0.1` }] },
        });
      }
    }
  },
});

/**
 * The exported setting unless a later `unset NAME` or plain `NAME=…` in the same
 * block changed it before `s` (the plan records no step for either).
 */
function stillExported(set: Setting | undefined, name: string, s: CommandStep): Setting | undefined {
  if (!set || set.step.doc !== s.doc) return set;
  const between = s.doc.text.split('\n').slice(set.span.end.row + 1, s.span.start.row);
  const changed = new RegExp(`^\\s*(unset\\s+(-v\\s+)?([\\w\\s]*\\s)?${name}\\b|(export\\s+|readonly\\s+|declare\\s+-x\\s+)?${name}=)`);
  return between.some((l) => changed.test(l)) ? undefined : set;
}

function rawOf(set: Setting): string {
  return set.step.args.find((a) => a.span === set.span)?.raw ?? '';
}

function loginWords(s: KnownService): string {
  return s.login.byDefault ? 'has its login turned off in this answer' : 'has no login of its own';
}
