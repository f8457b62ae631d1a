import "server-only";
import { MASS_TRANSACTION } from "@/lib/email/mass-transaction.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import type { Db } from "@/lib/db/app-db.ts";
import { wakeOutbox } from "@/lib/email/outbox-signal.ts";
import { queueEmails } from "@/lib/email/queue-emails.ts";
import { invitationEmail, newLinkEmail } from "@/lib/email/templates/invitation.ts";
import { perExpert } from "@/lib/email/templates/per-expert.ts";
import { AppError } from "@/lib/errors.ts";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import { appUrl } from "@/lib/http/app-url.ts";
import { issueExpertLinks } from "./issue-expert-link.ts";

export type InvitationTarget =
  | { all: true }
  /** Everyone invited who has not answered; `seenBefore`: the newest link the page showed. */
  | { unanswered: true; seenBefore?: Date }
  | {
      panelMemberIds: string[];
      /**
       * Per expert, when the live link the facilitator's page showed was issued (ISO date,
       * "" for none). An expert whose link changed since is skipped: the click was the same
       * one arriving twice (a retry, two tabs, a form posted twice) or came after another
       * facilitator's resend; sending again would revoke the link just emailed.
       */
      seenLinks?: Record<string, string>;
    };

type Member = { id: string; name: string; email: string; accepted: boolean };

/**
 * Invites experts by email with a fresh personal link each. `all` invites everyone still
 * "proposed"; named experts may be proposed, invited (a resend) or accepted (a replacement
 * link). Each send rotates the link, so the old one stops working. Link, status and email
 * are written together, set-based: a constant number of statements for 1 or 1,000 experts.
 */
export async function sendInvitations(
  db: PrismaClient,
  access: StudyAccess,
  target: InvitationTarget,
): Promise<{ invited: number; justSent: number }> {
  authorize(access, "panel.manage");
  const { studyId, userId } = access;
  const { invited, justSent } = await db.$transaction(async (tx) => {
    const study = await tx.study.findUniqueOrThrow({
      where: { id: studyId },
      select: { title: true, purpose: true },
    });
    const now = new Date();
    const { members, justSent } =
      "all" in target
        ? { members: await claimProposed(tx, studyId, now), justSent: 0 }
        : "unanswered" in target
          ? await claimUnanswered(tx, studyId, target.seenBefore, now)
          : await claimNamed(tx, studyId, target, now);
    const tokens = await issueExpertLinks(
      tx,
      members.map((m) => m.id),
      now,
    );
    const invitation = perExpert(invitationEmail, {
      studyTitle: study.title,
      purpose: study.purpose,
    });
    // An expert who already accepted only gets a replacement link, not a new invitation.
    const replacement = perExpert(newLinkEmail, { studyTitle: study.title });
    await queueEmails(
      tx,
      members.map((member) => ({
        kind: "INVITATION" as const,
        to: member.email,
        studyId,
        panelMemberId: member.id,
        sensitive: true,
        ...(member.accepted ? replacement : invitation)({
          name: member.name,
          url: appUrl(`/respond/${tokens.get(member.id)!}`),
        }),
      })),
    );
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "panel.invited",
      data: { count: members.length, panelMemberIds: members.map((m) => m.id) },
    });
    return { invited: members.length, justSent };
  }, MASS_TRANSACTION);
  // The worker may have looked before the transaction committed.
  wakeOutbox();
  return { invited, justSent };
}

/**
 * Everyone still proposed, moved to "invited" in one UPDATE. The status is the claim: of
 * two clicks at once, the second waits on the first's row locks, then re-reads the rows
 * and finds nobody proposed any more, so it invites (and emails) nobody a second time.
 */
