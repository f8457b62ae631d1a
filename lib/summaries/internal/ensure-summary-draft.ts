import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { AppError } from "@/lib/errors.ts";
import type { StudyAccess } from "@/lib/guards.ts";

/**
 * The round's editable draft, created when missing: revision 1, or after a sending a new
 * revision that starts from the sent one's text (a correction). Sent revisions are never
 * updated. Call inside a transaction, after authorizing "round.run" on `access`; the row
 * lock serialises concurrent editors.
 */
export async function ensureSummaryDraft(
  db: Db,
  access: StudyAccess,
  number: number,
  /** Sending passes the revision it was shown: a second click finds it already sent. */
  expectRevision?: number,
) {
  const { studyId, userId } = access;
  const round = await db.round.findUnique({
    where: { studyId_number: { studyId, number } },
    select: { id: true },
  });
  if (!round) throw new AppError("NOT_FOUND");
  await db.$queryRaw`SELECT 1 FROM "Round" WHERE "id" = ${round.id} FOR UPDATE`;
  const latest = await db.summary.findFirst({
    where: { roundId: round.id },
    orderBy: { revision: "desc" },
    select: { id: true, revision: true, status: true, body: true, quotations: true },
  });
  if (
    expectRevision !== undefined &&
    (latest?.status !== "DRAFT" || latest.revision !== expectRevision)
  )
    throw new AppError("CONFLICT", undefined, { messageKey: "summaries.alreadySent" });
  if (latest?.status === "DRAFT") return { ...latest, roundId: round.id };
  const created = await db.summary.create({
    data: {
      roundId: round.id,
      revision: (latest?.revision ?? 0) + 1,
      body: latest?.body ?? "",
      quotations: latest?.quotations ?? [],
      createdById: userId,
    },
    select: { id: true, revision: true, status: true, body: true, quotations: true },
  });
  return { ...created, roundId: round.id };
}
