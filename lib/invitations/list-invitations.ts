import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import type { StudyAccess } from "@/lib/guards.ts";

/** Per expert: panel status and the delivery of their latest invitation (facilitators only). */
export async function listInvitations(db: Db, access: StudyAccess) {
  const { studyId } = access;
  const members = await db.panelMember.findMany({
    where: { studyId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      email: true,
      status: true,
      invitedAt: true,
      respondedAt: true,
      acknowledgeConsent: true,
      links: {
        where: { revokedAt: null },
        orderBy: { createdAt: "desc" },
        select: { createdAt: true },
        take: 1,
      },
      emails: {
        where: { kind: "INVITATION" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { status: true, attempts: true, lastError: true, sentAt: true, createdAt: true },
      },
    },
  });
  return members.map(({ emails, links, ...m }) => ({
    ...m,
    hasActiveLink: links.length > 0,
    /** Sent back with a resend, so the same click arriving twice rotates the link once. */
    linkIssuedAt: links[0]?.createdAt.toISOString() ?? "",
    delivery: emails[0] ?? null,
  }));
}

export type InvitationRow = Awaited<ReturnType<typeof listInvitations>>[number];
