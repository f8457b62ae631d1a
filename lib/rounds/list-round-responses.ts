import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { AppError } from "@/lib/errors.ts";
import type { StudyAccess } from "@/lib/guards.ts";
import { responseContentColumns } from "@/lib/responses/response-columns.ts";
import { roundTextSelect } from "@/lib/rounds/round-text-select.ts";

/**
 * Every expert's answers in one round, for the study's facilitators only (who said what).
 * Experts and the public never reach this: it takes a member's checked StudyAccess.
 */
export async function listRoundResponses(db: Db, access: StudyAccess, number: number) {
  const { studyId } = access;
  const round = await db.round.findUnique({
    where: { studyId_number: { studyId, number } },
    select: {
      id: true,
      version: { select: roundTextSelect },
    },
  });
  if (!round) throw new AppError("NOT_FOUND");
  const responses = await db.response.findMany({
    where: { roundId: round.id },
    orderBy: { panelMember: { name: "asc" } },
    select: {
      id: true,
      state: true,
      submittedAt: true,
      // Only the submitted answer is shown; a pending draft is flagged, not shown.
      draftSavedAt: true,
      updatedAt: true,
      ...responseContentColumns,
      panelMember: { select: { name: true, email: true } },
    },
  });
  return {
    clauses: round.version.clauses,
    hasText: round.version.explanatoryText.trim() !== "",
    responses: responses.map((r) => ({
      ...r,
      clauses: Object.fromEntries(r.clauses.map((c) => [c.clauseVersionId, c])),
    })),
  };
}

export type RoundResponses = Awaited<ReturnType<typeof listRoundResponses>>;
