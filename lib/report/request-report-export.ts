import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { requireFacilitator } from "@/lib/guards.ts";
import type { RequestReportExportInput } from "./schemas.ts";

/**
 * Queues a PDF or Word file of the report for the background runner. Anyone who may read
 * the report may ask for it. A second request while one is queued or running for the same
 * study and format returns that one (a double click makes one file); otherwise the older
 * files of that format are replaced, so a study keeps one file per format.
 */
export async function requestReportExport(
  db: PrismaClient,
  userId: string,
  { studyId, format }: RequestReportExportInput,
): Promise<{ id: string }> {
  await requireFacilitator(db, userId, studyId);
  return db.$transaction(async (tx) => {
    // Serialises concurrent requests for this study: the study row is the lock.
    await tx.$executeRaw`SELECT 1 FROM "Study" WHERE id = ${studyId} FOR UPDATE`;
    const pending = await tx.reportExport.findFirst({
      where: { studyId, format, state: { in: ["QUEUED", "RUNNING"] } },
      select: { id: true },
    });
    if (pending) return pending;
    await tx.reportExport.deleteMany({ where: { studyId, format } });
    return tx.reportExport.create({
      data: { studyId, format, requestedById: userId },
      select: { id: true },
    });
  });
}
