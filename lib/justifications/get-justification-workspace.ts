import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { AppError } from "@/lib/errors.ts";
import type { ConsensusRuleKind, MembershipRole } from "@/lib/generated/prisma/enums.ts";
import { can } from "@/lib/auth/permissions.ts";
import type { StudyAccess } from "@/lib/guards.ts";
import { loadVersionChanges } from "./internal/load-version-changes.ts";
import type { VersionChanges } from "./version-changes.ts";

export type JustificationWorkspace = VersionChanges & {
  role: MembershipRole;
  /** An owner or facilitator, and the version is still a draft. */
  canEdit: boolean;
  /**
   * The round these changes answer was the last the protocol planned, so the version will
   * most likely be published as the final text rather than go to another round.
   */
  afterLastPlannedRound: boolean;
  /** The parts' consensus rule, which names what a clause left without consensus is. */
  partsRule: ConsensusRuleKind;
};

/** The changes of the study's latest version (from version 2 on), for its facilitators. */
export async function getJustificationWorkspace(
  db: Db,
  access: StudyAccess,
): Promise<JustificationWorkspace | null> {
  const { studyId, role } = access;
  const latest = await db.version.findFirst({
    where: { studyId },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  if (!latest) throw new AppError("NOT_FOUND");
  const [changes, study] = await Promise.all([
    loadVersionChanges(db, studyId, latest.number),
    db.study.findUniqueOrThrow({
      where: { id: studyId },
      select: { plannedRounds: true, partsRule: true },
    }),
  ]);
  if (!changes) return null;
  return {
    ...changes,
    role,
    canEdit: can(role, "study.edit") && changes.version.status === "DRAFT",
    afterLastPlannedRound: (changes.round?.number ?? 0) >= study.plannedRounds,
    partsRule: study.partsRule,
  };
}
