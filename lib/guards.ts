import "server-only";
import { can, type Permission } from "@/lib/auth/permissions.ts";
import type { Db } from "@/lib/db/app-db.ts";
import { AppError } from "@/lib/errors.ts";
import type { MembershipRole } from "@/lib/generated/prisma/enums.ts";

/** A checked member of a study's team: what requireStudyAccess returns. */
export type StudyAccess = { studyId: string; userId: string; role: MembershipRole };

/**
 * The caller's access to a study for one permission (lib/auth/permissions.ts), or an error:
 * NOT_FOUND when they are not on its team — a study one is not a member of does not exist
 * for them (404, not 403), so ids of other teams' studies reveal nothing — and FORBIDDEN
 * when their role lacks the permission.
 */
export async function requireStudyAccess(
  db: Db,
  userId: string,
  studyId: string,
  permission: Permission,
): Promise<StudyAccess> {
  const membership = await db.membership.findUnique({
    where: { studyId_userId: { studyId, userId } },
    select: { role: true },
  });
  if (!membership) throw new AppError("NOT_FOUND");
  if (!can(membership.role, permission)) throw new AppError("FORBIDDEN");
  return { studyId, userId, role: membership.role };
}
