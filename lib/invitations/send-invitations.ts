import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { wakeOutbox } from "@/lib/email/outbox-signal.ts";
import { queueEmail } from "@/lib/email/queue-email.ts";
import { invitationEmail, newLinkEmail } from "@/lib/email/templates/invitation.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { canEditRoles, requireFacilitator } from "@/lib/guards.ts";
import { appUrl } from "@/lib/http/app-url.ts";
import { issueExpertLink } from "./issue-expert-link.ts";

export type InvitationTarget = { all: true } | { panelMemberIds: string[] };

/**
 * Invites experts by email with a fresh personal link each. `all` invites everyone still
 * "proposed"; named experts may be proposed, invited (a resend) or accepted (a replacement
 * link). Each send rotates the link, so the old one stops working. Link, status and email
 * are written together.
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
    const members = await tx.panelMember.findMany({
      where:
        "all" in target
          ? { studyId, status: "PROPOSED" }
          : {
              studyId,
              id: { in: target.panelMemberIds },
              status: { in: ["PROPOSED", "INVITED", "ACCEPTED"] },
            },
      select: { id: true, name: true, email: true, status: true },
    });
    if ("panelMemberIds" in target && members.length !== new Set(target.panelMemberIds).size) {
      // A foreign, unknown or no-longer-invitable id: refuse the whole batch.
      throw new AppError("NOT_FOUND", "expert not invitable", {
        messageKey: "invitations.notInvitable",
      });
    }
    const now = new Date();
    for (const member of members) {
      const token = await issueExpertLink(tx, member.id, now);
      const url = appUrl(`/respond/${token}`);
      // An expert who already accepted only gets a replacement link, not a new invitation.
      const accepted = member.status === "ACCEPTED";
      if (!accepted) {
        await tx.panelMember.update({
          where: { id: member.id },
          data: { status: "INVITED", invitedAt: now },
        });
      }
      const message = accepted
        ? newLinkEmail({ name: member.name, studyTitle: study.title, url })
        : invitationEmail({
            name: member.name,
            studyTitle: study.title,
            purpose: study.purpose,
            url,
          });
      await queueEmail(tx, {
        kind: "INVITATION",
        to: member.email,
        studyId,
        panelMemberId: member.id,
        sensitive: true,
        ...message,
      });
    }
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "panel.invited",
      data: { count: members.length, panelMemberIds: members.map((m) => m.id) },
    });
    return members.length;
  });
  // The worker may have looked before the transaction committed.
  wakeOutbox();
  return { invited };
}
