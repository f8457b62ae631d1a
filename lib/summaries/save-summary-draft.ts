import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import { ensureSummaryDraft } from "./internal/ensure-summary-draft.ts";

export async function saveSummaryDraft(
  db: PrismaClient,
  access: StudyAccess,
  number: number,
  input: { body: string },
): Promise<{ revision: number }> {
  authorize(access, "round.run");
  return db.$transaction(async (tx) => {
    const draft = await ensureSummaryDraft(tx, access, number);
    await tx.summary.update({ where: { id: draft.id }, data: { body: input.body } });
    return { revision: draft.revision };
  });
}
