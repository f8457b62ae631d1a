import { z } from "zod";
import type { MessageKey } from "@/i18n/types.ts";

const studyId = z.string().trim().min(1).max(64);

/** Publishing asks for an explicit acknowledgement of what becomes public. */
export const publishStudySchema = z.strictObject({
  studyId,
  confirm: z.literal("yes", { message: "publication.errors.confirm" satisfies MessageKey }),
});

export const unpublishStudySchema = z.strictObject({ studyId });

/** Whether the public pages offer the aggregate results for download. */
export const setAggregateDataSchema = z.strictObject({
  studyId,
  offer: z.enum(["yes", "no"]).transform((v) => v === "yes"),
});

export type SetAggregateDataInput = z.infer<typeof setAggregateDataSchema>;