async function claimProposed(db: Db, studyId: string, now: Date): Promise<Member[]> {
  const rows = await db.$queryRaw<{ id: string; name: string; email: string }[]>`
    UPDATE "PanelMember"
       SET status = 'INVITED'::"PanelMemberStatus", "invitedAt" = ${now}, "updatedAt" = ${now}
     WHERE "studyId" = ${studyId} AND status = 'PROPOSED'::"PanelMemberStatus"
    RETURNING id, name, email`;
  return rows.map((r) => ({ ...r, accepted: false }));
}

type Candidate = Member & { lastLinkAt: Date | null };

/**
 * Locks the panel rows `which` selects, then reads them with when their live link was
 * issued. Lock first, read after: under READ COMMITTED a statement's snapshot predates the
 * lock it waits for, so the links are read by the next statement, which sees a resend that
 * committed while this one waited.
 */
async function lockAndRead(db: Db, studyId: string, which: Prisma.Sql): Promise<Candidate[]> {
  await db.$queryRaw`
    SELECT m.id FROM "PanelMember" m WHERE m."studyId" = ${studyId} AND ${which} FOR UPDATE OF m`;
  const rows = await db.$queryRaw<(Omit<Candidate, "accepted"> & { status: string })[]>`
    SELECT m.id, m.name, m.email, m.status::text AS status,
           (SELECT max(l."createdAt") FROM "ExpertLink" l
             WHERE l."panelMemberId" = m.id AND l."revokedAt" IS NULL) AS "lastLinkAt"
      FROM "PanelMember" m
     WHERE m."studyId" = ${studyId} AND ${which}
       AND m.status IN ('PROPOSED', 'INVITED', 'ACCEPTED')`;
  return rows.map(({ status, ...r }) => ({ ...r, accepted: status === "ACCEPTED" }));
}

/**
 * Named experts (a resend): all of them must be invitable, or none is sent. Their rows are
 * locked, so two resends of one expert run one after the other and the second sees the
 * link the first just issued (and skips that expert, see `seenLinks`).
 */
async function claimNamed(
  db: Db,
  studyId: string,
  { panelMemberIds, seenLinks }: { panelMemberIds: string[]; seenLinks?: Record<string, string> },
  now: Date,
): Promise<Claimed> {
  const found = await lockAndRead(db, studyId, Prisma.sql`m.id = ANY(${panelMemberIds}::text[])`);
  if (found.length !== new Set(panelMemberIds).size) {
    // A foreign, unknown or no-longer-invitable id: refuse the whole batch.
    throw new AppError("NOT_FOUND", "expert not invitable", {
      messageKey: "invitations.notInvitable",
    });
  }
  const changed = (m: Candidate) =>
    seenLinks?.[m.id] !== undefined && seenLinks[m.id] !== (m.lastLinkAt?.toISOString() ?? "");
  return markInvited(db, studyId, found, changed, now);
}

/**
 * Everyone invited who has not answered yet (neither accepted nor declined), sent again
 * with a fresh link. Experts whose link was issued after `seenBefore` (the newest link the
 * page showed) are skipped: the same click arriving twice sends once.
 */
async function claimUnanswered(
  db: Db,
  studyId: string,
  seenBefore: Date | undefined,
  now: Date,
): Promise<Claimed> {
  const found = await lockAndRead(db, studyId, Prisma.sql`m.status = 'INVITED'`);
  const changed = (m: Candidate) =>
    seenBefore !== undefined && m.lastLinkAt !== null && m.lastLinkAt > seenBefore;
  return markInvited(db, studyId, found, changed, now);
}

type Claimed = { members: Member[]; justSent: number };

async function markInvited(
  db: Db,
  studyId: string,
  found: Candidate[],
  changed: (m: Candidate) => boolean,
  now: Date,
): Promise<Claimed> {
  const members = found.filter((m) => !changed(m)).map(({ lastLinkAt: _seen, ...m }) => m);
  await db.panelMember.updateMany({
    where: { studyId, id: { in: members.filter((m) => !m.accepted).map((m) => m.id) } },
    data: { status: "INVITED", invitedAt: now },
  });
  return { members, justSent: found.length - members.length };
}
