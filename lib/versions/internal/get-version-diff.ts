import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import type { VersionStatus } from "@/lib/generated/prisma/enums.ts";
import { diffVersions, type VersionDiff } from "@/lib/versions/diff-versions.ts";

export type VersionPairDiff = VersionDiff & {
  from: number;
  to: number;
  before: { id: string; number: number };
  after: { id: string; number: number; status: VersionStatus };
};

/**
 * What version `number` changes from the version before it, aligned by lineage. Null for
 * version 1 (nothing to compare with). No authorization: its callers (loadVersionChanges,
 * publishing) decide who may see it.
 */
export async function loadVersionDiff(
  db: Db,
  studyId: string,
  number: number,
): Promise<VersionPairDiff | null> {
  if (number < 2) return null;
  const versions = await db.version.findMany({
    where: { studyId, number: { in: [number - 1, number] } },
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      status: true,
      explanatoryText: true,
      clauses: {
        select: {
          id: true,
          position: true,
          text: true,
          origins: {
            select: {
              source: { select: { id: true, text: true, version: { select: { number: true } } } },
            },
          },
        },
      },
    },
  });
  const [before, after] = versions;
  if (!before || !after || after.number !== number) return null;
  const diff = diffVersions(before, {
    explanatoryText: after.explanatoryText,
    clauses: after.clauses.map(({ origins, ...c }) => {
      const sources = origins.map((o) => o.source);
      // A source older than the version before: the clause was restored from there.
      const older = sources.find((s) => s.version.number < before.number);
      return {
        ...c,
        sourceIds: sources.map((s) => s.id),
        ...(older ? { restoredFrom: { version: older.version.number, text: older.text } } : {}),
      };
    }),
  });
  return {
    ...diff,
    from: before.number,
    to: after.number,
    before: { id: before.id, number: before.number },
    after: { id: after.id, number: after.number, status: after.status },
  };
}
