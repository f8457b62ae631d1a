import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import type { StudyAccess } from "@/lib/guards.ts";

/** A study's overview for its facilitators: protocol, latest version, panel by status. */
export async function getStudyOverview(db: Db, access: StudyAccess) {
  const { studyId, role } = access;
  const study = await db.study.findUniqueOrThrow({
    where: { id: studyId },
    select: {
      id: true,
      title: true,
      slug: true,
      purpose: true,
      audience: true,
      status: true,
      partsRule: true,
      consensusThreshold: true,
      wholeRule: true,
      wholeThreshold: true,
      plannedRounds: true,
      panelCap: true,
      protocolLockedAt: true,
      createdAt: true,
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        select: {
          number: true,
          status: true,
          explanatoryText: true,
          clauses: {
            orderBy: { position: "asc" },
            select: { id: true, position: true, text: true },
          },
        },
      },
    },
  });
  const panel = await db.panelMember.groupBy({
    by: ["status"],
    where: { studyId },
    _count: { _all: true },
  });
  const { versions, ...rest } = study;
  return {
    ...rest,
    role,
    latestVersion: versions[0] ?? null,
    panelByStatus: Object.fromEntries(panel.map((p) => [p.status, p._count._all])) as Partial<
      Record<string, number>
    >,
  };
}

export type StudyOverview = Awaited<ReturnType<typeof getStudyOverview>>;
