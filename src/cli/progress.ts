/** The part of a stream a progress line needs (process.stderr has it all). */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

export interface Progress {
  (msg: string): void;
  /** Clears the line, so what follows starts on a clean row. */
  done(): void;
}

/**
 * One status line that rewrites itself (`\r` + erase to end of line) for long
 * runs such as --sandbox. Only on a terminal: when stderr is a pipe or a file
 * (CI logs, `2>log`) there is no line at all, and on TERM=dumb, which cannot
 * erase. A message longer than the terminal is cut to fit, since a line that
 * wraps cannot be erased by `\r` and leaves its first rows behind.
 */
export function progressLine(stream: ProgressStream, env: NodeJS.ProcessEnv = process.env, now: () => number = Date.now): Progress | undefined {
  if (!stream.isTTY || env.TERM === 'dumb') return undefined;
  const start = now();
  let shown = false;
  const say = ((msg: string): void => {
    const secs = Math.floor((now() - start) / 1000);
    const text = `airlock: ${msg.replace(/\s+/g, ' ').trim()}${secs > 0 ? ` (${secs}s)` : ''}`;
    const width = Math.max(10, (stream.columns || 80) - 1);
    stream.write(`\r\x1b[K${[...text].length > width ? `${[...text].slice(0, width - 1).join('')}…` : text}`);
    shown = true;
  }) as Progress;
  say.done = (): void => {
    if (shown) stream.write('\r\x1b[K');
    shown = false;
  };
  return say;
}
