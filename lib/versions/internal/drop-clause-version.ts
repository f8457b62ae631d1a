import "server-only";
import type { Db } from "@/lib/db/app-db.ts";

/**
 * Deletes a clause from a draft version. Its identity goes too unless another version
 * still holds it (it keeps its history there). Returns whether the identity went.
 */
export async function dropClauseVersion(
  tx: Db,
  studyId: string,
  clause: { id: string; clauseId: string },
): Promise<boolean> {
  await tx.clauseVersion.delete({ where: { id: clause.id } });
  const stillUsed = await tx.clauseVersion.count({ where: { clauseId: clause.clauseId } });
  if (stillUsed > 0) return false;
  await tx.clause.deleteMany({ where: { id: clause.clauseId, studyId } });
  return true;
}
