import * as fs from 'fs';
import { InputError } from '../core/errors';
import { makeSource, type SourceFile } from '../core/document';

/** Inputs larger than this are refused: an AI answer or a config is far smaller. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

/**
 * Reads one input: a path, or '-' for standard input. Refuses what is not text
 * (a directory, a binary, invalid UTF-8) with an InputError naming file and line.
 */
export function readInput(path: string, stdin?: () => Buffer): SourceFile {
  const name = path === '-' ? '<stdin>' : path;
  let bytes: Buffer;
  if (path === '-') {
    bytes = (stdin ?? readStdin)();
  } else {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new InputError(name, undefined, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'error'})`);
    }
    if (stat.isDirectory()) throw new InputError(name, undefined, 'is a directory, not a file');
    if (!stat.isFile()) throw new InputError(name, undefined, 'is not a regular file');
    if (stat.size > MAX_INPUT_BYTES) throw new InputError(name, undefined, `is ${mib(stat.size)}; airlock reads inputs up to ${mib(MAX_INPUT_BYTES)}`);
    try {
      bytes = fs.readFileSync(path);
    } catch (e) {
      throw new InputError(name, undefined, `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError(name, undefined, `is ${mib(bytes.length)}; airlock reads inputs up to ${mib(MAX_INPUT_BYTES)}`);
  return makeSource(name, decode(name, bytes));
}

function mib(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

function readStdin(): Buffer {
  try {
    return fs.readFileSync(0);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EAGAIN') throw new InputError('<stdin>', undefined, 'standard input is not readable (EAGAIN)');
    if (code === 'EOF') return Buffer.alloc(0);
    throw new InputError('<stdin>', undefined, `cannot read standard input (${code ?? 'error'})`);
  }
}

/** Text as UTF-8 (a BOM dropped, CRLF kept as is); binary and invalid UTF-8 are refused with the line. */
export function decode(name: string, bytes: Buffer): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError(name, lineAt(bytes, nul), 'binary data (a NUL byte), not a text file');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new InputError(name, lineAt(bytes, bad), 'is not valid UTF-8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}

function firstInvalidUtf8(b: Buffer): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return b.length;
}
