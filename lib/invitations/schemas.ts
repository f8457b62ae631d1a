import { z } from "zod";
import type { MessageKey } from "@/i18n/types.ts";

export const sendInvitationsSchema = z
  .strictObject({
    scope: z.enum(["all", "one", "unanswered"]),
    panelMemberId: z.string().max(64).default(""),
    // When the live link the page showed was issued ("" for none): see sendInvitations.
    // Absent (not sent by the form) means no check, never "the page showed no link".
    linkIssuedAt: z.union([z.literal(""), z.iso.datetime()]).optional(),
    // For "unanswered": the newest link the page showed; links issued after it are not resent.
    seenBefore: z.union([z.literal(""), z.iso.datetime()]).default(""),
  })
  .refine((v) => v.scope !== "one" || v.panelMemberId !== "", {
    path: ["panelMemberId"],
    message: "validation.required" satisfies MessageKey,
  });

export const revokeLinkSchema = z.strictObject({
  panelMemberId: z.string().min(1).max(64),
});
