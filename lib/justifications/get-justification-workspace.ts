import "server-only";
import type { Db } from "@/lib/db.ts";
import { AppError } from "@/lib/errors.ts";
import type { MembershipRole } from "@/lib/generated/prisma/enums.ts";
import { canEditRoles, requireFacilitator } from "@/lib/guards.ts";
import { loadVersionChanges, type VersionChanges } from "./load-version-changes.ts";

export type JustificationWorkspace = VersionChanges & {
  role: MembershipRole;
  /** An owner or facilitator, and the version is still a draft. */
  canEdit: boolean;
};

/** The changes of the study's latest version (from version 2 on), for its facilitators. */
export async function getJustificationWorkspace(
  db: Db,
  userId: string,
  studyId: string,
): Promise<JustificationWorkspace | null> {
  const { role } = await requireFacilitator(db, userId, studyId);
  const latest = await db.version.findFirst({
    where: { studyId },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  if (!latest) throw new AppError("NOT_FOUND");
  const changes = await loadVersionChanges(db, studyId, latest.number);
  if (!changes) return null;
  return {
    ...changes,
    role,
    canEdit: canEditRoles.includes(role) && changes.version.status === "DRAFT",
  };
}
