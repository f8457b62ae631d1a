import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import { dropClauseVersion } from "./internal/drop-clause-version.ts";
import { hashText } from "./hash-text.ts";
import { renumberClauses } from "./renumber-clauses.ts";
import { requireDraftClause } from "./internal/require-draft-clause.ts";
import type { MergeClausesInput } from "./schemas.ts";

/**
 * Merges a clause of a draft version with the one after it into one clause with the given
 * wording. The first keeps its identity and takes on the lineage of both, so the merged
 * clause is compared with both of its sources; the second is removed.
 */
export async function mergeClauses(
  db: PrismaClient,
  access: StudyAccess,
  input: MergeClausesInput,
): Promise<{ id: string; position: number }> {
  authorize(access, "study.edit");
  const { studyId, userId } = access;
  const { clauseVersionId, nextClauseVersionId } = input;
  return db.$transaction(async (tx) => {
    const first = await requireDraftClause(tx, studyId, clauseVersionId);
    const next = await tx.clauseVersion.findFirst({
      where: { versionId: first.versionId, position: first.position + 1 },
      select: { id: true, clauseId: true, text: true },
    });
    if (
      !next ||
      next.id !== nextClauseVersionId ||
      hashText(first.text) !== input.baseHash ||
      hashText(next.text) !== input.nextHash
    ) {
      throw new AppError("CONFLICT", "clauses moved meanwhile", {
        messageKey: "text.errors.staleMerge",
        values: { number: first.position },
        field: "text",
      });
    }
    const origins = await tx.clauseOrigin.findMany({
      where: { childId: next.id },
      select: { sourceId: true },
    });
    await tx.clauseOrigin.createMany({
      data: origins.map((o) => ({ childId: first.id, sourceId: o.sourceId })),
      skipDuplicates: true,
    });
    await tx.clauseVersion.update({ where: { id: first.id }, data: { text: input.text } });
    await dropClauseVersion(tx, studyId, next);
    await renumberClauses(tx, first.versionId);
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "clause.merged",
      targetType: "ClauseVersion",
      targetId: first.id,
      data: { versionId: first.versionId, position: first.position, mergedId: next.id },
    });
    return { id: first.id, position: first.position };
  });
}
