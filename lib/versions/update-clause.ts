import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import { hashText } from "./hash-text.ts";
import { requireDraftClause } from "./internal/require-draft-clause.ts";
import type { UpdateClauseInput } from "./schemas.ts";

/** Rewords a clause of a draft version, unless someone changed it meanwhile. */
export async function updateClause(
  db: PrismaClient,
  access: StudyAccess,
  input: UpdateClauseInput,
): Promise<{ changed: boolean }> {
  authorize(access, "study.edit");
  const { studyId, userId } = access;
  const { clauseVersionId, text } = input;
  return db.$transaction(async (tx) => {
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
