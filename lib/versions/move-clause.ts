import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import { renumberClauses } from "./renumber-clauses.ts";
import { requireDraftClause } from "./internal/require-draft-clause.ts";
import type { MoveClauseInput } from "./schemas.ts";

/**
 * Swaps a clause with its neighbour above or below, as the clauses stand now (not as a
 * possibly stale page showed them). Moving the first clause up or the last one down
 * changes nothing and says so.
 */
export async function moveClause(
  db: PrismaClient,
  access: StudyAccess,
  input: MoveClauseInput,
): Promise<{ moved: boolean; position: number }> {
  authorize(access, "study.edit");
  const { studyId, userId } = access;
  const { clauseVersionId, direction } = input;
  return db.$transaction(async (tx) => {
    const clause = await requireDraftClause(tx, studyId, clauseVersionId);
    let moved = false;
    const order = await renumberClauses(tx, clause.versionId, (ids) => {
      const from = ids.indexOf(clause.id);
      const to = direction === "up" ? from - 1 : from + 1;
      if (from < 0 || to < 0 || to >= ids.length) return ids;
      const next = [...ids];
      [next[from], next[to]] = [ids[to]!, ids[from]!];
      moved = true;
      return next;
    });
    const position = order.indexOf(clause.id) + 1;
    if (moved) {
      await recordAuditEvent(tx, {
        studyId,
        actorUserId: userId,
        action: "clause.moved",
        targetType: "ClauseVersion",
        targetId: clause.id,
        data: { versionId: clause.versionId, from: clause.position, to: position },
      });
    }
    return { moved, position };
  });
}
