import "server-only";
import type { Db } from "@/lib/db.ts";
import { AppError } from "@/lib/errors.ts";
import type { MembershipRole } from "@/lib/generated/prisma/enums.ts";

export const canEditRoles: MembershipRole[] = ["OWNER", "FACILITATOR"];

/**
 * The caller's role in a study, or NOT_FOUND: a study one is not a member of does not
 * exist for them (404, not 403), so ids of other teams' studies reveal nothing.
 */
export async function requireFacilitator(
  db: Db,
  userId: string,
  studyId: string,
  allowed: MembershipRole[] = ["OWNER", "FACILITATOR", "OBSERVER"],
): Promise<{ role: MembershipRole }> {
  const membership = await db.membership.findUnique({
    where: { studyId_userId: { studyId, userId } },
    select: { role: true },
  });
  if (!membership) throw new AppError("NOT_FOUND");
  if (!allowed.includes(membership.role)) throw new AppError("FORBIDDEN");
  return membership;
}
