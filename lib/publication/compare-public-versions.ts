import { composeLineage } from "@/lib/versions/compose-lineage.ts";
import { diffVersions, type VersionDiff } from "@/lib/versions/diff-versions.ts";
import type { PublicStudy } from "./get-public-study.ts";

/**
 * The word-level differences between any two public versions (from < to), aligned by the
 * lineage composed across the versions in between. Null if either is not public.
 */
export function comparePublicVersions(
  study: PublicStudy,
  from: number,
  to: number,
): (VersionDiff & { from: number; to: number }) | null {
  const before = study.versions.find((v) => v.number === from);
  const after = study.versions.find((v) => v.number === to);
  if (!before || !after || from >= to) return null;
  const lineage = composeLineage(study.versions, from, to);
  // Lineage that ends before `from` is a clause restored from there (see composeLineage).
  const older = new Map(
    study.versions
      .filter((v) => v.number < from)
      .flatMap((v) => v.clauses.map((c) => [c.id, { version: v.number, text: c.text }] as const)),
  );
  const clauses = (v: typeof before) =>
    v.clauses.map((c) => ({ id: c.id, position: c.number, text: c.text }));
  const diff = diffVersions(
    { explanatoryText: before.explanatoryText, clauses: clauses(before) },
    {
      explanatoryText: after.explanatoryText,
      clauses: clauses(after).map((c) => {
        const sourceIds = lineage.get(c.id) ?? [];
        const restoredFrom = sourceIds.map((id) => older.get(id)).find((o) => o !== undefined);
        return { ...c, sourceIds, ...(restoredFrom ? { restoredFrom } : {}) };
      }),
    },
  );
  return { ...diff, from, to };
}
