import type { Document } from '../core/document';
import { markPipedToShell, planShell } from './shell';
import type { ConfigStep, Plan, Step } from './types';

export interface PlanResult {
  plan: Plan;
  /** Every document of the run: the input blocks and all documents cut out of them. */
  docs: Document[];
}

/**
 * The plan of an answer: its blocks in order; shell blocks become commands and
 * file writes, config blocks shown on their own become ConfigSteps.
 */
export function buildPlan(blocks: Document[]): PlanResult {
  const steps: Step[] = [];
  const docs: Document[] = [];
  for (const block of blocks) {
    docs.push(block);
    if (block.lang === 'shell') {
      const res = planShell(block);
      for (const s of res.steps) steps.push({ ...s, index: steps.length });
      docs.push(...res.derived);
    } else if (block.lang !== 'unknown') {
      const step: ConfigStep = {
        kind: 'config',
        index: steps.length,
        doc: block,
        span: { start: { row: 0, column: 0 }, end: endOf(block.text) },
        content: block,
        ...(block.path ? { path: block.path } : {}),
      };
      if (!step.path && block.lang === 'systemd') {
        const edited = lastSystemctlEdit(steps);
        if (edited) {
          step.path = `/etc/systemd/system/${edited}.d/override.conf`;
          block.path = step.path;
        }
      }
      steps.push(step);
    }
  }
  markPipedToShell(steps);
  return { plan: { steps }, docs };
}

/** `systemctl edit ollama` opens an editor on the override the next unit block fills in. */
function lastSystemctlEdit(steps: Step[]): string | undefined {
  for (let k = steps.length - 1; k >= 0; k--) {
    const s = steps[k];
    if (s.kind === 'command' && s.info.tool === 'systemctl' && s.info.verb === 'edit' && !s.info.flags.includes('--full')) {
      const unit = s.info.units[0];
      if (unit) return /\.[a-z]+$/.test(unit) ? unit : `${unit}.service`;
    }
    if (s.kind === 'config') return undefined;
  }
  return undefined;
}

export function endOf(text: string): { row: number; column: number } {
  const lines = text.split('\n');
  return { row: lines.length - 1, column: lines[lines.length - 1].length };
}
