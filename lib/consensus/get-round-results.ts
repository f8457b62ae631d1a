import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import type { StudyAccess } from "@/lib/guards.ts";
import { computeRoundResults, type RoundResults } from "./internal/compute-round-results.ts";

export type {
  ClauseResult,
  PartResult,
  RoundFigures,
  RoundResults,
} from "./internal/compute-round-results.ts";

/** A round's results for its facilitators (any member role). */
export async function getRoundResults(
  db: Db,
  access: StudyAccess,
  number: number,
): Promise<RoundResults> {
  return computeRoundResults(db, access.studyId, number);
}
