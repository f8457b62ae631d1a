import "server-only";
import { consensusRuleColumns, consensusRuleOf } from "@/lib/consensus/consensus-rule.ts";
import { computeParticipationFunnel } from "@/lib/consensus/internal/compute-participation-funnel.ts";
import type { Db } from "@/lib/db/app-db.ts";
import { describeTarget } from "@/lib/justifications/describe-target.ts";
import { loadVersionChanges } from "@/lib/justifications/internal/load-version-changes.ts";
import type { PublicChange, PublicStudy, PublicVersion } from "../get-public-study.ts";
import { listAcknowledgements } from "./list-acknowledgements.ts";
import { listPublicRounds } from "./list-public-rounds.ts";

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
