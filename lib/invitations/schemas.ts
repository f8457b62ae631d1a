import { z } from "zod";

export const sendInvitationsSchema = z
  .strictObject({
    scope: z.enum(["all", "one"]),
    panelMemberId: z.string().max(64).default(""),
    // When the live link the page showed was issued ("" for none): see sendInvitations.
    linkIssuedAt: z.string().max(40).default(""),
  })
  .refine((v) => v.scope === "all" || v.panelMemberId !== "", {
    path: ["panelMemberId"],
    message: "validation.required",
  });

export const revokeLinkSchema = z.strictObject({
  panelMemberId: z.string().min(1).max(64),
});
