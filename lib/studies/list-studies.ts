import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import type { MembershipRole, StudyStatus } from "@/lib/generated/prisma/enums.ts";

export type StudyListItem = {
  id: string;
  title: string;
  slug: string;
  status: StudyStatus;
  role: MembershipRole;
  panelSize: number;
  updatedAt: Date;
};

/** The studies the user is a member of, most recently changed first. */
export async function listStudies(db: Db, userId: string): Promise<StudyListItem[]> {
  const rows = await db.membership.findMany({
    where: { userId },
    orderBy: { study: { updatedAt: "desc" } },
    select: {
      role: true,
      study: {
        select: {
          id: true,
          title: true,
          slug: true,
          status: true,
          updatedAt: true,
          _count: { select: { panel: true } },
        },
      },
    },
  });
  return rows.map(({ role, study }) => ({
    id: study.id,
    title: study.title,
    slug: study.slug,
    status: study.status,
    role,
    panelSize: study._count.panel,
    updatedAt: study.updatedAt,
  }));
}
