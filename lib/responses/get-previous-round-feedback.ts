import "server-only";
import type { Db } from "@/lib/db.ts";
import type { ClauseAnswer, PartAnswer, PositionValue } from "./response-form-data.ts";
import { responseContentColumns } from "./response-columns.ts";

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

type Tally = { position: PositionValue | null; count: number }[];

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
  const submitted = { roundId: prev.id, state: "SUBMITTED" as const };
  const [summary, respondents, textTally, overallTally, clauseTally, prevClauses, own] =
    await Promise.all([
      db.summary.findFirst({
        where: { roundId: prev.id, status: "SENT" },
        orderBy: { revision: "desc" },
        select: { sentBody: true },
      }),
      db.response.count({ where: submitted }),
      db.response.groupBy({ by: ["textPosition"], where: submitted, _count: { _all: true } }),
      db.response.groupBy({ by: ["overallPosition"], where: submitted, _count: { _all: true } }),
      db.clauseResponse.groupBy({
        by: ["clauseVersionId", "position"],
        where: { response: submitted, clauseVersion: { versionId: prev.versionId } },
        _count: { _all: true },
      }),
      db.clauseVersion.findMany({
        where: { versionId: prev.versionId },
        select: { id: true, clauseId: true, position: true, text: true },
      }),
      db.response.findUnique({
        where: { roundId_panelMemberId: { roundId: prev.id, panelMemberId } },
        select: { state: true, ...responseContentColumns },
      }),
    ]);
  const counts = (tally: Tally): GroupCounts => {
    const of = (p: PositionValue) => tally.find((t) => t.position === p)?.count ?? 0;
    const canLiveWith = of("CAN_LIVE_WITH");
    const cannotLiveWith = of("CANNOT_LIVE_WITH");
    return {
      canLiveWith,
      cannotLiveWith,
      noAnswer: respondents - canLiveWith - cannotLiveWith,
      respondents,
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
      group: counts(
        clauseTally
          .filter((t) => t.clauseVersionId === before.id)
          .map((t) => ({ position: t.position, count: t._count._all })),
      ),
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
      group: counts(textTally.map((t) => ({ position: t.textPosition, count: t._count._all }))),
    },
    overall: {
      own: own?.overallPosition ?? null,
      group: counts(
        overallTally.map((t) => ({ position: t.overallPosition, count: t._count._all })),
      ),
    },
    clauses,
  };
}
