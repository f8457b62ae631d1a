import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import type { RatingBin } from "../statistics.ts";

// Aggregates over one round's SUBMITTED responses, computed by PostgreSQL: the results of a
// 10,000-expert round never pass through this process row by row. A draft is not counted.
// A submission changed and not resubmitted is counted as submitted: its columns keep the
// submitted answer, the changes wait in the draft column.

export type PartCounts = {
  canLiveWith: number;
  cannotLiveWith: number;
  suggestions: number;
};

export type ResponseTotals = {
  respondents: number;
  text: PartCounts;
  overall: { canLiveWith: number; cannotLiveWith: number };
  /** Respondents who could not live with a part or suggested a rewording of one. */
  flagging: number;
};

/**
 * A response (aliased `r`) that names a part it cannot live with or suggests rewording one:
 * the explanatory text or any clause. The overall position is not a part; objecting to the
 * whole text alone does not count here.
 */
export const flagsAPart = Prisma.sql`(r."textPosition" = 'CANNOT_LIVE_WITH' OR r."textSuggestion" <> ''
  OR EXISTS (SELECT 1 FROM "ClauseResponse" cr WHERE cr."responseId" = r."id"
    AND (cr."position" = 'CANNOT_LIVE_WITH' OR cr."suggestion" <> '')))`;

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
      flagging: number;
    }[]
  >`
    SELECT COUNT(*)::int AS "respondents",
      COUNT(*) FILTER (WHERE "textPosition" = 'CAN_LIVE_WITH')::int AS "textCan",
      COUNT(*) FILTER (WHERE "textPosition" = 'CANNOT_LIVE_WITH')::int AS "textCannot",
      COUNT(*) FILTER (WHERE "textSuggestion" <> '')::int AS "textSuggestions",
      COUNT(*) FILTER (WHERE "overallPosition" = 'CAN_LIVE_WITH')::int AS "overallCan",
      COUNT(*) FILTER (WHERE "overallPosition" = 'CANNOT_LIVE_WITH')::int AS "overallCannot",
      COUNT(*) FILTER (WHERE ${flagsAPart})::int AS "flagging"
    FROM "Response" r
    WHERE "roundId" = ${roundId} AND "state" = 'SUBMITTED'`;
  return {
    respondents: row?.respondents ?? 0,
    text: {
      canLiveWith: row?.textCan ?? 0,
      cannotLiveWith: row?.textCannot ?? 0,
      suggestions: row?.textSuggestions ?? 0,
    },
    overall: { canLiveWith: row?.overallCan ?? 0, cannotLiveWith: row?.overallCannot ?? 0 },
    flagging: row?.flagging ?? 0,
  };
}

/**
 * Per clause version of the round: positions, suggested rewordings and how many gave each
 * rating, from one pass over the round's clause answers (grouped by clause and rating, so
 * at most the scale's length of rows per clause come back).
 */
export async function tallyClauses(
  db: Db,
  roundId: string,
): Promise<Map<string, PartCounts & { ratings: RatingBin[] }>> {
  const rows = await db.$queryRaw<
    {
      clauseVersionId: string;
      rating: number | null;
      can: number;
      cannot: number;
      suggestions: number;
      count: number;
    }[]
  >`
    SELECT cr."clauseVersionId", cr."rating",
      COUNT(*) FILTER (WHERE cr."position" = 'CAN_LIVE_WITH')::int AS "can",
      COUNT(*) FILTER (WHERE cr."position" = 'CANNOT_LIVE_WITH')::int AS "cannot",
      COUNT(*) FILTER (WHERE cr."suggestion" <> '')::int AS "suggestions",
      COUNT(*)::int AS "count"
    FROM "Response" r
    JOIN "ClauseResponse" cr ON cr."responseId" = r."id"
    WHERE r."roundId" = ${roundId} AND r."state" = 'SUBMITTED'
    GROUP BY cr."clauseVersionId", cr."rating"`;
  const out = new Map<string, PartCounts & { ratings: RatingBin[] }>();
  for (const r of rows) {
    const tally = out.get(r.clauseVersionId) ?? {
      canLiveWith: 0,
      cannotLiveWith: 0,
      suggestions: 0,
      ratings: [],
    };
    tally.canLiveWith += r.can;
    tally.cannotLiveWith += r.cannot;
    tally.suggestions += r.suggestions;
    if (r.rating !== null) tally.ratings.push({ value: r.rating, count: r.count });
    out.set(r.clauseVersionId, tally);
  }
  return out;
}
