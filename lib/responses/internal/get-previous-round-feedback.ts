import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import type { ClauseAnswer, PartAnswer, PositionValue } from "../response-form-data.ts";
import { tallyClauses, tallyResponses } from "@/lib/consensus/internal/round-tallies.ts";
import { responseContentColumns } from "../response-columns.ts";

export type GroupCounts = {
  canLiveWith: number;
  cannotLiveWith: number;
  noAnswer: number;
  respondents: number;
};

export type PreviousClauseFeedback = {
  /** The wording the panel answered on in the previous round, and its number then. */
  position: number;
  text: string;
  own: ClauseAnswer | null;
  group: GroupCounts;
};

export type PreviousRoundFeedback = {
  roundNumber: number;
  summary: string | null;
  /** Whether the expert's own previous response was submitted (a draft was not counted). */
  ownSubmitted: boolean;
  text: { own: PartAnswer | null; group: GroupCounts };
  overall: { own: PositionValue | null; group: GroupCounts };
  /** Keyed by the CURRENT clause version id, matched through the clause's stable identity. */
  clauses: Record<string, PreviousClauseFeedback>;
};

/**
 * What the expert may see of the previous round: the summary sent to the panel, their own
 * answers, and the group's counts among submitted responses. Only a CLOSED round qualifies,
 * so the results of a round still taking answers are never shown. No individual answer of
 * anyone else leaves this function.
 */
export async function getPreviousRoundFeedback(
  db: Db,
  studyId: string,
  roundNumber: number,
  panelMemberId: string,
  current: { id: string; clauseId: string }[],
): Promise<PreviousRoundFeedback | null> {
  if (roundNumber <= 1) return null;
  const prev = await db.round.findFirst({
    where: { studyId, number: roundNumber - 1, state: "CLOSED" },
    select: { id: true, versionId: true },
  });
  if (!prev) return null;
  // The same counts as the facilitators' results (lib/consensus): submitted responses only.
  const [summary, totals, clauseTally, prevClauses, own] = await Promise.all([
    db.summary.findFirst({
      where: { roundId: prev.id, status: "SENT" },
      orderBy: { revision: "desc" },
      select: { sentBody: true },
    }),
    tallyResponses(db, prev.id),
    tallyClauses(db, prev.id),
    db.clauseVersion.findMany({
      where: { versionId: prev.versionId },
      select: { id: true, clauseId: true, position: true, text: true },
    }),
    db.response.findUnique({
      where: { roundId_panelMemberId: { roundId: prev.id, panelMemberId } },
      select: { state: true, ...responseContentColumns },
    }),
  ]);
  const counts = (tally?: { canLiveWith: number; cannotLiveWith: number }): GroupCounts => {
    const canLiveWith = tally?.canLiveWith ?? 0;
    const cannotLiveWith = tally?.cannotLiveWith ?? 0;
    return {
      canLiveWith,
      cannotLiveWith,
      noAnswer: totals.respondents - canLiveWith - cannotLiveWith,
      respondents: totals.respondents,
    };
  };
  const byClauseId = new Map(prevClauses.map((c) => [c.clauseId, c]));
  const ownClauses = new Map(own?.clauses.map((c) => [c.clauseVersionId, c]) ?? []);
  const clauses: Record<string, PreviousClauseFeedback> = {};
  for (const c of current) {
    const before = byClauseId.get(c.clauseId);
    if (!before) continue;
    const mine = ownClauses.get(before.id);
    clauses[c.id] = {
      position: before.position,
      text: before.text,
      own: mine
        ? {
            position: mine.position,
            reason: mine.reason,
            suggestion: mine.suggestion,
            rating: mine.rating,
          }
        : null,
      group: counts(clauseTally.get(before.id)),
    };
  }
  return {
    roundNumber: roundNumber - 1,
    summary: summary?.sentBody ?? null,
    ownSubmitted: own?.state === "SUBMITTED",
    text: {
      own: own
        ? { position: own.textPosition, reason: own.textReason, suggestion: own.textSuggestion }
        : null,
      group: counts(totals.text),
    },
    overall: {
      own: own?.overallPosition ?? null,
      group: counts(totals.overall),
    },
    clauses,
  };
}
