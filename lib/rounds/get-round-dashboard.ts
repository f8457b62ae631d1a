import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { AppError } from "@/lib/errors.ts";
import type { EmailKind } from "@/lib/generated/prisma/client.ts";
import type { StudyAccess } from "@/lib/guards.ts";

// The emails an expert's row reports on; the round page has words for these kinds only.
const ROUND_EMAIL_KINDS = ["ROUND_OPENED", "REMINDER"] as const satisfies readonly EmailKind[];

/**
 * One round for its facilitators: who has submitted, who has a draft, who has not
 * started, reminders and email delivery per expert. Facilitators may see who said what.
 */
export async function getRoundDashboard(db: Db, access: StudyAccess, number: number) {
  const { studyId, role } = access;
  const round = await db.round.findUnique({
    where: { studyId_number: { studyId, number } },
    select: {
      id: true,
      number: true,
      state: true,
      openedAt: true,
      closesAt: true,
      closedAt: true,
      reminderDays: true,
      version: { select: { number: true } },
      participations: {
        orderBy: { panelMember: { name: "asc" } },
        select: {
          remindersSent: true,
          panelMember: {
            select: {
              id: true,
              name: true,
              email: true,
              status: true,
              responses: {
                where: { round: { studyId, number } },
                select: { state: true, submittedAt: true, draftSavedAt: true, updatedAt: true },
              },
              emails: {
                where: { kind: { in: [...ROUND_EMAIL_KINDS] } },
                orderBy: { createdAt: "desc" },
                take: 1,
                select: { kind: true, status: true, lastError: true },
              },
            },
          },
        },
      },
    },
  });
  if (!round) throw new AppError("NOT_FOUND");
  // Reminder emails carry the round in their dedupe key: "reminder:<roundId>:<expertId>:<slot>".
  const reminderEmails = await db.outboundEmail.findMany({
    where: { studyId, kind: "REMINDER", dedupeKey: { startsWith: `reminder:${round.id}:` } },
    orderBy: { createdAt: "asc" },
    select: { panelMemberId: true, createdAt: true },
  });
  const reminderTimes = new Map<string, Date[]>();
  for (const e of reminderEmails) {
    if (!e.panelMemberId) continue;
    reminderTimes.set(e.panelMemberId, [
      ...(reminderTimes.get(e.panelMemberId) ?? []),
      e.createdAt,
    ]);
  }
  const experts = round.participations.map(({ remindersSent, panelMember: m }) => {
    const response = m.responses[0];
    return {
      id: m.id,
      name: m.name,
      email: m.email,
      panelStatus: m.status,
      progress: progressOf(response),
      submittedAt: response?.submittedAt ?? null,
      lastActivity: response?.updatedAt ?? null,
      reminders: reminderTimes.get(m.id) ?? [],
      reminderSlots: remindersSent,
      lastEmail: m.emails.find(isRoundEmail) ?? null,
    };
  });
  const tally = (...p: string[]) => experts.filter((e) => p.includes(e.progress)).length;
  return {
    role,
    round: {
      number: round.number,
      state: round.state,
      openedAt: round.openedAt,
      closesAt: round.closesAt,
      closedAt: round.closedAt,
      reminderDays: round.reminderDays,
      versionNumber: round.version.number,
    },
    counts: {
      // Changes not resubmitted leave the submitted answer counted.
      submitted: tally("SUBMITTED", "CHANGED"),
      draft: tally("DRAFT"),
      notStarted: tally("NOT_STARTED"),
      total: experts.length,
    },
    experts,
  };
}

export type RoundDashboard = Awaited<ReturnType<typeof getRoundDashboard>>;

function isRoundEmail<E extends { kind: EmailKind }>(
  email: E,
): email is E & { kind: (typeof ROUND_EMAIL_KINDS)[number] } {
  return ROUND_EMAIL_KINDS.some((kind) => kind === email.kind);
}

// CHANGED: submitted (that answer counts), then changed and not resubmitted.
function progressOf(response: { state: string; draftSavedAt: Date | null } | undefined) {
  if (!response) return "NOT_STARTED" as const;
  if (response.state !== "SUBMITTED") return "DRAFT" as const;
  return response.draftSavedAt ? ("CHANGED" as const) : ("SUBMITTED" as const);
}
