import "server-only";
import type { Db } from "@/lib/db.ts";
import { requireFacilitator } from "@/lib/guards.ts";

/** Pending peer nominations for facilitators (who nominated whom stays with them). */
export async function listNominations(db: Db, userId: string, studyId: string) {
  await requireFacilitator(db, userId, studyId);
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
