import type { CommandStep, Step } from '../../plan/types';
import type { Span } from '../../core/document';

/** The text of a step as written in its document. */
export function stepText(s: Step): string {
  return sliceSpan(s.doc.text, s.span);
}

export function sliceSpan(text: string, span: Span): string {
  const lines = text.split('\n');
  const offset = (p: { row: number; column: number }) => lines.slice(0, p.row).reduce((n, l) => n + l.length + 1, 0) + p.column;
  return text.slice(offset(span.start), offset(span.end));
}

/** True when the command itself is written with `sudo`/`doas` (not merely run from a `#` root prompt). */
export function writtenWithSudo(s: CommandStep): boolean {
  return /^\s*(sudo|doas)\b/.test(stepText(s));
}

/**
 * Whether the shell running this step is already root: an earlier `sudo -i`,
 * `sudo -s`, `sudo su`, `su -` in the same block (the plan records no step for them).
 */
export function shellIsRoot(s: Step): boolean {
  const before = s.doc.text.split('\n').slice(0, s.span.start.row);
  return before.some((l) => /^\s*(sudo\s+(-[a-zA-Z]*[is][a-zA-Z]*|su)\b|su(\s+-|\s+root)?\s*$)/.test(l.replace(/^\s*[$#]\s+/, '')));
}

/** Paths only root may write: system config, binaries, root's home, kernel knobs. */
export function rootOwned(path: string): boolean {
  if (/^\/(tmp|var\/tmp|dev|home|run\/user)\//.test(path) || path.startsWith('~') || !path.startsWith('/')) return false;
  return /^\/(etc|usr|opt|root|boot|lib|lib64|bin|sbin|srv|var|proc\/sys|sys)(\/|$)/.test(path);
}

/** Systemd unit name without suffix: 'ollama.service' → 'ollama'. */
export const unitBase = (u: string): string => u.replace(/\.service$/, '');
