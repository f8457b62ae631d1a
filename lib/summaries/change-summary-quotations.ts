import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import { ensureSummaryDraft } from "./internal/ensure-summary-draft.ts";
import { MAX_QUOTATIONS } from "./schemas.ts";

/**
 * Copies one feedback item's words into the draft's quotations: the text only, never who
 * wrote it. The item must be part of a submitted response of this very round.
 */
export async function addSummaryQuotation(
  db: PrismaClient,
  access: StudyAccess,
  number: number,
  input: { responseId: string; part: string; field: "reason" | "suggestion" },
): Promise<{ added: boolean }> {
  authorize(access, "round.run");
  return db.$transaction(async (tx) => {
    const draft = await ensureSummaryDraft(tx, access, number);
    const text = (await feedbackText(tx, draft.roundId, input)).trim();
    if (!text) throw new AppError("NOT_FOUND");
    if (draft.quotations.includes(text)) return { added: false };
    if (draft.quotations.length >= MAX_QUOTATIONS)
      throw new AppError("CONFLICT", undefined, {
        messageKey: "summaries.tooManyQuotations",
        values: { max: MAX_QUOTATIONS },
      });
    await tx.summary.update({
      where: { id: draft.id },
      data: { quotations: [...draft.quotations, text] },
    });
    return { added: true };
  });
}

export async function removeSummaryQuotation(
  db: PrismaClient,
  access: StudyAccess,
  number: number,
  index: number,
): Promise<void> {
  authorize(access, "round.run");
  await db.$transaction(async (tx) => {
    const draft = await ensureSummaryDraft(tx, access, number);
    if (index >= draft.quotations.length) throw new AppError("NOT_FOUND");
    await tx.summary.update({
      where: { id: draft.id },
      data: { quotations: draft.quotations.filter((_, i) => i !== index) },
    });
  });
}

async function feedbackText(
  db: Db,
  roundId: string,
  input: { responseId: string; part: string; field: "reason" | "suggestion" },
): Promise<string> {
  const response = await db.response.findFirst({
    where: { id: input.responseId, roundId, state: "SUBMITTED" },
    select: {
      textReason: true,
      textSuggestion: true,
      generalComments: true,
      clauses: {
        where: { clauseVersionId: input.part },
        select: { reason: true, suggestion: true },
      },
    },
  });
  if (!response) throw new AppError("NOT_FOUND");
  if (input.part === "comments") return input.field === "reason" ? response.generalComments : "";
  if (input.part === "text")
    return input.field === "reason" ? response.textReason : response.textSuggestion;
  const clause = response.clauses[0];
  return clause ? clause[input.field] : "";
}
