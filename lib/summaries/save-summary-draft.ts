import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { ensureSummaryDraft } from "./ensure-summary-draft.ts";

export async function saveSummaryDraft(
  db: PrismaClient,
  userId: string,
  studyId: string,
  number: number,
  input: { body: string },
): Promise<{ revision: number }> {
  return db.$transaction(async (tx) => {
    const draft = await ensureSummaryDraft(tx, userId, studyId, number);
    await tx.summary.update({ where: { id: draft.id }, data: { body: input.body } });
    return { revision: draft.revision };
  });
}
