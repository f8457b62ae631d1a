import "server-only";
import {
  isUnresolved,
  type ConsensusRule,
  type ConsensusStatus,
} from "@/lib/consensus/statistics.ts";
import type { Db } from "@/lib/db/app-db.ts";
import type {
  ChangeClass,
  ChangeKind,
  Disposition,
  VersionStatus,
} from "@/lib/generated/prisma/enums.ts";
import type { DiffSegment } from "@/lib/versions/diff-versions.ts";
import type { Acknowledgements } from "./internal/list-acknowledgements.ts";
import type { PublicRound } from "./internal/list-public-rounds.ts";
import { loadStudyHistory } from "./internal/load-study-history.ts";

export type PublicClause = {
  /** This clause in this version, its identity across versions, and where it came from. */
  id: string;
  clauseId: string;
  number: number;
  text: string;
  sourceIds: string[];
};

export type PublicChange = {
  heading: string;
  kind: ChangeKind;
  /** RESTORED only: the version the clause was brought back from (and compared with). */
  restoredFrom?: number;
  parts: { to: number | null; segments: DiffSegment[] }[];
  changeClass: ChangeClass | null;
  justification: string | null;
  /** How many feedback items the change answers, by what was done with them. */
  answered: Partial<Record<Disposition, number>>;
};

export type PublicVersion = {
  number: number;
  status: VersionStatus;
  date: Date;
  explanatoryText: string;
  clauses: PublicClause[];
  /** What changed from the version before, and why; empty for version 1. */
  changes: PublicChange[];
};

/**
 * The study's participation, stated publicly: totals for the whole study, never broken down
 * by region, sector or any other attribute (that would need the small-group pooling of the
 * report's composition; see suppressSmall).
 */
export type PublicFunnel = {
  invited: number;
  accepted: number;
  /** Submitted a response in at least one round. */
  tookPartAny: number;
  /** Submitted a response in the last round. */
  tookPartLast: number;
};

export type PublicStudy = {
  slug: string;
  title: string;
  purpose: string;
  publishedAt: Date;
  /** The protocol's consensus rule (as it stands now; changes are reported as deviations). */
  rule: ConsensusRule;
  funnel: PublicFunnel;
  /** The facilitators offer the aggregate results for download (results.csv, results.json). */
  offersAggregateData: boolean;
  versions: PublicVersion[];
  rounds: PublicRound[];
  acknowledgements: Acknowledgements;
};

/**
 * Everything the public may see of a published study, or null: an unpublished study does
 * not exist for the public. Only versions that went to the panel (or were published as
 * the final text) and closed rounds appear; drafts and rounds in progress never do.
 */
export async function getPublicStudy(db: Db, slug: string): Promise<PublicStudy | null> {
  const study = await db.study.findFirst({
    where: { slug, publishedAt: { not: null } },
    select: { id: true, publishedAt: true },
  });
  if (!study?.publishedAt) return null;
  return loadStudyHistory(db, study.id, study.publishedAt);
}

/**
 * Where the last round did not meet the protocol's criteria: the explanatory text and the
 * clauses without consensus (or contested, under a no-objection rule), with the counts
 * behind each verdict, and the verdict on the text as a whole. Parts nobody answered have
 * no verdict at all (never consensus): they are listed apart, as `unanswered`.
 */
export function contestedClauses(study: PublicStudy) {
  const last = study.rounds.at(-1);
  if (!last) return null;
  const noData = (p: { status: ConsensusStatus }) => p.status === "NO_DATA";
  return {
    round: last,
    text: last.text && isUnresolved(last.text.status) ? last.text : null,
    clauses: last.clauses.filter((c) => isUnresolved(c.status)),
    unanswered: {
      text: last.text !== null && noData(last.text),
      clauses: last.clauses.filter(noData).map((c) => c.number),
      /** Every part of the round went unanswered: "the answered parts" would be none. */
      all: (!last.text || noData(last.text)) && last.clauses.every(noData),
    },
    overall: last.overall,
  };
}
