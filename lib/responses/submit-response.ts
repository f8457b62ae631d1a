import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import type { ResponseInput } from "./schemas.ts";
import { writeResponse, type WriteResult } from "./write-response.ts";

/**
 * Submits the expert's answers. Idempotent: the same payload sent again (double click,
 * retry, several at once) leaves one submitted response and one revision step.
 */
export async function submitResponse(
  db: PrismaClient,
  token: string,
  roundNumber: number,
  input: ResponseInput,
  now?: Date,
): Promise<WriteResult> {
  return writeResponse(db, token, roundNumber, { ...input, intent: "submit" }, "submit", now);
}
