import { defineRule } from '../define';
import type { CommandStep } from '../../plan/types';
import { rootOwned, shellIsRoot, sliceSpan, stepText, writtenWithSudo } from './util';

export default defineRule({
  id: 'shell-sudo-redirect',
  class: 'invalid',
  severity: 'error',
  summary: '`sudo cmd > /etc/file`: the redirect is opened by your own unprivileged shell, not by sudo.',
  docs: {
    what: 'Reports a `>` or `>>` redirect into a root-owned path (/etc, /usr, /opt, /root, /var, /boot, /proc/sys, …) on a command run with sudo, and a `tee` into such a path without sudo in a pipeline that uses sudo elsewhere (`sudo echo x | tee /etc/f`).',
    why: 'The shell sets up redirections before it runs the command, as the user who typed it; sudo only elevates the command. `sudo echo … > /etc/…` fails with "Permission denied" and the file is never written, so everything after it runs against the old configuration. Use `… | sudo tee FILE >/dev/null` (or `sudo tee -a` to append).',
    bad: { lang: 'markdown', text: '```bash\nsudo echo "PermitRootLogin no" >> /etc/ssh/sshd_config\n```\n' },
    good: { lang: 'markdown', text: '```bash\necho "PermitRootLogin no" | sudo tee -a /etc/ssh/sshd_config >/dev/null\n```\n' },
    references: ['https://www.gnu.org/software/bash/manual/html_node/Redirections.html', 'https://www.sudo.ws/docs/man/sudo.man/'],
  },
  check(ctx, report) {
    const steps = ctx.plan.steps;
    for (const s of steps) {
      if (s.kind !== 'command' || shellIsRoot(s)) continue;
      if (writtenWithSudo(s)) {
        for (const r of s.redirects) {
          if (!/^(>|>>|>\||&>|&>>|1>|1>>)$/.test(r.op) || r.target.dynamic || !rootOwned(r.target.text)) continue;
          report({
            message: `\`${r.op} ${r.target.text}\` is opened by your own shell before sudo runs, so the write fails with "Permission denied" — pipe into \`sudo tee${r.op.endsWith('>>') ? ' -a' : ''} ${r.target.text}\` instead`,
            doc: r.doc,
            span: r.span,
            ...fixFor(s, r),
          });
        }
        continue;
      }
      // sudo on the wrong side of the pipe: `sudo echo x | tee /etc/f`.
      if (s.name === 'tee' && !s.sudo && s.pipeline) {
        const mates = steps.filter((t): t is CommandStep => t.kind === 'command' && t.doc === s.doc && t.pipeline?.id === s.pipeline!.id);
        if (!mates.some((t) => t.sudo)) continue;
        for (const a of s.args) {
          if (a.text.startsWith('-') || a.dynamic || !rootOwned(a.text)) continue;
          report({ message: `\`tee ${a.text}\` runs without sudo (sudo applies only to its own command of the pipeline), so it cannot write a root-owned file — use \`sudo tee\``, doc: a.doc, span: a.span });
        }
      }
    }
  },
});

/** `sudo CMD ARGS > F` → `CMD ARGS | sudo tee F >/dev/null`, when the redirect ends the line (no heredoc after it). */
function fixFor(s: CommandStep, r: CommandStep['redirects'][number]) {
  const line = s.doc.text.split('\n')[r.span.end.row] ?? '';
  const after = line.slice(r.span.end.column).trim();
  if (after !== '' || r.span.start.row !== s.span.start.row) return {};
  const text = stepText(s);
  const m = /^\s*(sudo|doas)(\s+-[a-zA-Z]+)*\s+/.exec(text);
  if (!m) return {};
  const start = s.span.start;
  const tee = `| sudo tee${r.op.endsWith('>>') ? ' -a' : ''} ${r.target.raw} >/dev/null`;
  if (sliceSpan(s.doc.text, r.span).includes('\n')) return {};
  return {
    fix: {
      description: `pipe into \`sudo tee${r.op.endsWith('>>') ? ' -a' : ''}\` instead of redirecting`,
      edits: [
        { doc: s.doc, span: { start, end: { row: start.row, column: start.column + m[0].length } }, text: '' },
        { doc: r.doc, span: r.span, text: tee },
      ],
    },
  };
}
