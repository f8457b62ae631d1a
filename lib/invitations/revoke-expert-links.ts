import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";

/** Stops an expert's personal link at once (e.g. forwarded by mistake); send again to re-issue. */
export async function revokeExpertLinks(
  db: PrismaClient,
  access: StudyAccess,
  panelMemberId: string,
): Promise<{ revoked: number }> {
  authorize(access, "panel.manage");
  const { studyId, userId } = access;
  return db.$transaction(async (tx) => {
    const member = await tx.panelMember.findFirst({
      where: { id: panelMemberId, studyId },
      select: { id: true },
    });
    if (!member) throw new AppError("NOT_FOUND");
    const { count } = await tx.expertLink.updateMany({
      where: { panelMemberId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "panel.link_revoked",
      targetType: "PanelMember",
      targetId: panelMemberId,
    });
    return { revoked: count };
  });
}
