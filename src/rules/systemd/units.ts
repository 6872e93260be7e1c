import type { RuleContext } from '../define';
import { systemdModel, type UnitFile } from '../../model/systemd';
import { UNIT_SECTIONS } from '../../knowledge/systemd-directives';

/** The unit model of every non-empty systemd document of the run, built once and shared by the rules. */
export function unitsOf(ctx: RuleContext): UnitFile[] {
  return ctx.memo('systemd:units', () =>
    ctx.docsOf('systemd').filter((d) => d.text.trim() !== '').map((d) => systemdModel(d)),
  );
}

/**
 * Whether the document is a unit file or unit drop-in (not a networkd .network/.netdev/.link
 * file or drop-in, which share the syntax): its path names a unit type, or, without a path,
 * it has at least one unit section.
 */
export function isUnitFile(unit: UnitFile): boolean {
  if (unit.type) return true;
  if (unit.doc.path) return false;
  return unit.sections.length === 0 || unit.sections.some((s) => UNIT_SECTIONS.includes(s.name));
}

/** Paths where the distribution's packages keep their units. */
export const isVendorPath = (p: string | undefined): boolean =>
  !!p && /^\/(usr\/)?lib\/systemd\/(system|user)\//.test(p);
