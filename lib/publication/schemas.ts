import { z } from "zod";
import type { MessageKey } from "@/i18n/types.ts";

/** Publishing asks for an explicit acknowledgement of what becomes public. */
export const publishStudySchema = z.strictObject({
  confirm: z.literal("yes", { message: "publication.errors.confirm" satisfies MessageKey }),
});

/** Taking the pages down asks for nothing but the button. */
export const unpublishStudySchema = z.strictObject({});

/** Whether the public pages offer the aggregate results for download. */
export const setAggregateDataSchema = z.strictObject({
  offer: z.enum(["yes", "no"]).transform((v) => v === "yes"),
});

export type SetAggregateDataInput = z.infer<typeof setAggregateDataSchema>;
