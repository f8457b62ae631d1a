import { z } from "zod";

export const decideNominationSchema = z.strictObject({
  nominationId: z.string().min(1).max(64),
  decision: z.enum(["add", "dismiss"]),
});
