import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import type { Movement } from "./round-tallies.ts";

type Row = { key: string; compared: number; unchanged: number; toCan: number; toCannot: number };

const toMovement = (r: Row | undefined): Movement => ({
  compared: r?.compared ?? 0,
  unchanged: r?.unchanged ?? 0,
  toCan: r?.toCan ?? 0,
  toCannot: r?.toCannot ?? 0,
});

/**
 * Stability between two rounds: among experts who submitted in both and gave a position on
 * the same part both times, how many kept it and how many moved each way. Clauses are
 * matched by their stable identity (Clause), so a renumbered or reworded clause compares
 * with itself; a clause born of a split or merge has no earlier self and no figure.
 */
export async function getRoundMovement(
  db: Db,
  roundId: string,
  previousRoundId: string,
): Promise<{ text: Movement; overall: Movement; clauses: Map<string, Movement> }> {
  const [parts, clauses] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT p."part" AS "key",
        COUNT(*)::int AS "compared",
        COUNT(*) FILTER (WHERE p."before" = p."after")::int AS "unchanged",
        COUNT(*) FILTER (WHERE p."before" = 'CANNOT_LIVE_WITH' AND p."after" = 'CAN_LIVE_WITH')::int AS "toCan",
        COUNT(*) FILTER (WHERE p."before" = 'CAN_LIVE_WITH' AND p."after" = 'CANNOT_LIVE_WITH')::int AS "toCannot"
      FROM "Response" cur
      JOIN "Response" prev ON prev."panelMemberId" = cur."panelMemberId"
        AND prev."roundId" = ${previousRoundId} AND prev."state" = 'SUBMITTED'
      CROSS JOIN LATERAL (VALUES
        ('text', prev."textPosition", cur."textPosition"),
        ('overall', prev."overallPosition", cur."overallPosition")
      ) AS p("part", "before", "after")
      WHERE cur."roundId" = ${roundId} AND cur."state" = 'SUBMITTED'
        AND p."before" IS NOT NULL AND p."after" IS NOT NULL
      GROUP BY p."part"`,
    db.$queryRaw<Row[]>`
      SELECT cur_cv."id" AS "key",
        COUNT(*)::int AS "compared",
        COUNT(*) FILTER (WHERE prev_cr."position" = cur_cr."position")::int AS "unchanged",
        COUNT(*) FILTER (WHERE prev_cr."position" = 'CANNOT_LIVE_WITH' AND cur_cr."position" = 'CAN_LIVE_WITH')::int AS "toCan",
        COUNT(*) FILTER (WHERE prev_cr."position" = 'CAN_LIVE_WITH' AND cur_cr."position" = 'CANNOT_LIVE_WITH')::int AS "toCannot"
      FROM "Response" cur
      JOIN "ClauseResponse" cur_cr ON cur_cr."responseId" = cur."id"
      JOIN "ClauseVersion" cur_cv ON cur_cv."id" = cur_cr."clauseVersionId"
      JOIN "Response" prev ON prev."panelMemberId" = cur."panelMemberId"
        AND prev."roundId" = ${previousRoundId} AND prev."state" = 'SUBMITTED'
      JOIN "ClauseResponse" prev_cr ON prev_cr."responseId" = prev."id"
      JOIN "ClauseVersion" prev_cv ON prev_cv."id" = prev_cr."clauseVersionId"
        AND prev_cv."clauseId" = cur_cv."clauseId"
      WHERE cur."roundId" = ${roundId} AND cur."state" = 'SUBMITTED'
        AND cur_cr."position" IS NOT NULL AND prev_cr."position" IS NOT NULL
      GROUP BY cur_cv."id"`,
  ]);
  return {
    text: toMovement(parts.find((p) => p.key === "text")),
    overall: toMovement(parts.find((p) => p.key === "overall")),
    clauses: new Map(clauses.map((c) => [c.key, toMovement(c)])),
  };
}
