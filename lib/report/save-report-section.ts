import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { requireStudyAccess } from "@/lib/guards.ts";
import type { SaveReportSectionInput } from "./schemas.ts";

/** Writes (or, when empty, clears) a facilitator-written part of the report. */
export async function saveReportSection(
  db: PrismaClient,
  userId: string,
  input: SaveReportSectionInput,
): Promise<void> {
  const { studyId, key, body } = input;
  await requireStudyAccess(db, userId, studyId, "report.generate");
  if (!body) {
    await db.reportSection.deleteMany({ where: { studyId, key } });
    return;
  }
  await db.reportSection.upsert({
    where: { studyId_key: { studyId, key } },
    create: { studyId, key, body },
    update: { body },
  });
}
