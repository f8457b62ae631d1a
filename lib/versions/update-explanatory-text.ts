import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import { hashText } from "./hash-text.ts";
import { requireDraftVersion } from "./internal/require-draft-version.ts";
import type { UpdateExplanatoryTextInput } from "./schemas.ts";

/** Replaces a draft version's explanatory text, unless someone changed it meanwhile. */
export async function updateExplanatoryText(
  db: PrismaClient,
  access: StudyAccess,
  input: UpdateExplanatoryTextInput,
): Promise<{ changed: boolean }> {
  authorize(access, "study.edit");
  const { studyId, userId } = access;
  const { versionId, explanatoryText } = input;
  return db.$transaction(async (tx) => {
    await requireDraftVersion(tx, studyId, versionId);
    const current = await tx.version.findFirstOrThrow({
      where: { id: versionId, studyId },
      select: { explanatoryText: true },
    });
    // Saving the text that is already there (a double submit) is not a conflict.
    if (current.explanatoryText === explanatoryText) return { changed: false };
    if (hashText(current.explanatoryText) !== input.baseHash) {
      throw new AppError("CONFLICT", "explanatory text changed meanwhile", {
        messageKey: "text.errors.staleText",
        field: "explanatoryText",
      });
    }
    await tx.version.update({ where: { id: versionId }, data: { explanatoryText } });
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "version.explanatoryTextUpdated",
      targetType: "Version",
      targetId: versionId,
      data: { length: explanatoryText.length },
    });
    return { changed: true };
  });
}
