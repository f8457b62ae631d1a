import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { AppError } from "@/lib/errors.ts";
import type { VersionStatus } from "@/lib/generated/prisma/enums.ts";
import { can } from "@/lib/auth/permissions.ts";
import type { StudyAccess } from "@/lib/guards.ts";

export type PublicationState = {
  slug: string;
  publishedAt: Date | null;
  offersAggregateData: boolean;
  canEdit: boolean;
  roundsInProgress: number;
  closedRounds: number;
  latestVersion: { number: number; status: VersionStatus } | null;
};

/** Whether and where the study is public, and what stands in the way of publishing it. */
export async function getPublicationState(db: Db, access: StudyAccess): Promise<PublicationState> {
  const { studyId, role } = access;
  const study = await db.study.findUnique({
    where: { id: studyId },
    select: {
      slug: true,
      publishedAt: true,
      publicAggregateData: true,
      versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, status: true } },
    },
  });
  if (!study) throw new AppError("NOT_FOUND");
  const [roundsInProgress, closedRounds] = await Promise.all([
    db.round.count({ where: { studyId, state: { not: "CLOSED" } } }),
    db.round.count({ where: { studyId, state: "CLOSED" } }),
  ]);
  return {
    slug: study.slug,
    publishedAt: study.publishedAt,
    offersAggregateData: study.publicAggregateData,
    canEdit: can(role, "study.publish"),
    roundsInProgress,
    closedRounds,
    latestVersion: study.versions[0] ?? null,
  };
}
