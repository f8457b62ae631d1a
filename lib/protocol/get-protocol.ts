import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import type { StudyAccess } from "@/lib/guards.ts";
import { protocolColumns } from "./schemas.ts";

export async function getProtocol(db: Db, access: StudyAccess) {
  const { studyId } = access;
  const study = await db.study.findUniqueOrThrow({
    where: { id: studyId },
    select: {
      ...protocolColumns,
      deviations: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          field: true,
          before: true,
          after: true,
          reason: true,
          createdAt: true,
          createdBy: { select: { email: true } },
        },
      },
    },
  });
  return {
    ...study,
    ratingMedianMin: study.ratingMedianMin === null ? null : Number(study.ratingMedianMin),
    ratingIqrMax: study.ratingIqrMax === null ? null : Number(study.ratingIqrMax),
    deviations: study.deviations.map((d) => ({ ...d, createdBy: d.createdBy?.email ?? null })),
  };
}

export type Protocol = Awaited<ReturnType<typeof getProtocol>>;
