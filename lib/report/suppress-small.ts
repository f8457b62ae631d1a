import { SMALL_GROUP } from "./report-items.ts";

export type CountRow = { label: string | null; count: number };

/**
 * Named groups of fewer than SMALL_GROUP experts (and "not given") are pooled into one
 * unnamed row, so nobody can be picked out by a rare attribute. If the pool itself is
 * small but positive, it still says only "fewer than 5 each".
 */
export function suppressSmall(rows: CountRow[]): CountRow[] {
  const named = rows
    .filter((r) => r.label && r.count >= SMALL_GROUP)
    .sort((a, b) => b.count - a.count || a.label!.localeCompare(b.label!));
  const pooled = rows
    .filter((r) => !r.label || r.count < SMALL_GROUP)
    .reduce((sum, r) => sum + r.count, 0);
  return pooled ? [...named, { label: null, count: pooled }] : named;
}
