import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import type { StudyAccess } from "@/lib/guards.ts";
import { consensusRuleColumns, consensusRuleOf } from "./consensus-rule.ts";
import { consensusStatus, share, type ConsensusStatus } from "./statistics.ts";

export type HeatmapCell = {
  canLiveWith: number;
  answered: number;
  canShare: number | null;
  status: ConsensusStatus;
  /** The clause's number in that round's version. */
  position: number;
};

export type AgreementHeatmap = {
  rounds: number[];
  /** One row per clause identity, in the order of the latest version that has it. */
  rows: {
    clauseId: string;
    /** Its number in the latest round that has it (labelRound). */
    label: number;
    labelRound: number;
    text: string;
    cells: (HeatmapCell | null)[];
  }[];
};

/**
 * Share of "can live with" per clause and round, clauses followed through renumbering by
 * their stable identity. A clause absent from a round's version has an empty cell. The
 * status uses the protocol's rule for the parts without the rating criteria (ratings are
 * per round, not here).
 */
export async function getAgreementHeatmap(
  db: Db,
  access: StudyAccess,
  upToRound?: number,
): Promise<AgreementHeatmap> {
  const { studyId } = access;
  const [study, rounds, counts] = await Promise.all([
    db.study.findUniqueOrThrow({ where: { id: studyId }, select: consensusRuleColumns }),
    db.round.findMany({
      where: { studyId, openedAt: { not: null }, number: { lte: upToRound ?? 1_000 } },
      orderBy: { number: "asc" },
      select: {
        number: true,
        version: {
          select: { clauses: { select: { id: true, clauseId: true, position: true, text: true } } },
        },
      },
    }),
    db.$queryRaw<{ number: number; clauseVersionId: string; can: number; cannot: number }[]>`
      SELECT rd."number", cr."clauseVersionId",
        COUNT(*) FILTER (WHERE cr."position" = 'CAN_LIVE_WITH')::int AS "can",
        COUNT(*) FILTER (WHERE cr."position" = 'CANNOT_LIVE_WITH')::int AS "cannot"
      FROM "Round" rd
      JOIN "Response" r ON r."roundId" = rd."id" AND r."state" = 'SUBMITTED'
      JOIN "ClauseResponse" cr ON cr."responseId" = r."id"
      WHERE rd."studyId" = ${studyId}
      GROUP BY rd."number", cr."clauseVersionId"`,
  ]);
  const rule = { ...consensusRuleOf(study), medianMin: null, iqrMax: null };
  const tally = new Map(counts.map((c) => [`${c.number}:${c.clauseVersionId}`, c]));
  const rows = new Map<string, AgreementHeatmap["rows"][number]>();
  // Latest round first, so each row takes its label from the most recent version.
  for (const [index, round] of [...rounds.entries()].reverse()) {
    for (const c of [...round.version.clauses].sort((a, b) => a.position - b.position)) {
      const row = rows.get(c.clauseId) ?? {
        clauseId: c.clauseId,
        label: c.position,
        labelRound: round.number,
        text: c.text,
        cells: rounds.map(() => null),
      };
      const t = tally.get(`${round.number}:${c.id}`) ?? { can: 0, cannot: 0 };
      const answered = t.can + t.cannot;
      row.cells[index] = {
        canLiveWith: t.can,
        answered,
        canShare: share(t.can, answered),
        status: consensusStatus(
          { canLiveWith: t.can, cannotLiveWith: t.cannot, ratings: null },
          rule,
          "part",
        ),
        position: c.position,
      };
      rows.set(c.clauseId, row);
    }
  }
  return { rounds: rounds.map((r) => r.number), rows: [...rows.values()] };
}
