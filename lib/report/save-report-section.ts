import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import type { SaveReportSectionInput } from "./schemas.ts";

/** Writes (or, when empty, clears) a facilitator-written part of the report. */
export async function saveReportSection(
  db: PrismaClient,
  access: StudyAccess,
  { key, body }: SaveReportSectionInput,
): Promise<void> {
  authorize(access, "report.generate");
  const { studyId } = access;
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
