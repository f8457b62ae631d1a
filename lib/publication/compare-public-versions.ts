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
  const clauses = (v: typeof before) =>
    v.clauses.map((c) => ({ id: c.id, position: c.number, text: c.text }));
  const diff = diffVersions(
    { explanatoryText: before.explanatoryText, clauses: clauses(before) },
    {
      explanatoryText: after.explanatoryText,
      clauses: clauses(after).map((c) => ({ ...c, sourceIds: lineage.get(c.id) ?? [] })),
    },
  );
  return { ...diff, from, to };
}
