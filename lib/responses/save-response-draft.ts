import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import type { ResponseInput } from "./schemas.ts";
import { writeResponse, type WriteResult } from "./write-response.ts";

/**
 * Saves the expert's answers as a draft (autosave and the "Save draft" button). Drafts may
 * be incomplete; a conflicting save writes nothing and returns both versions.
 */
export async function saveResponseDraft(
  db: PrismaClient,
  token: string,
  roundNumber: number,
  input: ResponseInput,
  now?: Date,
): Promise<WriteResult> {
  return writeResponse(db, token, roundNumber, { ...input, intent: "save" }, "draft", now);
}
