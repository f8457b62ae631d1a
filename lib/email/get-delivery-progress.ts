import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import type { StudyAccess } from "@/lib/guards.ts";

export type DeliveryProgress = { sent: number; failed: number; total: number };

/**
 * How far the study's mailing has gone while one is under way ("412 of 1,000 emails
 * sent"), or null when nothing waits. The mailing is everything queued for the study
 * since the oldest message still waiting, so one progress covers an invitation round
 * and a round opening sent back to back. Two queries, for facilitators only.
 */
export async function getDeliveryProgress(
  db: Db,
  access: StudyAccess,
): Promise<DeliveryProgress | null> {
  const { studyId } = access;
  const oldest = await db.outboundEmail.findFirst({
    where: { studyId, status: { in: ["QUEUED", "SENDING"] } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  if (!oldest) return null;
  const groups = await db.outboundEmail.groupBy({
    by: ["status"],
    where: { studyId, createdAt: { gte: oldest.createdAt } },
    _count: { _all: true },
  });
  const of = (status: string) => groups.find((g) => g.status === status)?._count._all ?? 0;
  const total = groups.reduce((sum, g) => sum + g._count._all, 0);
  return { sent: of("SENT"), failed: of("FAILED"), total };
}
