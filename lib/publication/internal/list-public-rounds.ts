import "server-only";
import {
  computeRoundResults,
  type PartResult,
  type RoundFigures,
} from "@/lib/consensus/internal/compute-round-results.ts";
import type { ConsensusStatus } from "@/lib/consensus/statistics.ts";
import type { Db } from "@/lib/db/app-db.ts";

/** Aggregate figures only: counts and shares, never who said what. */
export type PublicPart = {
  canLiveWith: number;
  cannotLiveWith: number;
  noAnswer: number;
  canShare: number | null;
  status: ConsensusStatus;
  median: number | null;
};

export type PublicRound = {
  number: number;
  versionNumber: number;
  openedAt: Date | null;
  closedAt: Date | null;
  invited: number;
  respondents: number;
  responseRate: number | null;
  /**
   * Who took part and how: the round's own totals, not broken down by any attribute of the
   * experts, so no group can be small enough to single anyone out.
   */
  figures: RoundFigures;
  text: PublicPart | null;
  overall: PublicPart;
  clauses: (PublicPart & { number: number; text: string })[];
  /** The latest summary sent to the panel after this round, as they read it. */
  summary: string | null;
};

const part = (r: PartResult): PublicPart => ({
  canLiveWith: r.canLiveWith,
  cannotLiveWith: r.cannotLiveWith,
  noAnswer: r.noAnswer,
  canShare: r.canShare,
  status: r.status,
  median: r.ratings?.median ?? null,
});

/** The study's closed rounds with their results and summaries; open rounds do not exist here. */
export async function listPublicRounds(db: Db, studyId: string): Promise<PublicRound[]> {
  const rounds = await db.round.findMany({
    where: { studyId, state: "CLOSED" },
    orderBy: { number: "asc" },
    select: {
      number: true,
      openedAt: true,
      closedAt: true,
      version: { select: { number: true } },
      _count: { select: { participations: true } },
      summaries: {
        where: { status: "SENT" },
        orderBy: { revision: "desc" },
        take: 1,
        select: { sentBody: true },
      },
    },
  });
  const out: PublicRound[] = [];
  for (const round of rounds) {
    const results = await computeRoundResults(db, studyId, round.number);
    const invited = round._count.participations;
    out.push({
      number: round.number,
      versionNumber: round.version.number,
      openedAt: round.openedAt,
      closedAt: round.closedAt,
      invited,
      respondents: results.respondents,
      responseRate: invited ? results.respondents / invited : null,
      figures: results.figures,
      text: results.text ? part(results.text) : null,
      overall: part(results.overall),
      clauses: results.clauses.map((c) => ({ ...part(c), number: c.position, text: c.text })),
      summary: round.summaries[0]?.sentBody ?? null,
    });
  }
  return out;
}
