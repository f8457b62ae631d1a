import type { PublicStudy } from "./get-public-study.ts";

/**
 * The structured text: every public version with its clauses, their stable ids, the ids
 * of the clauses they came from (for a restored clause, its wording in the version it was
 * restored from) and the page of each clause's history. Text only: results stay on the
 * pages.
 */
export function publicStudyJson(study: PublicStudy, url: (path: string) => string) {
  return {
    title: study.title,
    url: url(`/s/${study.slug}`),
    publishedAt: study.publishedAt.toISOString(),
    finalVersion: study.versions.at(-1)?.number ?? null,
    versions: study.versions.map((v) => ({
      number: v.number,
      url: url(`/s/${study.slug}/v/${v.number}`),
      date: v.date.toISOString(),
      explanatoryText: v.explanatoryText,
      clauses: v.clauses.map((c) => ({
        id: c.id,
        clauseId: c.clauseId,
        number: c.number,
        text: c.text,
        derivedFrom: c.sourceIds,
        history: url(`/s/${study.slug}/clauses/${c.clauseId}`),
      })),
      changes: v.changes.map((c) => ({
        change: c.heading,
        kind: c.kind,
        class: c.changeClass,
        justification: c.justification,
        feedbackAnswered: c.answered,
      })),
    })),
  };
}
