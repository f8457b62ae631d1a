import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ROUND_CHANGE_TRANSACTION } from "@/lib/db/transaction-limits.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { GRACE_SECONDS } from "./round-window.ts";
import { lockRoundAgainstWrites } from "./internal/round-write-lock.ts";

/** Closes every open round whose deadline (plus grace) has passed. Safe to run anywhere, often. */
export async function closeDueRounds(db: PrismaClient, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - GRACE_SECONDS * 1000);
  const due = await db.round.findMany({
    where: { state: "OPEN", closesAt: { lt: cutoff } },
    select: { id: true, studyId: true },
  });
  let closed = 0;
  for (const round of due) {
    await db.$transaction(async (tx) => {
      await lockRoundAgainstWrites(tx, round.id);
      // Conditional update: a deadline extended meanwhile, or a concurrent close, wins.
      const { count } = await tx.round.updateMany({
        where: { id: round.id, state: "OPEN", closesAt: { lt: cutoff } },
        data: { state: "CLOSED", closedAt: now },
      });
      if (count === 1) {
        closed++;
        await recordAuditEvent(tx, {
          studyId: round.studyId,
          action: "round.closed",
          targetType: "Round",
          targetId: round.id,
        });
      }
    }, ROUND_CHANGE_TRANSACTION);
  }
  return closed;
}
