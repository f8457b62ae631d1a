import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { requireStudyAccess } from "@/lib/guards.ts";

/** What every page of a study's workspace shows on top; NOT_FOUND for non-members. */
export async function getStudyHeader(db: Db, userId: string, studyId: string) {
  const { role } = await requireStudyAccess(db, userId, studyId, "study.view");
  const study = await db.study.findUniqueOrThrow({
    where: { id: studyId },
    select: { id: true, title: true, status: true, protocolLockedAt: true },
  });
  // Pages decide what to show with can(role, …): one table for lib and UI.
  return { ...study, role };
}

export type StudyHeader = Awaited<ReturnType<typeof getStudyHeader>>;
