import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { AppError } from "@/lib/errors.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import type { UpdateFeedbackNoteInput } from "./schemas.ts";

/**
 * Sets the themes and "addressed" mark of one feedback item. The response must belong to a
 * round of this study, and a clause part to that round's version: ids from another study
 * are NOT_FOUND, as if they did not exist. Working notes, not decisions: not audited.
 */
export async function updateFeedbackNote(
  db: Db,
  access: StudyAccess,
  input: UpdateFeedbackNoteInput,
): Promise<void> {
  authorize(access, "study.edit");
  const { studyId } = access;
  const response = await db.response.findFirst({
    where: { id: input.responseId, round: { studyId } },
    select: { id: true, round: { select: { versionId: true } } },
  });
  if (!response) throw new AppError("NOT_FOUND");
  if (input.part !== "text" && input.part !== "comments") {
    const clause = await db.clauseVersion.findFirst({
      where: { id: input.part, versionId: response.round.versionId },
      select: { id: true },
    });
    if (!clause) throw new AppError("NOT_FOUND");
  }
  await db.feedbackNote.upsert({
    where: { responseId_part: { responseId: response.id, part: input.part } },
    create: {
      responseId: response.id,
      part: input.part,
      themes: input.themes,
      addressed: input.addressed,
    },
    update: { themes: input.themes, addressed: input.addressed },
  });
}
