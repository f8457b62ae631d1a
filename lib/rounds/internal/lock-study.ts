import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client.ts";
import { AppError } from "@/lib/errors.ts";

/** Serialises round changes of one study (open, extend, close) inside their transaction. */
export async function lockStudyForRounds(tx: Prisma.TransactionClient, studyId: string) {
  const [study] = await tx.$queryRaw<
    { id: string; title: string; status: string; ratingScaleMax: number | null }[]
  >`
    SELECT id, title, status::text AS status, "ratingScaleMax" FROM "Study" WHERE id = ${studyId} FOR UPDATE`;
  if (!study) throw new AppError("NOT_FOUND");
  return study;
}
