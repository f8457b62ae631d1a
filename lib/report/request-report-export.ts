import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import type { RequestReportExportInput } from "./schemas.ts";

/**
 * Queues a PDF or Word file of the report for the background runner. Owners and
 * facilitators ask for files (a new file replaces the finished one); observers download.
 * A second request while one is still queued returns it (a double click makes one file);
 * one already running read the report before the latest edits, so a new one is queued.
 */
export async function requestReportExport(
  db: PrismaClient,
  access: StudyAccess,
  { format }: RequestReportExportInput,
): Promise<{ id: string }> {
  authorize(access, "report.generate");
  const { studyId, userId } = access;
  return db.$transaction(async (tx) => {
    // Serialises concurrent requests for this study: the study row is the lock.
    await tx.$executeRaw`SELECT 1 FROM "Study" WHERE id = ${studyId} FOR UPDATE`;
    const pending = await tx.reportExport.findFirst({
      where: { studyId, format, state: "QUEUED" },
      select: { id: true },
    });
    if (pending) return pending;
    await tx.reportExport.deleteMany({
      where: { studyId, format, state: { in: ["DONE", "FAILED"] } },
    });
    return tx.reportExport.create({
      data: { studyId, format, requestedById: userId },
      select: { id: true },
    });
  });
}
