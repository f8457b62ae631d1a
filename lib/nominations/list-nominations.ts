import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import type { StudyAccess } from "@/lib/guards.ts";

/** Pending peer nominations for facilitators (who nominated whom stays with them). */
export async function listNominations(db: Db, access: StudyAccess) {
  const { studyId } = access;
  return db.nomination.findMany({
    where: { studyId, status: "PENDING" },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      email: true,
      reason: true,
      createdAt: true,
      nominator: { select: { name: true } },
    },
  });
}

export type NominationItem = Awaited<ReturnType<typeof listNominations>>[number];
