import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";

/** An owner removes a member of the team; a study always keeps at least one owner. */
export async function removeFacilitator(
  db: PrismaClient,
  access: StudyAccess,
  membershipId: string,
): Promise<void> {
  authorize(access, "team.manage");
  const { studyId, userId } = access;
  await db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { id: membershipId, studyId },
      select: { role: true, userId: true },
    });
    if (!membership) throw new AppError("NOT_FOUND");
    if (membership.role === "OWNER") {
      const owners = await tx.membership.count({ where: { studyId, role: "OWNER" } });
      if (owners <= 1)
        throw new AppError("CONFLICT", "last owner", { messageKey: "team.lastOwner" });
    }
    await tx.membership.delete({ where: { id: membershipId } });
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "team.removed",
      targetType: "Membership",
      targetId: membershipId,
      data: { userId: membership.userId },
    });
  });
}
