import "server-only";
import { MASS_TRANSACTION } from "@/lib/email/mass-transaction.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import type { Db } from "@/lib/db.ts";
import { wakeOutbox } from "@/lib/email/outbox-signal.ts";
import { queueEmails } from "@/lib/email/queue-emails.ts";
import { invitationEmail, newLinkEmail } from "@/lib/email/templates/invitation.ts";
import { perExpert } from "@/lib/email/templates/per-expert.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { canEditRoles, requireFacilitator } from "@/lib/guards.ts";
import { appUrl } from "@/lib/http/app-url.ts";
import { issueExpertLinks } from "./issue-expert-link.ts";

export type InvitationTarget = { all: true } | { panelMemberIds: string[] };

type Member = { id: string; name: string; email: string; accepted: boolean };

/**
 * Invites experts by email with a fresh personal link each. `all` invites everyone still
 * "proposed"; named experts may be proposed, invited (a resend) or accepted (a replacement
 * link). Each send rotates the link, so the old one stops working. Link, status and email
 * are written together, set-based: a constant number of statements for 1 or 1,000 experts.
 */
export async function sendInvitations(
  db: PrismaClient,
  userId: string,
  studyId: string,
  target: InvitationTarget,
): Promise<{ invited: number }> {
  const invited = await db.$transaction(async (tx) => {
    await requireFacilitator(tx, userId, studyId, canEditRoles);
    const study = await tx.study.findUniqueOrThrow({
      where: { id: studyId },
      select: { title: true, purpose: true },
    });
    const now = new Date();
    const members =
      "all" in target
        ? await claimProposed(tx, studyId, now)
        : await claimNamed(tx, studyId, target.panelMemberIds, now);
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
    return members.length;
  }, MASS_TRANSACTION);
  // The worker may have looked before the transaction committed.
  wakeOutbox();
  return { invited };
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

/** Named experts (a resend): all of them must be invitable, or none is sent. */
async function claimNamed(
  db: Db,
  studyId: string,
  panelMemberIds: string[],
  now: Date,
): Promise<Member[]> {
  const found = await db.panelMember.findMany({
    where: {
      studyId,
      id: { in: panelMemberIds },
      status: { in: ["PROPOSED", "INVITED", "ACCEPTED"] },
    },
    select: { id: true, name: true, email: true, status: true },
  });
  if (found.length !== new Set(panelMemberIds).size) {
    // A foreign, unknown or no-longer-invitable id: refuse the whole batch.
    throw new AppError("NOT_FOUND", "expert not invitable", {
      messageKey: "invitations.notInvitable",
    });
  }
  const members = found.map(({ status, ...m }) => ({ ...m, accepted: status === "ACCEPTED" }));
  await db.panelMember.updateMany({
    where: { studyId, id: { in: members.filter((m) => !m.accepted).map((m) => m.id) } },
    data: { status: "INVITED", invitedAt: now },
  });
  return members;
}
