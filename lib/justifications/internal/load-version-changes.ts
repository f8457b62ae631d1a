import "server-only";
import { computeRoundResults } from "@/lib/consensus/internal/compute-round-results.ts";
import { isUnresolved } from "@/lib/consensus/statistics.ts";
import type { Db } from "@/lib/db/app-db.ts";
import { loadVersionDiff } from "@/lib/versions/internal/get-version-diff.ts";
import { changeTargets, TEXT_TARGET } from "@/lib/justifications/change-targets.ts";
import { feedbackItemKey } from "@/lib/justifications/feedback-items.ts";
import type { Justification, VersionChanges } from "@/lib/justifications/version-changes.ts";
import { listFeedbackItems } from "./list-feedback-items.ts";

/**
 * Version `number`'s changes from the version before, each with its justification and the
 * feedback it may cite. No authorization: the checked readers behind the facilitators'
 * pages, the check before a round opens and the study's history (the public pages of a
 * published study, the report) call it after deciding who may see what.
 */
export async function loadVersionChanges(
  db: Db,
  studyId: string,
  number: number,
): Promise<VersionChanges | null> {
  const diff = await loadVersionDiff(db, studyId, number);
  if (!diff) return null;
  const round = await db.round.findFirst({
    where: { studyId, versionId: diff.before.id, state: "CLOSED" },
    orderBy: { number: "desc" },
    select: { id: true, number: true },
  });
  const [results, feedback, stored] = await Promise.all([
    round ? computeRoundResults(db, studyId, round.number) : null,
    round ? listFeedbackItems(db, round.id) : [],
    db.changeJustification.findMany({
      where: { versionId: diff.after.id },
      orderBy: { updatedAt: "desc" },
      select: {
        id: true,
        clauseVersionId: true,
        kind: true,
        changeClass: true,
        justification: true,
        feedback: { select: { responseId: true, part: true, disposition: true } },
      },
    }),
  ]);
  const contested = new Set(
    (results?.clauses ?? []).filter((c) => isUnresolved(c.status)).map((c) => c.clauseVersionId),
  );
  const byKey = new Map<string, (typeof stored)[number]>();
  for (const j of stored) {
    // The newest wins; saving replaces, so this is only a guard.
    if (!byKey.has(j.clauseVersionId ?? TEXT_TARGET))
      byKey.set(j.clauseVersionId ?? TEXT_TARGET, j);
  }
  return {
    version: diff.after,
    previousNumber: diff.before.number,
    round,
    targets: changeTargets(
      diff,
      contested,
      results?.text ? isUnresolved(results.text.status) : false,
    ).map((t) => {
      // A reason written for another kind of change (the clause was reworded, then split)
      // does not justify this one: it is shown again as owed.
      const j = byKey.get(t.key);
      if (!j || j.kind !== t.kind) return { ...t, justification: null };
      const justification: Justification = {
        id: j.id,
        changeClass: j.changeClass,
        text: j.justification,
        links: j.feedback.map((f) => ({
          item: feedbackItemKey(f.responseId, f.part),
          disposition: f.disposition,
        })),
      };
      return { ...t, justification };
    }),
    feedback,
    diff,
  };
}
