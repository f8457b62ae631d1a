import "server-only";
import type { Db } from "@/lib/db.ts";
import { requireFacilitator } from "@/lib/guards.ts";
import { diffVersions, type VersionDiff } from "./diff-versions.ts";

/**
 * What version `number` changes from the version before it, aligned by lineage, for the
 * study's facilitators. Null for version 1 (nothing to compare with).
 */
export async function getVersionDiff(
  db: Db,
  userId: string,
  studyId: string,
  number: number,
): Promise<(VersionDiff & { from: number; to: number }) | null> {
  await requireFacilitator(db, userId, studyId);
  if (number < 2) return null;
  const versions = await db.version.findMany({
    where: { studyId, number: { in: [number - 1, number] } },
    orderBy: { number: "asc" },
    select: {
      number: true,
      explanatoryText: true,
      clauses: {
        select: {
          id: true,
          position: true,
          text: true,
          origins: { select: { sourceId: true } },
        },
      },
    },
  });
  const [before, after] = versions;
  if (!before || !after || after.number !== number) return null;
  const diff = diffVersions(before, {
    explanatoryText: after.explanatoryText,
    clauses: after.clauses.map((c) => ({ ...c, sourceIds: c.origins.map((o) => o.sourceId) })),
  });
  return { ...diff, from: before.number, to: after.number };
}
