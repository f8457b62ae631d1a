import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import type { StudyAccess } from "@/lib/guards.ts";
import { listJustifiedChanges, type JustifiedChanges } from "./internal/list-justified-changes.ts";

/**
 * The justified changes that the summary of round `roundNumber` will list, for a member's
 * preview of it (see listJustifiedChanges). Any member may see them.
 */
export async function getJustifiedChanges(
  db: Db,
  access: StudyAccess,
  roundNumber: number,
): Promise<JustifiedChanges | null> {
  return listJustifiedChanges(db, access.studyId, roundNumber);
}
