import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import type { StudyAccess } from "@/lib/guards.ts";
import { ACTIVE_PANEL_STATUSES } from "./panel-rules.ts";

export const COMPOSITION_DIMENSIONS = ["region", "sector", "gender"] as const;
export type CompositionDimension = (typeof COMPOSITION_DIMENSIONS)[number];

/** One bar: `value` null is the "not given" group (empty or missing). */
export type CompositionGroup = { value: string | null; count: number };

export type PanelComposition = {
  /** Experts counted: proposed, invited and accepted (the places under the cap). */
  total: number;
  groups: Record<CompositionDimension, CompositionGroup[]>;
};

/**
 * The panel by region, sector and gender, counted in the database. Declined, withdrawn and
 * excluded experts are left out: the overview shows who the panel is, not who was asked.
 */
export async function getPanelComposition(db: Db, access: StudyAccess): Promise<PanelComposition> {
  const { studyId } = access;
  const where = { studyId, status: { in: [...ACTIVE_PANEL_STATUSES] } };
  const [total, byRegion, bySector, byGender] = await Promise.all([
    db.panelMember.count({ where }),
    db.panelMember.groupBy({ by: ["region"], where, _count: { _all: true } }),
    db.panelMember.groupBy({ by: ["sector"], where, _count: { _all: true } }),
    db.panelMember.groupBy({ by: ["gender"], where, _count: { _all: true } }),
  ]);
  return {
    total,
    groups: {
      region: toGroups(byRegion.map((g) => [g.region, g._count._all])),
      sector: toGroups(bySector.map((g) => [g.sector, g._count._all])),
      gender: toGroups(byGender.map((g) => [g.gender, g._count._all])),
    },
  };
}

/** Merges "" and null into "not given"; largest groups first, "not given" last. */
function toGroups(rows: [string | null, number][]): CompositionGroup[] {
  const notGiven = rows.filter(([v]) => !v).reduce((sum, [, n]) => sum + n, 0);
  const given: CompositionGroup[] = rows
    .filter((row): row is [string, number] => !!row[0])
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return notGiven ? [...given, { value: null, count: notGiven }] : given;
}
