import { z } from "zod";
import type { MessageKey } from "@/i18n/types.ts";

export const FEEDBACK_POSITIONS = ["all", "CANNOT_LIVE_WITH", "CAN_LIVE_WITH"] as const;
export const MAX_THEMES = 8;
export const MAX_THEME_LENGTH = 40;

/** The digest's filters, from the page's query string (GET form: works without JavaScript). */
export const digestFilterSchema = z.object({
  position: z.enum(FEEDBACK_POSITIONS).catch("all"),
  theme: z.string().trim().max(MAX_THEME_LENGTH).catch(""),
  open: z
    .enum(["", "1"])
    .catch("")
    .transform((v) => v === "1"),
});

export type DigestFilter = z.output<typeof digestFilterSchema>;

/** A part of a response a note is about: "text", "comments" or a clause version id. */
export const feedbackPartSchema = z.string().regex(/^(text|comments|[A-Za-z0-9_-]{1,64})$/);

// Themes are typed as a comma-separated list; each is trimmed, blanks dropped, duplicates
// (ignoring case) merged, so "Scope, scope ,," is one theme.
const themes = z
  .string()
  .max(MAX_THEMES * (MAX_THEME_LENGTH + 2))
  .transform((s) => {
    const seen = new Map<string, string>();
    for (const raw of s.split(",")) {
      const theme = raw.trim().replace(/\s+/g, " ");
      if (theme && !seen.has(theme.toLowerCase())) seen.set(theme.toLowerCase(), theme);
    }
    return [...seen.values()];
  })
  .pipe(
    z
      .array(
        z.string().max(MAX_THEME_LENGTH, { message: "feedback.themeTooLong" satisfies MessageKey }),
      )
      .max(MAX_THEMES, { message: "feedback.tooManyThemes" satisfies MessageKey }),
  );

export const updateFeedbackNoteSchema = z.strictObject({
  responseId: z.string().min(1).max(64),
  part: feedbackPartSchema,
  themes: themes.default([]),
  // A checkbox: present ("on") when ticked, absent otherwise.
  addressed: z
    .literal("on")
    .optional()
    .transform((v) => v === "on"),
});

export type UpdateFeedbackNoteInput = z.output<typeof updateFeedbackNoteSchema>;
