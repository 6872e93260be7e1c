import * as fs from 'fs';
import * as path from 'path';
import { createTwoFilesPatch } from 'diff';
import type { CheckResult } from '../check';
import type { SourceFile } from '../core/document';
import { applyEdits } from '../report/fix';

/**
 * --fix: every known fix as one unified diff against the user's files (what
 * `patch -p0` and `git apply -p0` take). With --write the patched text replaces
 * each file: written to a temporary file beside it and renamed over it, so a
 * failure never leaves a half-written config; the file keeps its mode and a
 * symlink keeps pointing at the file it names. Nothing is written without --write.
 */
export function fixOutput(result: CheckResult, opts: { write: boolean; cwd?: string }): string {
  const edits = result.findings.flatMap((f) => result.fixEdits.get(f) ?? []);
  if (edits.length === 0) return '';
  const changed = [...applyEdits(edits)].filter(([src, text]) => text !== src.text);
  if (opts.write) {
    for (const [src, text] of changed) if (src.path !== '<stdin>') writeAtomically(src.path, text);
  }
  const cwd = opts.cwd ?? process.cwd();
  return changed.map(([src, text]) => fileDiff(src, text, cwd)).join('');
}

/**
 * One file's part of the diff. patch refuses absolute names and names with
 * `..` ("potentially dangerous"), so a file under the working directory is
 * named relative to it; others keep the name they were given.
 */
function fileDiff(src: SourceFile, after: string, cwd: string): string {
  const name = diffName(src.path, cwd);
  return createTwoFilesPatch(name, name, src.text, after, '', '', { context: 3 }).replace(/^Index:.*\n=+\n/, '');
}

export function diffName(file: string, cwd: string): string {
  if (file === '<stdin>' || !path.isAbsolute(file)) return file.replace(/\\/g, '/');
  const rel = path.relative(cwd, file);
  return rel && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

function writeAtomically(file: string, text: string): void {
  const target = fs.realpathSync(file);
  const mode = fs.statSync(target).mode & 0o7777;
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.airlock-${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, text, { mode });
    fs.chmodSync(tmp, mode); // writeFileSync's mode is filtered by the umask
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
