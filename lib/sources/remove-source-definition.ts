import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import type { RemoveSourceInput } from "./schemas.ts";

/** Deletes a source definition; characteristics no source mentions any more go with it. */
export async function removeSourceDefinition(
  db: PrismaClient,
  access: StudyAccess,
  input: RemoveSourceInput,
): Promise<void> {
  authorize(access, "study.edit");
  const { studyId, userId } = access;
  const { sourceId } = input;
  await db.$transaction(async (tx) => {
    const { count } = await tx.sourceDefinition.deleteMany({ where: { id: sourceId, studyId } });
    if (count === 0) throw new AppError("NOT_FOUND");
    await tx.characteristic.deleteMany({ where: { studyId, sources: { none: {} } } });
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "source.removed",
      targetType: "SourceDefinition",
      targetId: sourceId,
    });
  });
}
