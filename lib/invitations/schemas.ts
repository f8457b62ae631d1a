import { z } from "zod";

export const sendInvitationsSchema = z
  .strictObject({
    scope: z.enum(["all", "one"]),
    panelMemberId: z.string().max(64).default(""),
  })
  .refine((v) => v.scope === "all" || v.panelMemberId !== "", {
    path: ["panelMemberId"],
    message: "validation.required",
  });

export const revokeLinkSchema = z.strictObject({
  panelMemberId: z.string().min(1).max(64),
});
