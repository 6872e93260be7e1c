import type { RuleContext } from '../define';
import { systemdModel, type UnitFile } from '../../model/systemd';

/** The unit model of every non-empty systemd document of the run, built once and shared by the rules. */
export function unitsOf(ctx: RuleContext): UnitFile[] {
  return ctx.memo('systemd:units', () =>
    ctx.docsOf('systemd').filter((d) => d.text.trim() !== '').map((d) => systemdModel(d)),
  );
}

/** The unit's own type-specific section name as it will be looked up ([Service] for a .service). */
export const isVendorPath = (p: string | undefined): boolean =>
  !!p && /^\/(usr\/)?lib\/systemd\/(system|user)\//.test(p);
