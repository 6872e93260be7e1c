import * as fs from 'fs';
import type { CheckResult } from '../check';
import { applyEdits, unifiedDiff } from '../report/fix';

/**
 * --fix: every known fix as one unified diff against the user's files (what
 * `patch -p0` and `git apply` take). With --write the patched text replaces each
 * file: written to a temporary file and renamed, so a failure never leaves a
 * half-written config. Nothing is written without --write.
 */
export function fixOutput(result: CheckResult, opts: { write: boolean }): string {
  const edits = result.findings.flatMap((f) => result.fixEdits.get(f) ?? []);
  if (edits.length === 0) return '';
  if (opts.write) {
    for (const [src, text] of applyEdits(edits)) {
      if (src.path === '<stdin>' || text === src.text) continue;
      const tmp = `${src.path}.airlock-${process.pid}.tmp`;
      fs.writeFileSync(tmp, text);
      fs.renameSync(tmp, src.path);
    }
  }
  return unifiedDiff(edits);
}
