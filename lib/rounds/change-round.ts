import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { ROUND_CHANGE_TRANSACTION } from "@/lib/db/transaction-limits.ts";
import { AppError } from "@/lib/errors.ts";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import { checkDeadlineLead } from "./check-deadline-lead.ts";
import { lockStudyForRounds } from "./internal/lock-study.ts";
import { lockRoundAgainstWrites } from "./internal/round-write-lock.ts";

/**
 * The open round `number` of the study, read under the study's round lock and the round's
 * write lock (both callers end or move the answer window: answers in flight commit first).
 */
async function requireOpenRound(tx: Prisma.TransactionClient, studyId: string, number: number) {
  const where = { studyId_number: { studyId, number } };
  const found = await tx.round.findUnique({ where, select: { id: true } });
  if (!found) throw new AppError("NOT_FOUND");
  // The write lock before the study's: a writer holds it while its audit row's foreign key
  // takes a key-share lock on the study, so the other order could deadlock with it.
  await lockRoundAgainstWrites(tx, found.id);
  await lockStudyForRounds(tx, studyId);
  const round = await tx.round.findUnique({
    where,
    select: { id: true, state: true, closesAt: true },
  });
  if (!round) throw new AppError("NOT_FOUND");
  if (round.state !== "OPEN")
    throw new AppError("CONFLICT", "not open", { messageKey: "rounds.notOpen" });
  return round;
}

/** Moves an open round's deadline (later, or earlier but still in the future). */
export async function extendRound(
  db: PrismaClient,
  access: StudyAccess,
  number: number,
  input: { closesAt: Date },
): Promise<void> {
  authorize(access, "round.run");
  const { studyId, userId } = access;
  await db.$transaction(async (tx) => {
    checkDeadlineLead(input.closesAt);
    const round = await requireOpenRound(tx, studyId, number);
    await tx.round.update({ where: { id: round.id }, data: { closesAt: input.closesAt } });
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "round.deadlineChanged",
      targetType: "Round",
      targetId: round.id,
      data: { from: round.closesAt.toISOString(), to: input.closesAt.toISOString() },
    });
  }, ROUND_CHANGE_TRANSACTION);
}

/** Closes an open round now, before its deadline. */
export async function closeRound(
  db: PrismaClient,
  access: StudyAccess,
  number: number,
): Promise<void> {
  authorize(access, "round.run");
  const { studyId, userId } = access;
  await db.$transaction(async (tx) => {
    const round = await requireOpenRound(tx, studyId, number);
    await tx.round.update({
      where: { id: round.id },
      data: { state: "CLOSED", closedAt: new Date() },
    });
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "round.closedEarly",
      targetType: "Round",
      targetId: round.id,
    });
  }, ROUND_CHANGE_TRANSACTION);
}
