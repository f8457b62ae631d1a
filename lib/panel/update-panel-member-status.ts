import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import { lockPanel } from "./internal/lock-panel.ts";
import { canTransition, isActivePanelStatus } from "./panel-rules.ts";
import type { UpdatePanelMemberStatusInput } from "./schemas.ts";
import { PUBLIC_PAGES, type Affected } from "@/lib/actions/affected.ts";

/**
 * A facilitator's change to one expert's status: exclude (with a reason), withdraw, or
 * restore to PROPOSED. Restoring takes a place on the panel again, so it respects the cap.
 */
export async function updatePanelMemberStatus(
  db: PrismaClient,
  access: StudyAccess,
  input: UpdatePanelMemberStatusInput,
): Promise<{ affects: readonly Affected[] }> {
  authorize(access, "panel.manage");
  const { studyId, userId } = access;
  const reason = input.reason.trim();
  if (input.status === "EXCLUDED" && reason === "")
    throw new AppError("INVALID", "reason required", {
      field: "reason",
      messageKey: "panel.errors.reasonRequired",
    });
  await db.$transaction(async (tx) => {
    const places = await lockPanel(tx, studyId);
    // Scoped by the study: another study's member id is simply not found here.
    const member = await tx.panelMember.findUnique({
      where: { id: input.panelMemberId, studyId },
      select: { id: true, status: true },
    });
    if (!member) throw new AppError("NOT_FOUND");
    if (!canTransition(member.status, input.status))
      throw new AppError("CONFLICT", "transition not allowed", {
        messageKey: "panel.errors.transition",
      });
    if (isActivePanelStatus(input.status) && !isActivePanelStatus(member.status) && places.free < 1)
      throw new AppError("CONFLICT", "panel full", {
        messageKey: "panel.errors.capReached",
        values: { cap: places.cap },
      });
    await tx.panelMember.update({
      where: { id: member.id, studyId },
      data: { status: input.status, statusReason: reason === "" ? null : reason },
    });
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "panel.status_changed",
      targetType: "PanelMember",
      targetId: member.id,
      data: { from: member.status, to: input.status, reason: reason || null },
    });
  });
  // A withdrawn or excluded expert leaves the published acknowledgements (and one restored
  // may come back to them).
  return { affects: PUBLIC_PAGES };
}
