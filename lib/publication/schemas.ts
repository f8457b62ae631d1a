import { z } from "zod";

const studyId = z.string().trim().min(1).max(64);

/** Publishing asks for an explicit acknowledgement of what becomes public. */
export const publishStudySchema = z.strictObject({
  studyId,
  confirm: z.literal("yes", { message: "publication.errors.confirm" }),
});

export const unpublishStudySchema = z.strictObject({ studyId });
