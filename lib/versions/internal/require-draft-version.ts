import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { AppError } from "@/lib/errors.ts";

/**
 * Call first inside the transaction of every change to a version's text. Touching the
 * version row takes its row lock, so concurrent edits of one version run one after the
 * other and each reads the clauses the previous one committed; the same statement
 * re-checks that the version (of this study) is still a draft.
 */
export async function requireDraftVersion(
  tx: Db,
  studyId: string,
  versionId: string,
): Promise<void> {
  const { count } = await tx.version.updateMany({
    where: { id: versionId, studyId, status: "DRAFT" },
    data: { updatedAt: new Date() },
  });
  if (count === 1) return;
  const version = await tx.version.findFirst({
    where: { id: versionId, studyId },
    select: { number: true },
  });
  if (!version) throw new AppError("NOT_FOUND");
  throw new AppError("CONFLICT", "version is not a draft", {
    messageKey: "text.errors.locked",
    values: { number: version.number },
  });
}
