import { caddyModel, type CaddyFile } from '../../model/caddyfile';
import type { RuleContext } from '../define';

/** The model of every non-empty Caddyfile document of the run, built once and shared by the rules. */
export function caddyFiles(ctx: RuleContext): CaddyFile[] {
  return ctx.memo('caddy:files', () => ctx.docsOf('caddyfile').filter((d) => d.text.trim() !== '').map((d) => caddyModel(d)));
}
