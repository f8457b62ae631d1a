import type { ChangeKind } from "@/lib/generated/prisma/enums.ts";
import type { DiffSegment, VersionDiff } from "@/lib/versions/diff-versions.ts";

// What in version N+1 needs a justification, derived from the lineage diff. Pure, so the
// editor, the check before a round opens and the public history agree on one list.

export const TEXT_TARGET = "text";

export type ChangeTarget = {
  /** TEXT_TARGET, or the id of the clause the justification is stored against. */
  key: string;
  /** The later version's clause; for a removal, the earlier one's; null for the text. */
  clauseVersionId: string | null;
  kind: ChangeKind;
  /** Clause numbers in the earlier version, and in the later one (several for a split). */
  from: number[];
  to: number[];
  /** RESTORED only: the older version the clause was brought back from. */
  restoredFrom?: number;
  /** One diff per resulting clause (a split has several); a removal shows what went. */
  parts: { to: number | null; segments: DiffSegment[] }[];
  /** The earlier clauses whose feedback this change answers; empty means "any". */
  sourceIds: string[];
  /** Some source clause did not reach consensus in the round on the earlier version. */
  contested: boolean;
  /** Must be justified before the version goes to a round. */
  required: boolean;
};

/**
 * Every change is a target and must be justified: the text when it changed, each edited,
 * added, restored, merged or removed clause, each split (once, with all its parts). A reordering is
 * a target that may be justified. A clause that did not change but was contested in the
 * round (no consensus) must be justified too: the panel is owed the reason it stayed.
 */
export function changeTargets(
  diff: VersionDiff,
  contestedIds: ReadonlySet<string>,
  /** The explanatory text did not reach consensus (or was contested) in the round. */
  textContested = false,
): ChangeTarget[] {
  const targets: ChangeTarget[] = [];
  // Like a clause, a contested explanatory text left as it was owes the panel a reason.
  if (diff.explanatoryText.changed || textContested) {
    targets.push({
      key: TEXT_TARGET,
      clauseVersionId: null,
      kind: diff.explanatoryText.changed ? "EDITED" : "UNCHANGED",
      from: [],
      to: [],
      parts: [{ to: null, segments: diff.explanatoryText.segments }],
      sourceIds: [],
      contested: textContested,
      required: true,
    });
  }
  const splits = new Map<string, ChangeTarget>();
  for (const clause of diff.clauses) {
    const contested = clause.sourceIds.some((id) => contestedIds.has(id));
    const part = { to: clause.to, segments: clause.segments };
    if (clause.kind === "SPLIT") {
      const source = clause.sourceIds[0]!;
      const existing = splits.get(source);
      if (existing) {
        existing.to.push(clause.to);
        existing.parts.push(part);
        continue;
      }
    }
    const changed = clause.kind !== "UNCHANGED" && clause.kind !== "MOVED";
    if (!changed && !contested && clause.kind === "UNCHANGED") continue;
    const target: ChangeTarget = {
      key: clause.id,
      clauseVersionId: clause.id,
      kind: clause.kind,
      from: clause.from,
      to: [clause.to],
      ...(clause.restoredFrom === undefined ? {} : { restoredFrom: clause.restoredFrom }),
      parts: [part],
      sourceIds: clause.sourceIds,
      contested,
      required: changed || contested,
    };
    if (clause.kind === "SPLIT") splits.set(clause.sourceIds[0]!, target);
    targets.push(target);
  }
  for (const removed of diff.removed) {
    targets.push({
      key: removed.id,
      clauseVersionId: removed.id,
      kind: "REMOVED",
      from: [removed.from],
      to: [],
      parts: [{ to: null, segments: removed.segments }],
      sourceIds: [removed.id],
      contested: contestedIds.has(removed.id),
      required: true,
    });
  }
  return targets;
}
