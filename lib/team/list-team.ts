import "server-only";
import type { Db } from "@/lib/db.ts";
import { requireFacilitator } from "@/lib/guards.ts";

export async function listTeam(db: Db, userId: string, studyId: string) {
  const { role } = await requireFacilitator(db, userId, studyId);
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
    canManage: role === "OWNER",
    members: members.map((m) => ({
      id: m.id,
      role: m.role,
      email: m.user.email,
      name: m.user.name,
      isMe: m.user.id === userId,
    })),
  };
}
