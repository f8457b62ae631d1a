import "server-only";
import { can, type Permission } from "@/lib/auth/permissions.ts";
import type { Db } from "@/lib/db/app-db.ts";
import { AppError } from "@/lib/errors.ts";
import type { MembershipRole } from "@/lib/generated/prisma/enums.ts";

// The one authorization boundary for a study's private data. A StudyAccess is a proof that
// its user is on the study's team with `role`: only requireStudyAccess can make one (the
// brand below is not exported), so a lib function that takes a StudyAccess cannot be called
// with an unchecked user id — it does not type-check. Each lib function then states what it
// needs of that role with authorize(); reading needs nothing more than the access itself,
// since every role may view.
declare const checked: unique symbol;

/** A checked member of a study's team: what requireStudyAccess returns. */
export type StudyAccess = {
  readonly studyId: string;
  readonly userId: string;
  readonly role: MembershipRole;
  readonly [checked]: true;
};

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
  const access = { studyId, userId, role: membership.role } as StudyAccess;
  authorize(access, permission);
  return access;
}

/** FORBIDDEN unless the checked member's role has `permission`. */
export function authorize(access: StudyAccess, permission: Permission): void {
  if (!can(access.role, permission)) throw new AppError("FORBIDDEN");
}
