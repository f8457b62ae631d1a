import "server-only";
import type { Db } from "@/lib/db.ts";
import { requireFacilitator } from "@/lib/guards.ts";

/** What every page of a study's workspace shows on top; NOT_FOUND for non-members. */
export async function getStudyHeader(db: Db, userId: string, studyId: string) {
  const { role } = await requireFacilitator(db, userId, studyId);
  const study = await db.study.findUniqueOrThrow({
    where: { id: studyId },
    select: { id: true, title: true, status: true, protocolLockedAt: true },
  });
  return { ...study, role, canEdit: role !== "OBSERVER" };
}

export type StudyHeader = Awaited<ReturnType<typeof getStudyHeader>>;
