import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { canEditRoles, requireFacilitator } from "@/lib/guards.ts";
import { lockPanel } from "./lock-panel.ts";
import type { PanelMemberInput } from "./schemas.ts";

/** Adds one expert to a study's panel as PROPOSED, within the panel cap. */
export async function addPanelMember(
  db: PrismaClient,
  userId: string,
  studyId: string,
  input: PanelMemberInput,
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    await requireFacilitator(tx, userId, studyId, canEditRoles);
    const places = await lockPanel(tx, studyId);
    const existing = await tx.panelMember.findUnique({
      where: { studyId_email: { studyId, email: input.email } },
      select: { id: true },
    });
    if (existing)
      throw new AppError("CONFLICT", "duplicate email", {
        field: "email",
        messageKey: "panel.errors.duplicateEmail",
      });
    if (places.free < 1)
      throw new AppError("CONFLICT", "panel full", {
        messageKey: "panel.errors.capReached",
        values: { cap: places.cap },
      });
    const member = await tx.panelMember.create({
      data: { studyId, ...input },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "panel.member_added",
      targetType: "PanelMember",
      targetId: member.id,
    });
    return member;
  });
}
