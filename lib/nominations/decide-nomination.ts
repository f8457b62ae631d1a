import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import { insertPanelMember } from "@/lib/panel/internal/insert-panel-member.ts";
import { panelMemberSchema } from "@/lib/panel/schemas.ts";

/**
 * A facilitator adds a nominee to the panel (as "proposed", to be invited like anyone
 * else: the invitation never names the nominator) or dismisses the nomination.
 */
export async function decideNomination(
  db: PrismaClient,
  access: StudyAccess,
  input: { nominationId: string; decision: "add" | "dismiss" },
): Promise<void> {
  authorize(access, "panel.manage");
  const { studyId, userId } = access;
  await db.$transaction(async (tx) => {
    const nomination = await tx.nomination.findFirst({
      where: { id: input.nominationId, studyId, status: "PENDING" },
      select: { id: true, name: true, email: true, nominatorId: true },
    });
    if (!nomination) throw new AppError("NOT_FOUND");
    if (input.decision === "add") {
      const fields = panelMemberSchema.parse({ name: nomination.name, email: nomination.email });
      await insertPanelMember(tx, userId, studyId, fields, {
        nominatedById: nomination.nominatorId,
      });
    }
    await tx.nomination.update({
      where: { id: nomination.id },
      data: { status: input.decision === "add" ? "ADDED" : "DISMISSED", decidedAt: new Date() },
    });
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: input.decision === "add" ? "nomination.added" : "nomination.dismissed",
      targetType: "Nomination",
      targetId: nomination.id,
    });
  });
}
