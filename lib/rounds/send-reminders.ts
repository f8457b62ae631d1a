import "server-only";
import { MASS_TRANSACTION } from "@/lib/email/mass-transaction.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import type { Db } from "@/lib/db/app-db.ts";
import { wakeOutbox } from "@/lib/email/outbox-signal.ts";
import { AppError } from "@/lib/errors.ts";
import { queueEmails } from "@/lib/email/queue-emails.ts";
import { perExpert } from "@/lib/email/templates/per-expert.ts";
import { reminderEmail } from "@/lib/email/templates/round.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import { appUrl } from "@/lib/http/app-url.ts";
import { getLiveLinkTokens } from "@/lib/invitations/issue-expert-link.ts";
import { countManualReminders } from "./count-manual-reminders.ts";
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
    select: { panelMember: { select: { id: true, name: true, email: true } } },
  });
  // A constant number of statements for the whole batch, none per expert: live links,
  // one multi-row INSERT (the dedupe key skips whoever already had this reminder, even
  // two runs at once) and one UPDATE of the participations of those really queued.
  const tokens = await getLiveLinkTokens(
    db,
    pending.map((p) => p.panelMember.id),
  );
  const message = perExpert(reminderEmail, {
    studyTitle: round.study.title,
    roundNumber: round.number,
    closesAt: round.closesAt,
  });
  const queued = await queueEmails(
    db,
    pending.flatMap(({ panelMember: expert }) => {
      const token = tokens.get(expert.id);
      if (!token) return [];
      return [
        {
          kind: "REMINDER" as const,
          to: expert.email,
          studyId: round.studyId,
          panelMemberId: expert.id,
          sensitive: true,
          dedupeKey: `reminder:${roundId}:${expert.id}:${slot}`,
          ...message({ name: expert.name, url: appUrl(`/respond/${token}`) }),
        },
      ];
    }),
  );
  // Which reminders went out (days before the deadline; 0 = a manual one); when is on the email.
  const day = slot.startsWith("day-") ? Number(slot.slice(4)) : 0;
  await db.$executeRaw`
    UPDATE "RoundParticipation" SET "remindersSent" = array_append("remindersSent", ${day}::int)
     WHERE "roundId" = ${roundId}
       AND "panelMemberId" = ANY(${queued.map((q) => q.panelMemberId!)}::text[])`;
  return queued.length;
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
      sent += await db.$transaction(
        (tx) => queueReminders(tx, round.id, `day-${due}`),
        MASS_TRANSACTION,
      );
  }
  if (sent) wakeOutbox();
  return sent;
}

/**
 * "Remind now": a facilitator reminds every accepted expert who has not submitted.
 * `seen` is how many manual reminders the facilitator's page showed: the click sends
 * batch seen + 1, so a second click or a retry of the same page names the same batch,
 * whose dedupe keys are taken, and queues nothing new.
 */
export async function remindNow(
  db: PrismaClient,
  access: StudyAccess,
  number: number,
  seen?: number,
): Promise<number> {
  authorize(access, "round.run");
  const { studyId, userId } = access;
  const sent = await db.$transaction(async (tx) => {
    const round = await tx.round.findUnique({
      where: { studyId_number: { studyId, number } },
      select: { id: true },
    });
    if (!round) throw new AppError("NOT_FOUND");
    const manual = await countManualReminders(tx, access, number);
    const batch = Math.min(seen ?? manual, manual) + 1;
    const count = await queueReminders(tx, round.id, `manual-${batch}`);
    // A repeated batch is not a new reminder: the log keeps one entry per batch.
    if (batch > manual) {
      await recordAuditEvent(tx, {
        studyId,
        actorUserId: userId,
        action: "round.remindedNow",
        targetType: "Round",
        targetId: round.id,
        data: { count },
      });
    }
    return count;
  }, MASS_TRANSACTION);
  wakeOutbox();
  return sent;
}
