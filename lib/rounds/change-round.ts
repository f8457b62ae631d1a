import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { AppError } from "@/lib/errors.ts";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client.ts";
import { canEditRoles, requireFacilitator } from "@/lib/guards.ts";
import { checkDeadlineLead } from "./check-deadline-lead.ts";
import { lockStudyForRounds } from "./lock-study.ts";

/** The open round `number` of the study, read under the study's round lock. */
async function requireOpenRound(tx: Prisma.TransactionClient, studyId: string, number: number) {
  await lockStudyForRounds(tx, studyId);
  const round = await tx.round.findUnique({
    where: { studyId_number: { studyId, number } },
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
  userId: string,
  studyId: string,
  number: number,
  input: { closesAt: Date },
): Promise<void> {
  await db.$transaction(async (tx) => {
    await requireFacilitator(tx, userId, studyId, canEditRoles);
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
  });
}

/** Closes an open round now, before its deadline. */
export async function closeRound(
  db: PrismaClient,
  userId: string,
  studyId: string,
  number: number,
): Promise<void> {
  await db.$transaction(async (tx) => {
    await requireFacilitator(tx, userId, studyId, canEditRoles);
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
  });
}
