import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import type { Db } from "@/lib/db.ts";
import { wakeOutbox } from "@/lib/email/outbox-signal.ts";
import { AppError } from "@/lib/errors.ts";
import { queueEmail } from "@/lib/email/queue-email.ts";
import { reminderEmail } from "@/lib/email/templates/round.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { canEditRoles, requireFacilitator } from "@/lib/guards.ts";
import { appUrl } from "@/lib/http/app-url.ts";
import { getLiveLinkTokens } from "@/lib/invitations/issue-expert-link.ts";
import { isAcceptingResponses } from "./round-window.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Queues reminder `slot` of a round for every accepted expert who has not submitted and
 * has not had that reminder yet. `slot` is the number of days before the deadline for
 * scheduled reminders, or "manual-<n>" for the n-th "remind now". The outbox's dedupe key
 * makes each (round, expert, slot) one message, however often this runs.
 */
async function queueReminders(db: Db, roundId: string, slot: string): Promise<number> {
  const round = await db.round.findUniqueOrThrow({
    where: { id: roundId },
    select: {
      id: true,
      number: true,
      state: true,
      closesAt: true,
      studyId: true,
      study: { select: { title: true } },
    },
  });
  if (!isAcceptingResponses(round)) return 0;
  const pending = await db.roundParticipation.findMany({
    where: {
      roundId,
      panelMember: { status: "ACCEPTED", responses: { none: { roundId, state: "SUBMITTED" } } },
    },
    select: {
      id: true,
      panelMember: { select: { id: true, name: true, email: true } },
    },
  });
  // Two queries for the whole batch, not two per expert: live links, and who already had
  // this reminder (the dedupe key would refuse a second one, but the count must be right).
  const keyOf = (panelMemberId: string) => `reminder:${roundId}:${panelMemberId}:${slot}`;
  const tokens = await getLiveLinkTokens(
    db,
    pending.map((p) => p.panelMember.id),
  );
  const done = await db.outboundEmail.findMany({
    where: { dedupeKey: { in: pending.map((p) => keyOf(p.panelMember.id)) } },
    select: { dedupeKey: true },
  });
  const already = new Set(done.map((d) => d.dedupeKey));
  let sent = 0;
  for (const p of pending) {
    const key = keyOf(p.panelMember.id);
    const token = tokens.get(p.panelMember.id);
    if (!token || already.has(key)) continue;
    const message = reminderEmail({
      name: p.panelMember.name,
      studyTitle: round.study.title,
      roundNumber: round.number,
      closesAt: round.closesAt,
      url: appUrl(`/respond/${token}`),
    });
    await queueEmail(db, {
      kind: "REMINDER",
      to: p.panelMember.email,
      studyId: round.studyId,
      panelMemberId: p.panelMember.id,
      sensitive: true,
      dedupeKey: key,
      ...message,
    });
    // Which reminders went out (days before the deadline; 0 = a manual one); when is on the email.
    const day = slot.startsWith("day-") ? Number(slot.slice(4)) : 0;
    await db.roundParticipation.update({
      where: { id: p.id },
      data: { remindersSent: { push: day } },
    });
    sent++;
  }
  return sent;
}

/** Scheduled reminders: for each open round, each configured day-before whose time has come. */
export async function sendDueReminders(db: PrismaClient, now: Date = new Date()): Promise<number> {
  const rounds = await db.round.findMany({
    where: { state: "OPEN", closesAt: { gt: now } },
    select: { id: true, closesAt: true, reminderDays: true },
  });
  let sent = 0;
  for (const round of rounds) {
    // Only the latest reminder that is due: after a late extension, no burst of old ones.
    const due = round.reminderDays
      .filter((d) => now.getTime() >= round.closesAt.getTime() - d * DAY_MS)
      .sort((a, b) => a - b)[0];
    if (due !== undefined)
      sent += await db.$transaction((tx) => queueReminders(tx, round.id, `day-${due}`));
  }
  if (sent) wakeOutbox();
  return sent;
}

/** "Remind now": a facilitator reminds every accepted expert who has not submitted. */
export async function remindNow(
  db: PrismaClient,
  userId: string,
  studyId: string,
  number: number,
): Promise<number> {
  const sent = await db.$transaction(async (tx) => {
    await requireFacilitator(tx, userId, studyId, canEditRoles);
    const round = await tx.round.findUnique({
      where: { studyId_number: { studyId, number } },
      select: { id: true },
    });
    if (!round) throw new AppError("NOT_FOUND");
    const manual = await tx.auditEvent.count({
      where: { studyId, action: "round.remindedNow", targetId: round.id },
    });
    const count = await queueReminders(tx, round.id, `manual-${manual + 1}`);
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "round.remindedNow",
      targetType: "Round",
      targetId: round.id,
      data: { count },
    });
    return count;
  });
  wakeOutbox();
  return sent;
}
