import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { AppError } from "@/lib/errors.ts";
import { requireDraftVersion } from "./require-draft-version.ts";

export type DraftClause = {
  id: string;
  versionId: string;
  clauseId: string;
  position: number;
  text: string;
};

/**
 * A clause of a draft version of this study, read after the version's lock is held (see
 * requireDraftVersion). An id from another study, or a clause removed meanwhile, is
 * NOT_FOUND; a clause of a version that is no longer a draft is a CONFLICT.
 */
export async function requireDraftClause(
  tx: Db,
  studyId: string,
  clauseVersionId: string,
): Promise<DraftClause> {
  const found = await tx.clauseVersion.findFirst({
    where: { id: clauseVersionId, version: { studyId } },
    select: { versionId: true },
  });
  if (!found) throw new AppError("NOT_FOUND");
  await requireDraftVersion(tx, studyId, found.versionId);
  const clause = await tx.clauseVersion.findFirst({
    where: { id: clauseVersionId, versionId: found.versionId },
    select: { id: true, versionId: true, clauseId: true, position: true, text: true },
  });
  if (!clause) throw new AppError("NOT_FOUND");
  return clause;
}
