import { z } from "zod";
import type { MessageKey } from "@/i18n/types.ts";
import { isValidTimeZone, zonedTimeToUtc } from "./zoned-time.ts";

const deadline = z
  .strictObject({
    closesAt: z
      .string()
      .trim()
      .regex(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/,
        "validation.dateTime" satisfies MessageKey,
      ),
    timeZone: z
      .string()
      .trim()
      .max(64)
      .default("UTC")
      .refine(isValidTimeZone, "validation.invalid" satisfies MessageKey),
  })
  .transform((v, ctx) => {
    const at = zonedTimeToUtc(v.closesAt, v.timeZone);
    // The minimum lead time is a deployment setting, checked where the round is changed.
    if (at.getTime() <= Date.now()) {
      ctx.addIssue({
        code: "custom",
        path: ["closesAt"],
        message: "rounds.deadlineTooSoon" satisfies MessageKey,
      });
      return z.NEVER;
    }
    return { closesAt: at, timeZone: v.timeZone };
  });

/** Days before the deadline, e.g. "3, 1" → [3, 1]; empty means no automatic reminders. */
const reminderDays = z
  .string()
  .trim()
  .max(40)
  .refine(
    (s) => s === "" || /^\d{1,2}(\s*,\s*\d{1,2})*$/.test(s),
    "rounds.reminderDaysFormat" satisfies MessageKey,
  )
  .transform((s) =>
    [...new Set(s === "" ? [] : s.split(",").map((d) => Number(d.trim())))]
      .filter((d) => d > 0)
      .sort((a, b) => b - a),
  );

export const openRoundSchema = z
  .strictObject({
    closesAt: z.string(),
    timeZone: z.string().default("UTC"),
    reminderDays: reminderDays.default([3, 1]),
    collectRatings: z
      .enum(["on"])
      .optional()
      .transform((v) => v === "on"),
  })
  .transform((v, ctx) => {
    const parsed = deadline.safeParse({ closesAt: v.closesAt, timeZone: v.timeZone });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
      return z.NEVER;
    }
    return {
      closesAt: parsed.data.closesAt,
      reminderDays: v.reminderDays,
      collectRatings: v.collectRatings,
    };
  });

export type OpenRoundInput = z.output<typeof openRoundSchema>;

export const extendRoundSchema = z
  .strictObject({ closesAt: z.string(), timeZone: z.string().default("UTC") })
  .transform((v, ctx) => {
    const parsed = deadline.safeParse(v);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
      return z.NEVER;
    }
    return { closesAt: parsed.data.closesAt };
  });

export const roundActionSchema = z.strictObject({});

/** "Remind now" names the batch after the ones the page showed: a double click sends once. */
export const remindNowSchema = z.strictObject({
  seen: z.coerce.number().int().min(0).max(100_000).optional(),
});
