import { defineRule } from '../define';
import type { CommandStep, Word } from '../../plan/types';

/** Top-level directories whose recursive removal destroys the system. */
const SYSTEM = /^\/(\*|\.|etc|usr|var|boot|bin|sbin|lib|lib64|home|root|opt|srv|dev|proc|sys|run)?\/?\*?$/;

function recursive(s: CommandStep): boolean {
  return s.args.some((a) => /^-[a-zA-Z]*[rR]/.test(a.text) || a.text === '--recursive');
}

/** A word that starts with `$VAR` / `${VAR}` (quoted or not) followed by `/`: empty VAR leaves `/…`. */
function leadingVariable(w: Word): string | undefined {
  const m = /^"?\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(:?[-=+?][^}]*)?\}|([A-Za-z_][A-Za-z0-9_]*))"?\//.exec(w.raw);
  if (!m) return undefined;
  const op = m[2] ?? '';
  // ${VAR:?msg} and ${VAR?msg} abort when unset; ${VAR:-/safe} supplies a value.
  if (/^:?[?-]/.test(op) || /^:?=/.test(op)) return undefined;
  return m[1] ?? m[3];
}

/** Set by login itself; an answer never assigns them. */
const ALWAYS_SET = new Set(['HOME', 'USER', 'LOGNAME', 'PWD', 'SHELL', 'PATH', 'HOSTNAME']);

/** Whether the script assigns VAR before this step, or runs under `set -u`. */
function isSet(s: CommandStep, name: string): boolean {
  if (ALWAYS_SET.has(name)) return true;
  const lines = s.doc.text.split('\n');
  const before = [...lines.slice(0, s.span.start.row), (lines[s.span.start.row] ?? '').slice(0, s.span.start.column)].join('\n');
  if (new RegExp(`(^|[\\s;&|(])((export|local|readonly|declare(\\s+-\\w+)?)\\s+)?${name}=`, 'm').test(before)) return true;
  if (new RegExp(`\\b(for|read(\\s+-\\w+)*)\\s+${name}\\b`).test(before)) return true;
  return /(^|\n)\s*set\s+(-[a-zA-Z]*u|-o\s+nounset)/.test(before);
}

export default defineRule({
  id: 'shell-rm-rf-root',
  class: 'dangerous',
  severity: 'error',
  summary: '`rm -rf` of `/`, a top-level system directory, or `$VAR/…` with VAR never set.',
  docs: {
    what: 'Reports a recursive `rm` whose operand is `/`, `/*`, a top-level system directory (/etc, /usr, /var, /boot, …), or begins with a variable the script never assigns (`rm -rf $DIR/`, `"$APP_HOME"/*`); and any use of `--no-preserve-root`. `${VAR:?}` and `set -u` make it safe and stay quiet.',
    why: 'An unset or misspelt variable expands to nothing, so `rm -rf $DIR/` becomes `rm -rf /` and `"$DIR"/*` becomes `/*` — which GNU rm\'s --preserve-root does not catch. Copied out of context, an answer\'s `$DIR` is exactly such a variable. Write `"${DIR:?}"/` so the shell stops when it is empty, or spell the path out.',
    bad: { lang: 'markdown', text: '```bash\nsudo rm -rf $INSTALL_DIR/\n```\n' },
    good: { lang: 'markdown', text: '```bash\nINSTALL_DIR=/opt/ollama\nsudo rm -rf "${INSTALL_DIR:?}"/\n```\n' },
    references: ['https://www.gnu.org/software/coreutils/manual/html_node/rm-invocation.html', 'https://www.gnu.org/software/bash/manual/html_node/Shell-Parameter-Expansion.html'],
  },
  check(ctx, report) {
    for (const s of ctx.plan.steps) {
      if (s.kind !== 'command' || s.name !== 'rm') continue;
      const npr = s.args.find((a) => a.text === '--no-preserve-root');
      if (npr) report({ message: '`--no-preserve-root` lets rm delete `/` itself', doc: npr.doc, span: npr.span });
      if (!recursive(s)) continue;
      for (const a of s.args) {
        if (a.text.startsWith('-')) continue;
        if (!a.dynamic || /^\/\*?$/.test(a.raw)) {
          if (SYSTEM.test(a.raw.replace(/^['"]|['"]$/g, ''))) report({ message: `\`rm -r ${a.raw}\` deletes ${a.raw === '/' || a.raw === '/*' ? 'the whole system' : `all of ${a.text}`}`, doc: a.doc, span: a.span });
          continue;
        }
        const v = leadingVariable(a);
        if (v && !isSet(s, v)) {
          report({ message: `\`${a.raw}\`: \`${v}\` is never set in this answer; empty, it turns this into \`rm -r /${a.raw.replace(/^[^/]*\//, '')}\` — write \`"\${${v}:?}"/…\` or spell out the path`, doc: a.doc, span: a.span });
        }
      }
    }
  },
});
