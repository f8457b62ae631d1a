import { z } from "zod";
import type { MessageKey } from "@/i18n/types.ts";

const checkbox = z
  .enum(["on"])
  .optional()
  .transform((v) => v === "on");

export const acceptInvitationSchema = z
  .strictObject({
    participationConsent: z.enum(["on"], {
      message: "validation.consentRequired" satisfies MessageKey,
    }),
    acknowledge: checkbox,
    affiliation: z.string().trim().max(200).default(""),
    coi: z.enum(["none", "declared"], { message: "validation.choice" satisfies MessageKey }),
    coiDetails: z.string().trim().max(2000).default(""),
  })
  .superRefine((v, ctx) => {
    if (v.coi === "declared" && !v.coiDetails) {
      ctx.addIssue({
        code: "custom",
        path: ["coiDetails"],
        message: "validation.required" satisfies MessageKey,
      });
    }
  });

export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

export const declineInvitationSchema = z.strictObject({});

export const nominatePeerSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().toLowerCase().pipe(z.email().max(320)),
  reason: z.string().trim().max(2000).default(""),
});

export type NominatePeerInput = z.infer<typeof nominatePeerSchema>;
