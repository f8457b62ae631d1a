import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { AppError } from "@/lib/errors.ts";
import { missingJustifications } from "@/lib/justifications/version-changes.ts";
import { loadVersionChanges } from "./load-version-changes.ts";

/**
 * A version goes to the panel only when every change from the previous version, and every
 * contested clause left unchanged, says why. Call before locking the version, after the
 * caller's own check (opening a round, publishing the study).
 */
export async function requireJustifiedChanges(db: Db, studyId: string, number: number) {
  const changes = await loadVersionChanges(db, studyId, number);
  if (!changes) return;
  const missing = missingJustifications(changes);
  if (missing.length === 0) return;
  throw new AppError("CONFLICT", "changes without justification", {
    messageKey: "justify.errors.missing",
    values: { number, count: missing.length },
  });
}
