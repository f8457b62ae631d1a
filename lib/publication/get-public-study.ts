import "server-only";
import { consensusRuleColumns, consensusRuleOf } from "@/lib/consensus/consensus-rule.ts";
import { computeParticipationFunnel } from "@/lib/consensus/internal/compute-participation-funnel.ts";
import { isUnresolved, type ConsensusRule } from "@/lib/consensus/statistics.ts";
import type { Db } from "@/lib/db/app-db.ts";
import type {
  ChangeClass,
  ChangeKind,
  Disposition,
  VersionStatus,
} from "@/lib/generated/prisma/enums.ts";
import { describeTarget } from "@/lib/justifications/describe-target.ts";
import { loadVersionChanges } from "@/lib/justifications/internal/load-version-changes.ts";
import type { DiffSegment } from "@/lib/versions/diff-versions.ts";
import { listAcknowledgements, type Acknowledgements } from "./list-acknowledgements.ts";
import { listPublicRounds, type PublicRound } from "./list-public-rounds.ts";

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
 * The same material for any study, published or not: what the study report is built from.
 * No authorization and no publication check: callers decide. `date` stands in for the
 * publication date of an unpublished study.
 */
export async function loadStudyHistory(db: Db, studyId: string, date: Date): Promise<PublicStudy> {
  const study = await db.study.findUniqueOrThrow({
    where: { id: studyId },
    select: {
      id: true,
      slug: true,
      title: true,
      purpose: true,
      ...consensusRuleColumns,
      publicAggregateData: true,
    },
  });
  const [versions, rounds, acknowledgements, funnel] = await Promise.all([
    db.version.findMany({
      where: { studyId: study.id, status: { in: ["LOCKED", "PUBLISHED"] } },
      orderBy: { number: "asc" },
      select: {
        number: true,
        status: true,
        lockedAt: true,
        createdAt: true,
        explanatoryText: true,
        clauses: {
          orderBy: { position: "asc" },
          select: {
            id: true,
            clauseId: true,
            position: true,
            text: true,
            origins: { select: { sourceId: true } },
          },
        },
      },
    }),
    listPublicRounds(db, study.id),
    listAcknowledgements(db, study.id),
    computeParticipationFunnel(db, study.id),
  ]);
  const publicVersions: PublicVersion[] = [];
  for (const v of versions) {
    publicVersions.push({
      number: v.number,
      status: v.status,
      date: v.lockedAt ?? v.createdAt,
      explanatoryText: v.explanatoryText,
      clauses: v.clauses.map((c) => ({
        id: c.id,
        clauseId: c.clauseId,
        number: c.position,
        text: c.text,
        sourceIds: c.origins.map((o) => o.sourceId),
      })),
      changes: v.number > 1 ? await listPublicChanges(db, study.id, v.number) : [],
    });
  }
  return {
    slug: study.slug,
    title: study.title,
    purpose: study.purpose,
    publishedAt: date,
    rule: consensusRuleOf(study),
    funnel: {
      invited: funnel.invited,
      accepted: funnel.accepted,
      tookPartAny: funnel.tookPartAny,
      tookPartLast: funnel.tookPartLast,
    },
    offersAggregateData: study.publicAggregateData,
    versions: publicVersions,
    rounds,
    acknowledgements,
  };
}

async function listPublicChanges(db: Db, studyId: string, number: number): Promise<PublicChange[]> {
  const changes = await loadVersionChanges(db, studyId, number);
  return (changes?.targets ?? []).map((target) => {
    const answered: PublicChange["answered"] = {};
    for (const link of target.justification?.links ?? []) {
      answered[link.disposition] = (answered[link.disposition] ?? 0) + 1;
    }
    return {
      heading: describeTarget(target),
      kind: target.kind,
      ...(target.restoredFrom === undefined ? {} : { restoredFrom: target.restoredFrom }),
      parts: target.parts,
      changeClass: target.justification?.changeClass ?? null,
      justification: target.justification?.text ?? null,
      answered,
    };
  });
}

/**
 * Where the last round did not meet the protocol's criteria: the explanatory text and the
 * clauses without consensus (or contested, under a no-objection rule), with the counts
 * behind each verdict, and the verdict on the text as a whole.
 */
export function contestedClauses(study: PublicStudy) {
  const last = study.rounds.at(-1);
  return last
    ? {
        round: last,
        text: last.text && isUnresolved(last.text.status) ? last.text : null,
        clauses: last.clauses.filter((c) => isUnresolved(c.status)),
        overall: last.overall,
      }
    : null;
}
