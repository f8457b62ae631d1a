import { z } from "zod";

export const addFacilitatorSchema = z.strictObject({
  email: z.string().trim().toLowerCase().pipe(z.email().max(320)),
  role: z.enum(["OWNER", "FACILITATOR", "OBSERVER"]),
});

export const removeFacilitatorSchema = z.strictObject({
  membershipId: z.string().min(1).max(64),
});
