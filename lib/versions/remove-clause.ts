import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { requireStudyAccess } from "@/lib/guards.ts";
import { dropClauseVersion } from "./drop-clause-version.ts";
import { renumberClauses } from "./renumber-clauses.ts";
import { requireDraftClause } from "./require-draft-clause.ts";
import type { RemoveClauseInput } from "./schemas.ts";

/**
 * Takes a clause out of a draft version and closes the gap in the numbering. The clause's
 * identity goes too unless another version still holds it (it keeps its history there).
 */
export async function removeClause(
  db: PrismaClient,
  userId: string,
  input: RemoveClauseInput,
): Promise<{ clauseDeleted: boolean }> {
  const { studyId, clauseVersionId } = input;
  return db.$transaction(async (tx) => {
    await requireStudyAccess(tx, userId, studyId, "study.edit");
    const clause = await requireDraftClause(tx, studyId, clauseVersionId);
    const clauseDeleted = await dropClauseVersion(tx, studyId, clause);
    await renumberClauses(tx, clause.versionId);
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "clause.removed",
      targetType: "ClauseVersion",
      targetId: clause.id,
      data: { versionId: clause.versionId, clauseId: clause.clauseId, position: clause.position },
    });
    return { clauseDeleted };
  });
}
