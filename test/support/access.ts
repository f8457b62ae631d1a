import { requireStudyAccess, type StudyAccess } from "@/lib/guards.ts";
import type { Db } from "@/lib/db/app-db.ts";

/**
 * A test's way to act as a user on a study, as the pages and the action pipeline do: the
 * membership check (NOT_FOUND for someone not on the team) and nothing more, so each lib
 * function's own authorize() decides what the member's role may do (FORBIDDEN).
 */
export function asMember(db: Db, userId: string, studyId: string): Promise<StudyAccess> {
  return requireStudyAccess(db, userId, studyId, "study.view");
}
