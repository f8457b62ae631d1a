import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import type { StudyAccess } from "@/lib/guards.ts";
import {
  computeParticipationFunnel,
  type ParticipationFunnel,
} from "./internal/compute-participation-funnel.ts";

export type {
  ParticipationFunnel,
  RoundParticipationFigures,
} from "./internal/compute-participation-funnel.ts";

/** Who was invited, accepted and took part, round by round, for the study's facilitators. */
export async function getParticipationFunnel(
  db: Db,
  access: StudyAccess,
): Promise<ParticipationFunnel> {
  return computeParticipationFunnel(db, access.studyId);
}
