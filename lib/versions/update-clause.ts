import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { requireStudyAccess } from "@/lib/guards.ts";
import { hashText } from "./hash-text.ts";
import { requireDraftClause } from "./require-draft-clause.ts";
import type { UpdateClauseInput } from "./schemas.ts";

/** Rewords a clause of a draft version, unless someone changed it meanwhile. */
export async function updateClause(
  db: PrismaClient,
  userId: string,
  input: UpdateClauseInput,
): Promise<{ changed: boolean }> {
  const { studyId, clauseVersionId, text } = input;
  return db.$transaction(async (tx) => {
    await requireStudyAccess(tx, userId, studyId, "study.edit");
    const clause = await requireDraftClause(tx, studyId, clauseVersionId);
    if (clause.text === text) return { changed: false };
    if (hashText(clause.text) !== input.baseHash) {
      throw new AppError("CONFLICT", "clause changed meanwhile", {
        messageKey: "text.errors.staleClause",
        values: { number: clause.position },
        field: "text",
      });
    }
    await tx.clauseVersion.update({ where: { id: clause.id }, data: { text } });
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "clause.updated",
      targetType: "ClauseVersion",
      targetId: clause.id,
      data: { versionId: clause.versionId, position: clause.position },
    });
    return { changed: true };
  });
}
