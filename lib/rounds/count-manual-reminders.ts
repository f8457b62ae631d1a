import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { AppError } from "@/lib/errors.ts";
import type { StudyAccess } from "@/lib/guards.ts";

/**
 * How many "remind now" batches a round has had. The facilitator's form carries the count
 * it was shown, so that a double click or a retry names the same batch and sends nothing
 * new (see remindNow).
 */
export async function countManualReminders(
  db: Db,
  access: StudyAccess,
  number: number,
): Promise<number> {
  const { studyId } = access;
  const round = await db.round.findUnique({
    where: { studyId_number: { studyId, number } },
    select: { id: true },
  });
  if (!round) throw new AppError("NOT_FOUND");
  return db.auditEvent.count({
    where: { studyId, action: "round.remindedNow", targetType: "Round", targetId: round.id },
  });
}
