import { z } from "zod";
import type { MessageKey } from "@/i18n/types.ts";
import { LIMITS } from "./limits.ts";
import { POSITIONS, nestFormValues, type FlatValues } from "./response-form-data.ts";

const position = z
  .union([z.enum(POSITIONS), z.literal("")], { message: "validation.choice" satisfies MessageKey })
  .optional()
  .transform((v) => v || null);
const reason = z.string().trim().max(LIMITS.reason).default("");
const suggestion = z.string().trim().max(LIMITS.suggestion).default("");
const rating = z
  .string()
  .regex(/^\d{0,3}$/, { message: "validation.choice" satisfies MessageKey })
  .optional()
  .transform((v) => (v ? Number(v) : null));

const part = z.strictObject({ position, reason, suggestion });
const clause = z.strictObject({ position, reason, suggestion, rating });

const responseObject = z
  .strictObject({
    revision: z.coerce.number().int().min(0),
    // Which button sent the form; autosave never submits.
    intent: z.enum(["save", "submit"]).default("save"),
    text: part.default({ position: null, reason: "", suggestion: "" }),
    clause: z.record(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), clause),
    overallPosition: position,
    generalComments: z.string().trim().max(LIMITS.comments).default(""),
  })
  .superRefine((v, ctx) => {
    // Drafts may be incomplete; a submission says why for every "cannot live with".
    if (v.intent !== "submit") return;
    const needsReason = (p: { position: string | null; reason: string }) =>
      p.position === "CANNOT_LIVE_WITH" && !p.reason;
    if (needsReason(v.text))
      ctx.addIssue({
        code: "custom",
        path: ["text", "reason"],
        message: "validation.reasonRequired" satisfies MessageKey,
      });
    for (const [id, answer] of Object.entries(v.clause)) {
      if (needsReason(answer))
        ctx.addIssue({
          code: "custom",
          path: ["clause", id, "reason"],
          message: "validation.reasonRequired" satisfies MessageKey,
        });
    }
    if (!v.overallPosition)
      ctx.addIssue({
        code: "custom",
        path: ["overallPosition"],
        message: "validation.overallRequired" satisfies MessageKey,
      });
  });

/**
 * One schema for the whole response: the form's POST, the autosave endpoint and the submit
 * all parse the same flat FormData names (see response-form-data.ts), so an error's path
 * ("clause.<id>.reason") is also the name of the field it belongs to.
 */
export const responseSchema = z.preprocess(
  (v) => (v && typeof v === "object" ? nestFormValues(v as FlatValues) : v),
  responseObject,
);

export type ResponseInput = z.output<typeof responseObject>;
