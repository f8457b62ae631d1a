import { z } from "zod";
import type { MessageKey } from "@/i18n/types.ts";
import { feedbackPartSchema } from "@/lib/feedback/schemas.ts";

export const SUMMARY_MAX_LENGTH = 20_000;
export const MAX_QUOTATIONS = 30;

export const saveSummarySchema = z.strictObject({
  body: z.string().trim().max(SUMMARY_MAX_LENGTH),
});

/** Quote one feedback item: the reason (or general comment) or the suggested rewording. */
export const addQuotationSchema = z.strictObject({
  responseId: z.string().min(1).max(64),
  part: feedbackPartSchema,
  field: z.enum(["reason", "suggestion"]),
});

export const removeQuotationSchema = z.strictObject({
  index: z.coerce.number().int().min(0).max(MAX_QUOTATIONS),
});

export const sendSummarySchema = z.strictObject({
  revision: z.coerce.number().int().min(1),
  confirm: z.literal("yes", { message: "summaries.confirmRequired" satisfies MessageKey }),
  /** Send although the next version's changes are not all justified (the summary lacks them). */
  withoutChanges: z.literal("yes").optional(),
});
