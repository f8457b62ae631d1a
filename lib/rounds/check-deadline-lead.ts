import "server-only";
import { env } from "@/lib/env.ts";
import { AppError } from "@/lib/errors.ts";

/** A new deadline must leave the panel time to answer (ROUND_MIN_LEAD_SECONDS, default 1 h). */
export function checkDeadlineLead(closesAt: Date, now: Date = new Date()): void {
  if (closesAt.getTime() < now.getTime() + env().ROUND_MIN_LEAD_SECONDS * 1000) {
    throw new AppError("INVALID", "deadline too soon", {
      field: "closesAt",
      messageKey: "rounds.deadlineTooSoon",
    });
  }
}
