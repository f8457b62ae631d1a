import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import type { StudyAccess } from "@/lib/guards.ts";

/** What every page of a study's workspace shows on top. */
export async function getStudyHeader(db: Db, access: StudyAccess) {
  const study = await db.study.findUniqueOrThrow({
    where: { id: access.studyId },
    select: { id: true, title: true, status: true, protocolLockedAt: true },
  });
  // Pages decide what to show with can(role, …): one table for lib and UI.
  return { ...study, role: access.role };
}

export type StudyHeader = Awaited<ReturnType<typeof getStudyHeader>>;
