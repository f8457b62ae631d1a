import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { flagsAPart } from "./round-tallies.ts";

export type RoundParticipationFigures = {
  number: number;
  state: string;
  /** Experts the round was opened to (seated when it opened). */
  seated: number;
  respondents: number;
  /** respondents / seated; null for a round seated with nobody. */
  responseRate: number | null;
  /**
   * How the respondents moved since the previous round (all null in round 1), so that
   * previous respondents − lost + returned + joined = respondents, round after round:
   * lost answered the previous round but not this one; returned answered this one after
   * missing the previous one (having answered an earlier round); joined answered a round
   * for the first time.
   */
  lost: number | null;
  returned: number | null;
  joined: number | null;
};

export type ParticipationFunnel = {
  invited: number;
  accepted: number;
  tookPartAny: number;
  tookPartEvery: number;
  tookPartLast: number;
  /**
   * Of those who took part in the last round, how many said "cannot live with" about a part
   * or suggested a rewording in it: the funnel's last stage, so it counts that round only.
   */
  flagged: number;
  rounds: RoundParticipationFigures[];
};

/**
 * A study's participation figures, without authorization: for callers that have already
 * decided who may see them (getParticipationFunnel, the report, the public pages). Every
 * figure is a COUNT in PostgreSQL; no response is loaded.
 */
export async function computeParticipationFunnel(
  db: Db,
  studyId: string,
): Promise<ParticipationFunnel> {
  const [panel, rounds, experts] = await Promise.all([
    db.$queryRaw<{ invited: number; accepted: number }[]>`
      SELECT COUNT(*) FILTER (WHERE "invitedAt" IS NOT NULL)::int AS "invited",
        COUNT(*) FILTER (WHERE "participationConsentAt" IS NOT NULL OR "status" = 'ACCEPTED')::int AS "accepted"
      FROM "PanelMember" WHERE "studyId" = ${studyId}`,
    db.$queryRaw<
      {
        number: number;
        state: string;
        seated: number;
        respondents: number;
        lost: number;
        returned: number;
        joined: number;
      }[]
    >`
      WITH submitted AS (
        SELECT r."panelMemberId", rd."number" FROM "Response" r
        JOIN "Round" rd ON rd."id" = r."roundId"
        WHERE rd."studyId" = ${studyId} AND r."state" = 'SUBMITTED'
      )
      SELECT rd."number", rd."state"::text AS "state",
        (SELECT COUNT(*)::int FROM "RoundParticipation" rp WHERE rp."roundId" = rd."id") AS "seated",
        (SELECT COUNT(*)::int FROM "Response" r WHERE r."roundId" = rd."id" AND r."state" = 'SUBMITTED') AS "respondents",
        (SELECT COUNT(*)::int FROM "Response" pr
          JOIN "Round" prd ON prd."id" = pr."roundId"
          WHERE prd."studyId" = rd."studyId" AND prd."number" = rd."number" - 1
            AND pr."state" = 'SUBMITTED'
            AND NOT EXISTS (SELECT 1 FROM "Response" r WHERE r."roundId" = rd."id"
              AND r."panelMemberId" = pr."panelMemberId" AND r."state" = 'SUBMITTED')
        ) AS "lost",
        (SELECT COUNT(*)::int FROM submitted cur WHERE cur."number" = rd."number"
          AND NOT EXISTS (SELECT 1 FROM submitted p WHERE p."panelMemberId" = cur."panelMemberId"
            AND p."number" = rd."number" - 1)
          AND EXISTS (SELECT 1 FROM submitted p WHERE p."panelMemberId" = cur."panelMemberId"
            AND p."number" < rd."number" - 1)
        ) AS "returned",
        (SELECT COUNT(*)::int FROM submitted cur WHERE cur."number" = rd."number"
          AND NOT EXISTS (SELECT 1 FROM submitted p WHERE p."panelMemberId" = cur."panelMemberId"
            AND p."number" < rd."number")
        ) AS "joined"
      FROM "Round" rd
      WHERE rd."studyId" = ${studyId} AND rd."openedAt" IS NOT NULL
      ORDER BY rd."number"`,
    db.$queryRaw<{ any: number; every: number; last: number; flagged: number }[]>`
      WITH opened AS (
        SELECT "id", "number" FROM "Round" WHERE "studyId" = ${studyId} AND "openedAt" IS NOT NULL
      ), per_expert AS (
        SELECT r."panelMemberId",
          COUNT(*) AS "rounds",
          BOOL_OR(o."number" = (SELECT MAX("number") FROM opened)) AS "inLast",
          BOOL_OR(o."number" = (SELECT MAX("number") FROM opened) AND ${flagsAPart}) AS "flagged"
        FROM "Response" r JOIN opened o ON o."id" = r."roundId"
        WHERE r."state" = 'SUBMITTED'
        GROUP BY r."panelMemberId"
      )
      SELECT COUNT(*)::int AS "any",
        COUNT(*) FILTER (WHERE "rounds" = (SELECT COUNT(*) FROM opened))::int AS "every",
        COUNT(*) FILTER (WHERE "inLast")::int AS "last",
        COUNT(*) FILTER (WHERE "flagged")::int AS "flagged"
      FROM per_expert`,
  ]);
  const figures = experts[0] ?? { any: 0, every: 0, last: 0, flagged: 0 };
  return {
    invited: panel[0]?.invited ?? 0,
    accepted: panel[0]?.accepted ?? 0,
    tookPartAny: figures.any,
    tookPartEvery: figures.every,
    tookPartLast: figures.last,
    flagged: figures.flagged,
    rounds: rounds.map((r) => ({
      ...r,
      responseRate: r.seated > 0 ? r.respondents / r.seated : null,
      lost: r.number > 1 ? r.lost : null,
      returned: r.number > 1 ? r.returned : null,
      joined: r.number > 1 ? r.joined : null,
    })),
  };
}
