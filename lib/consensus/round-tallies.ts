import "server-only";
import type { Db } from "@/lib/db.ts";
import type { RatingBin } from "./statistics.ts";

// Aggregates over one round's SUBMITTED responses, computed by PostgreSQL: the results of a
// 10,000-expert round never pass through this process row by row. A draft (including a
// submission changed and not resubmitted) is not counted, as on the expert's own page.

export type PartCounts = {
  canLiveWith: number;
  cannotLiveWith: number;
  suggestions: number;
};

export type ResponseTotals = {
  respondents: number;
  text: PartCounts;
  overall: { canLiveWith: number; cannotLiveWith: number };
};

export type Movement = { compared: number; unchanged: number; toCan: number; toCannot: number };

export async function tallyResponses(db: Db, roundId: string): Promise<ResponseTotals> {
  const [row] = await db.$queryRaw<
    {
      respondents: number;
      textCan: number;
      textCannot: number;
      textSuggestions: number;
      overallCan: number;
      overallCannot: number;
    }[]
  >`
    SELECT COUNT(*)::int AS "respondents",
      COUNT(*) FILTER (WHERE "textPosition" = 'CAN_LIVE_WITH')::int AS "textCan",
      COUNT(*) FILTER (WHERE "textPosition" = 'CANNOT_LIVE_WITH')::int AS "textCannot",
      COUNT(*) FILTER (WHERE "textSuggestion" <> '')::int AS "textSuggestions",
      COUNT(*) FILTER (WHERE "overallPosition" = 'CAN_LIVE_WITH')::int AS "overallCan",
      COUNT(*) FILTER (WHERE "overallPosition" = 'CANNOT_LIVE_WITH')::int AS "overallCannot"
    FROM "Response"
    WHERE "roundId" = ${roundId} AND "state" = 'SUBMITTED'`;
  return {
    respondents: row?.respondents ?? 0,
    text: {
      canLiveWith: row?.textCan ?? 0,
      cannotLiveWith: row?.textCannot ?? 0,
      suggestions: row?.textSuggestions ?? 0,
    },
    overall: { canLiveWith: row?.overallCan ?? 0, cannotLiveWith: row?.overallCannot ?? 0 },
  };
}

/** Per clause version of the round: positions and suggested rewordings. */
export async function tallyClauses(db: Db, roundId: string): Promise<Map<string, PartCounts>> {
  const rows = await db.$queryRaw<
    { clauseVersionId: string; can: number; cannot: number; suggestions: number }[]
  >`
    SELECT cr."clauseVersionId",
      COUNT(*) FILTER (WHERE cr."position" = 'CAN_LIVE_WITH')::int AS "can",
      COUNT(*) FILTER (WHERE cr."position" = 'CANNOT_LIVE_WITH')::int AS "cannot",
      COUNT(*) FILTER (WHERE cr."suggestion" <> '')::int AS "suggestions"
    FROM "Response" r
    JOIN "ClauseResponse" cr ON cr."responseId" = r."id"
    WHERE r."roundId" = ${roundId} AND r."state" = 'SUBMITTED'
    GROUP BY cr."clauseVersionId"`;
  return new Map(
    rows.map((r) => [
      r.clauseVersionId,
      { canLiveWith: r.can, cannotLiveWith: r.cannot, suggestions: r.suggestions },
    ]),
  );
}

/** Per clause version: how many gave each rating (at most the scale's length of rows each). */
export async function tallyRatings(db: Db, roundId: string): Promise<Map<string, RatingBin[]>> {
  const rows = await db.$queryRaw<{ clauseVersionId: string; value: number; count: number }[]>`
    SELECT cr."clauseVersionId", cr."rating" AS "value", COUNT(*)::int AS "count"
    FROM "Response" r
    JOIN "ClauseResponse" cr ON cr."responseId" = r."id"
    WHERE r."roundId" = ${roundId} AND r."state" = 'SUBMITTED' AND cr."rating" IS NOT NULL
    GROUP BY cr."clauseVersionId", cr."rating"`;
  const out = new Map<string, RatingBin[]>();
  for (const r of rows)
    out.set(r.clauseVersionId, [
      ...(out.get(r.clauseVersionId) ?? []),
      { value: r.value, count: r.count },
    ]);
  return out;
}
