import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { AppError } from "@/lib/errors.ts";
import { consensusRuleColumns, consensusRuleOf } from "../consensus-rule.ts";
import { getRoundMovement } from "./round-movement.ts";
import { tallyClauses, tallyResponses, type Movement } from "./round-tallies.ts";
import {
  consensusStatus,
  share,
  summariseRatings,
  type ConsensusRule,
  type ConsensusStatus,
  type RatingBin,
  type RatingSummary,
  type RuleScope,
} from "../statistics.ts";
import { roundTextSelect } from "@/lib/rounds/round-text-select.ts";

export type PartResult = {
  respondents: number;
  canLiveWith: number;
  cannotLiveWith: number;
  noAnswer: number;
  suggestions: number;
  /** Of those who answered this part; null when nobody did. */
  canShare: number | null;
  status: ConsensusStatus;
  ratings: RatingSummary | null;
  /** From round 2 on, for parts that existed in the previous round; else null. */
  movement: Movement | null;
};

export type ClauseResult = PartResult & {
  clauseVersionId: string;
  clauseId: string;
  position: number;
  text: string;
};

/**
 * What a methods section states for a round. Every respondent either flagged a part or
 * did neither: flagging + neither = respondents.
 */
export type RoundFigures = {
  /** Submitted a response. */
  respondents: number;
  /** Could live with the text as a whole. */
  canLiveWithWhole: number;
  /** Could not live with the explanatory text or a clause, or suggested rewording one. */
  flagging: number;
  /** Neither objected to a part nor suggested a rewording. */
  neither: number;
};

export type RoundResults = {
  round: { id: string; number: number; state: string; versionNumber: number };
  rule: ConsensusRule;
  respondents: number;
  figures: RoundFigures;
  /** Null when the version has no explanatory text. */
  text: PartResult | null;
  overall: PartResult;
  clauses: ClauseResult[];
};

/**
 * A round's statistics, without authorization: for callers that have already decided who
 * may see them (getRoundResults for the facilitators, the summary sent to the panel, the
 * public pages, the bench).
 */
export async function computeRoundResults(
  db: Db,
  studyId: string,
  number: number,
): Promise<RoundResults> {
  const round = await db.round.findUnique({
    where: { studyId_number: { studyId, number } },
    select: {
      id: true,
      number: true,
      state: true,
      study: { select: consensusRuleColumns },
      version: { select: roundTextSelect },
    },
  });
  if (!round) throw new AppError("NOT_FOUND");
  const previous =
    number > 1
      ? await db.round.findUnique({
          where: { studyId_number: { studyId, number: number - 1 } },
          select: { id: true },
        })
      : null;
  const [totals, clauseCounts, movement] = await Promise.all([
    tallyResponses(db, round.id),
    tallyClauses(db, round.id),
    previous ? getRoundMovement(db, round.id, previous.id) : null,
  ]);
  const rule = consensusRuleOf(round.study);
  const result = (
    counts: { canLiveWith: number; cannotLiveWith: number; suggestions?: number },
    bins: RatingBin[] | undefined,
    moved: Movement | null,
    scope: RuleScope = "part",
  ): PartResult => {
    const summary = bins ? summariseRatings(bins) : null;
    const answered = counts.canLiveWith + counts.cannotLiveWith;
    return {
      respondents: totals.respondents,
      canLiveWith: counts.canLiveWith,
      cannotLiveWith: counts.cannotLiveWith,
      noAnswer: totals.respondents - answered,
      suggestions: counts.suggestions ?? 0,
      canShare: share(counts.canLiveWith, answered),
      status: consensusStatus({ ...counts, ratings: summary }, rule, scope),
      ratings: summary,
      movement: moved,
    };
  };
  const empty = { canLiveWith: 0, cannotLiveWith: 0, suggestions: 0 };
  return {
    round: {
      id: round.id,
      number: round.number,
      state: round.state,
      versionNumber: round.version.number,
    },
    rule,
    respondents: totals.respondents,
    figures: {
      respondents: totals.respondents,
      canLiveWithWhole: totals.overall.canLiveWith,
      flagging: totals.flagging,
      neither: totals.respondents - totals.flagging,
    },
    text:
      round.version.explanatoryText.trim() === ""
        ? null
        : result(totals.text, undefined, movement?.text ?? null),
    overall: result(totals.overall, undefined, movement?.overall ?? null, "whole"),
    clauses: round.version.clauses.map((c) => ({
      clauseVersionId: c.id,
      clauseId: c.clauseId,
      position: c.position,
      text: c.text,
      ...result(
        clauseCounts.get(c.id) ?? empty,
        clauseCounts.get(c.id)?.ratings,
        movement ? (movement.clauses.get(c.id) ?? null) : null,
      ),
    })),
  };
}
