import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import { dropClauseVersion } from "./internal/drop-clause-version.ts";
import { renumberClauses } from "./renumber-clauses.ts";
import { requireDraftClause } from "./internal/require-draft-clause.ts";
import type { RemoveClauseInput } from "./schemas.ts";

/**
 * Takes a clause out of a draft version and closes the gap in the numbering. The clause's
 * identity goes too unless another version still holds it (it keeps its history there).
 */
export async function removeClause(
  db: PrismaClient,
  access: StudyAccess,
  input: RemoveClauseInput,
): Promise<{ clauseDeleted: boolean }> {
  authorize(access, "study.edit");
  const { studyId, userId } = access;
  const { clauseVersionId } = input;
  return db.$transaction(async (tx) => {
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
