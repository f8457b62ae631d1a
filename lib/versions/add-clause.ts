import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import { renumberClauses } from "./renumber-clauses.ts";
import { requireDraftVersion } from "./internal/require-draft-version.ts";
import { requireRoomForClause } from "./require-room-for-clause.ts";
import type { AddClauseInput } from "./schemas.ts";

/** Adds a new clause (a new identity) at the end of a draft version. */
export async function addClause(
  db: PrismaClient,
  access: StudyAccess,
  input: AddClauseInput,
): Promise<{ id: string; position: number }> {
  authorize(access, "study.edit");
  const { studyId, userId } = access;
  const { versionId, text } = input;
  return db.$transaction(async (tx) => {
    await requireDraftVersion(tx, studyId, versionId);
    const next = await requireRoomForClause(tx, versionId);
    const clause = await tx.clause.create({ data: { studyId }, select: { id: true } });
    const created = await tx.clauseVersion.create({
      data: { versionId, clauseId: clause.id, position: next, text },
      select: { id: true },
    });
    const order = await renumberClauses(tx, versionId);
    const position = order.indexOf(created.id) + 1;
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "clause.added",
      targetType: "ClauseVersion",
      targetId: created.id,
      data: { versionId, clauseId: clause.id, position },
    });
    return { id: created.id, position };
  });
}
