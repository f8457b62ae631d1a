import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { AppError } from "@/lib/errors.ts";
import { CLAUSES_MAX } from "./schemas.ts";

/**
 * Refuses one clause more than CLAUSES_MAX in a draft version; otherwise the position
 * after its last clause. Call after requireDraftVersion, so the count cannot change.
 */
export async function requireRoomForClause(tx: Db, versionId: string): Promise<number> {
  const { _count, _max } = await tx.clauseVersion.aggregate({
    where: { versionId },
    _count: { _all: true },
    _max: { position: true },
  });
  if (_count._all >= CLAUSES_MAX) {
    throw new AppError("CONFLICT", "too many clauses", {
      messageKey: "text.errors.tooManyClauses",
      values: { max: CLAUSES_MAX },
    });
  }
  return (_max.position ?? 0) + 1;
}
