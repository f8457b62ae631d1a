import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { AppError } from "@/lib/errors.ts";
import type { Prisma } from "@/lib/generated/prisma/client.ts";
import { lockPanel } from "./lock-panel.ts";
import type { PanelMemberInput } from "../schemas.ts";

/**
 * The one way an expert joins a panel (added by hand or from a nomination), inside the
 * caller's transaction after it has authorized: locks the panel, then checks the address
 * and the cap, so that concurrent additions cannot exceed it.
 */
export async function insertPanelMember(
  tx: Prisma.TransactionClient,
  userId: string,
  studyId: string,
  input: PanelMemberInput,
  extra: { nominatedById?: string } = {},
): Promise<{ id: string }> {
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
    data: { studyId, ...input, nominatedById: extra.nominatedById ?? null },
    select: { id: true },
  });
  await recordAuditEvent(tx, {
    studyId,
    actorUserId: userId,
    action: "panel.member_added",
    targetType: "PanelMember",
    targetId: member.id,
    data: extra.nominatedById ? { fromNomination: true } : undefined,
  });
  return member;
}
