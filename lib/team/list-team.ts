import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { can } from "@/lib/auth/permissions.ts";
import type { StudyAccess } from "@/lib/guards.ts";

export async function listTeam(db: Db, access: StudyAccess) {
  const { studyId, userId, role } = access;
  const members = await db.membership.findMany({
    where: { studyId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      role: true,
      createdAt: true,
      user: { select: { id: true, email: true, name: true } },
    },
  });
  return {
    canManage: can(role, "team.manage"),
    members: members.map((m) => ({
      id: m.id,
      role: m.role,
      email: m.user.email,
      name: m.user.name,
      isMe: m.user.id === userId,
    })),
  };
}
