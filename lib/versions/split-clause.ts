import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import { hashText } from "./hash-text.ts";
import { requireDraftClause } from "./internal/require-draft-clause.ts";
import { requireRoomForClause } from "./require-room-for-clause.ts";
import type { SplitClauseInput } from "./schemas.ts";

/**
 * Splits a clause of a draft version in two. The first part keeps the clause's identity;
 * the second is a new clause right after it. Both parts come from the same clause(s) of
 * the previous version, so the diff and the public history show the split by lineage.
 */
export async function splitClause(
  db: PrismaClient,
  access: StudyAccess,
  input: SplitClauseInput,
): Promise<{ firstId: string; secondId: string }> {
  authorize(access, "study.edit");
  const { studyId, userId } = access;
  const { clauseVersionId } = input;
  return db.$transaction(async (tx) => {
    const clause = await requireDraftClause(tx, studyId, clauseVersionId);
    if (hashText(clause.text) !== input.baseHash) {
      throw new AppError("CONFLICT", "clause changed meanwhile", {
        messageKey: "text.errors.staleClause",
        values: { number: clause.position },
        field: "first",
      });
    }
    await requireRoomForClause(tx, clause.versionId);
    await tx.clauseVersion.update({ where: { id: clause.id }, data: { text: input.first } });
    // Positions are not unique, so making room is one statement.
    await tx.clauseVersion.updateMany({
      where: { versionId: clause.versionId, position: { gt: clause.position } },
      data: { position: { increment: 1 } },
    });
    const identity = await tx.clause.create({ data: { studyId }, select: { id: true } });
    const second = await tx.clauseVersion.create({
      data: {
        versionId: clause.versionId,
        clauseId: identity.id,
        position: clause.position + 1,
        text: input.second,
      },
      select: { id: true },
    });
    const origins = await tx.clauseOrigin.findMany({
      where: { childId: clause.id },
      select: { sourceId: true },
    });
    await tx.clauseOrigin.createMany({
      data: origins.map((o) => ({ childId: second.id, sourceId: o.sourceId })),
    });
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "clause.split",
      targetType: "ClauseVersion",
      targetId: clause.id,
      data: { versionId: clause.versionId, position: clause.position, newId: second.id },
    });
    return { firstId: clause.id, secondId: second.id };
  });
}
