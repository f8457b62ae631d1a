import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import type { SetAggregateDataInput } from "./schemas.ts";
import { PUBLIC_PAGES, type Affected } from "@/lib/actions/affected.ts";

/**
 * Whether the public pages offer the aggregate results (counts per round and part, never a
 * row per expert) for download. Can be chosen before publishing; it shows once published.
 */
export async function setPublicAggregateData(
  db: PrismaClient,
  access: StudyAccess,
  { offer }: SetAggregateDataInput,
): Promise<{ affects: readonly Affected[] }> {
  authorize(access, "study.publish");
  const { studyId, userId } = access;
  await db.$transaction(async (tx) => {
    await tx.study.update({ where: { id: studyId }, data: { publicAggregateData: offer } });
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: offer ? "study.aggregateData.offered" : "study.aggregateData.withdrawn",
      targetType: "Study",
      targetId: studyId,
    });
  });
  return { affects: PUBLIC_PAGES };
}
