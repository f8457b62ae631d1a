import "server-only";
import { MASS_TRANSACTION } from "@/lib/email/mass-transaction.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { wakeOutbox } from "@/lib/email/outbox-signal.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import { requireDraftVersion } from "@/lib/versions/internal/require-draft-version.ts";
import { requireJustifiedChanges } from "@/lib/justifications/internal/require-justified-changes.ts";
import { checkDeadlineLead } from "./check-deadline-lead.ts";
import { lockStudyForRounds } from "./internal/lock-study.ts";
import { notifyRoundOpened } from "./internal/notify-round-opened.ts";
import { seatPanel } from "./internal/seat-panel.ts";
import type { OpenRoundInput } from "./schemas.ts";

/**
 * Opens the next round on the latest version. In one transaction: the version and (on the
 * first round) the protocol lock, every expert on the panel gets a place in the round, and
 * each is emailed their personal link: set-based, so a panel of 1,000 opens in one short
 * transaction. A second click waits on the study lock, then finds the round open.
 */
export async function openRound(
  db: PrismaClient,
  access: StudyAccess,
  input: OpenRoundInput,
): Promise<{ roundId: string; number: number; notified: number }> {
  authorize(access, "round.run");
  const { studyId, userId } = access;
  const result = await db.$transaction(async (tx) => {
    checkDeadlineLead(input.closesAt);
    const study = await lockStudyForRounds(tx, studyId);
    if (study.status !== "DRAFT" && study.status !== "ACTIVE") {
      throw new AppError("CONFLICT", "study closed", { messageKey: "rounds.studyClosed" });
    }
    const open = await tx.round.count({ where: { studyId, state: "OPEN" } });
    if (open > 0)
      throw new AppError("CONFLICT", "round open", { messageKey: "rounds.alreadyOpen" });
    const version = await tx.version.findFirst({
      where: { studyId },
      orderBy: { number: "desc" },
      select: { id: true, number: true, status: true, _count: { select: { clauses: true } } },
    });
    if (!version || version.status !== "DRAFT") {
      throw new AppError("CONFLICT", "no draft", { messageKey: "rounds.noDraftVersion" });
    }
    if (version._count.clauses === 0)
      throw new AppError("CONFLICT", "empty", { messageKey: "rounds.emptyVersion" });
    // The version's row lock: no text edit can land between this check and the lock.
    await requireDraftVersion(tx, studyId, version.id);
    await requireJustifiedChanges(tx, studyId, version.number);
    const number = (await tx.round.count({ where: { studyId } })) + 1;
    const now = new Date();
    // Round 1 also reaches experts who have not answered their invitation yet.
    const statuses = number === 1 ? (["ACCEPTED", "INVITED"] as const) : (["ACCEPTED"] as const);
    const experts = await tx.panelMember.findMany({
      where: { studyId, status: { in: [...statuses] } },
      select: { id: true, name: true, email: true, status: true },
    });
    if (!experts.some((e) => e.status === "ACCEPTED") && number > 1) {
      throw new AppError("CONFLICT", "no panel", { messageKey: "rounds.noPanel" });
    }
    const round = await tx.round.create({
      data: {
        studyId,
        versionId: version.id,
        number,
        state: "OPEN",
        opensAt: now,
        openedAt: now,
        closesAt: input.closesAt,
        reminderDays: input.reminderDays,
        collectRatings: input.collectRatings && study.ratingScaleMax !== null,
      },
      select: { id: true },
    });
    await seatPanel(
      tx,
      round.id,
      experts.map((e) => e.id),
      now,
    );
    await tx.version.update({
      where: { id: version.id },
      data: { status: "LOCKED", lockedAt: now },
    });
    await tx.study.update({
      where: { id: studyId },
      data: { status: "ACTIVE", ...(number === 1 ? { protocolLockedAt: now } : {}) },
    });
    const notified = await notifyRoundOpened(tx, {
      studyId,
      studyTitle: study.title,
      roundNumber: number,
      closesAt: input.closesAt,
      experts,
    });
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "round.opened",
      targetType: "Round",
      targetId: round.id,
      data: { number, closesAt: input.closesAt.toISOString(), experts: experts.length },
    });
    return { roundId: round.id, number, notified };
  }, MASS_TRANSACTION);
  wakeOutbox();
  return result;
}
