import "server-only";
import type { Db } from "@/lib/db.ts";
import type { VersionStatus } from "@/lib/generated/prisma/enums.ts";
import { diffVersions, type VersionDiff } from "./diff-versions.ts";

export type VersionPairDiff = VersionDiff & {
  from: number;
  to: number;
  before: { id: string; number: number };
  after: { id: string; number: number; status: VersionStatus };
};

/**
 * What version `number` changes from the version before it, aligned by lineage. Null for
 * version 1 (nothing to compare with). No authorization: callers decide who may see it.
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
  return {
    ...diff,
    from: before.number,
    to: after.number,
    before: { id: before.id, number: before.number },
    after: { id: after.id, number: after.number, status: after.status },
  };
}
