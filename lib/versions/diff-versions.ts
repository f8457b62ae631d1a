import { diffWordsWithSpace } from "diff";
import type { ChangeKind } from "@/lib/generated/prisma/enums.ts";

// Word-level differences between two versions, aligned by clause lineage rather than by
// number: a reworded clause 3 that became clause 2 is still compared with itself, a split
// clause with each of its parts, a merged one with its sources joined, a clause restored
// from an older version with its wording there. Pure: the caller loads both versions and
// the lineage (ClauseOrigin).

export type DiffSegment = { kind: "same" | "added" | "removed"; text: string };

export type BeforeClause = { id: string; position: number; text: string };
export type AfterClause = BeforeClause & {
  sourceIds: string[];
  /**
   * For a clause brought back from a version older than the earlier one (it was dropped
   * in between): that version's number and the clause's wording there.
   */
  restoredFrom?: { version: number; text: string };
};

export type ClauseDiff = {
  /** The clause in the later version, and the clauses of the earlier one it came from. */
  id: string;
  sourceIds: string[];
  kind: Exclude<ChangeKind, "REMOVED">;
  /** Numbers in the earlier version this clause came from (none if added or restored). */
  from: number[];
  to: number;
  /** RESTORED only: the version it was restored from (it is compared with its wording there). */
  restoredFrom?: number;
  segments: DiffSegment[];
};

export type RemovedClause = {
  /** The clause in the earlier version. */
  id: string;
  kind: "REMOVED";
  from: number;
  segments: DiffSegment[];
};

export type VersionDiff = {
  explanatoryText: { changed: boolean; segments: DiffSegment[] };
  clauses: ClauseDiff[];
  removed: RemovedClause[];
};

export function diffText(before: string, after: string): DiffSegment[] {
  const parts: DiffSegment[] = diffWordsWithSpace(before, after).map((c) => ({
    kind: c.added ? "added" : c.removed ? "removed" : "same",
    text: c.value,
  }));
  return readable(parts);
}

/**
 * The raw diff alternates word by word ("[-not][+run] [-for][+at]"). Readers take in a
 * change as one phrase replaced by another, so a run of changes, including the spaces
 * between them, becomes one deletion followed by one insertion.
 */
function readable(parts: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  const push = (segment: DiffSegment) => {
    const last = out[out.length - 1];
    if (last && last.kind === segment.kind) last.text += segment.text;
    else if (segment.text) out.push({ ...segment });
  };
  let i = 0;
  while (i < parts.length) {
    if (parts[i]!.kind === "same") {
      push(parts[i++]!);
      continue;
    }
    let removed = "";
    let added = "";
    for (; i < parts.length; i++) {
      const part = parts[i]!;
      const next = parts[i + 1];
      if (part.kind === "removed") removed += part.text;
      else if (part.kind === "added") added += part.text;
      else if (/^\s+$/.test(part.text) && next && next.kind !== "same") {
        removed += part.text;
        added += part.text;
      } else break;
    }
    // Space both sides end with is shared, not changed.
    const tail = removed && added ? (/\s+$/.exec(removed)?.[0] ?? "") : "";
    const shared = tail && added.endsWith(tail) ? tail : "";
    push({ kind: "removed", text: removed.slice(0, removed.length - shared.length) });
    push({ kind: "added", text: added.slice(0, added.length - shared.length) });
    push({ kind: "same", text: shared });
  }
  return out;
}

export function diffVersions(
  before: { explanatoryText: string; clauses: BeforeClause[] },
  after: { explanatoryText: string; clauses: AfterClause[] },
): VersionDiff {
  const byId = new Map(before.clauses.map((c) => [c.id, c]));
  const children = new Map<string, number>();
  for (const c of after.clauses)
    for (const id of c.sourceIds) children.set(id, (children.get(id) ?? 0) + 1);
  const ordered = [...after.clauses].sort((a, b) => a.position - b.position);
  const inOrder = keptInOrder(ordered, byId);
  const clauses = ordered.map((c): ClauseDiff => {
    const sources = c.sourceIds
      .map((id) => byId.get(id))
      .filter((s): s is BeforeClause => s !== undefined)
      .sort((a, b) => a.position - b.position);
    // A source in the earlier version wins: a restored clause merged with a kept one is
    // a merge (of the kept one) as far as this pair of versions goes.
    const restored = sources.length === 0 ? c.restoredFrom : undefined;
    const previous = restored ? restored.text : sources.map((s) => s.text).join(" ");
    return {
      id: c.id,
      sourceIds: sources.map((s) => s.id),
      kind: restored ? "RESTORED" : kindOf(c, sources, children, inOrder),
      from: sources.map((s) => s.position),
      to: c.position,
      ...(restored ? { restoredFrom: restored.version } : {}),
      segments: diffText(previous, c.text),
    };
  });
  const removed = before.clauses
    .filter((c) => !children.has(c.id))
    .sort((a, b) => a.position - b.position)
    .map((c): RemovedClause => ({
      id: c.id,
      kind: "REMOVED",
      from: c.position,
      segments: diffText(c.text, ""),
    }));
  return {
    explanatoryText: {
      changed: before.explanatoryText !== after.explanatoryText,
      segments: diffText(before.explanatoryText, after.explanatoryText),
    },
    clauses,
    removed,
  };
}

function kindOf(
  clause: AfterClause,
  sources: BeforeClause[],
  children: Map<string, number>,
  inOrder: Set<string>,
): ClauseDiff["kind"] {
  const [source] = sources;
  if (!source) return "ADDED";
  if (sources.length > 1) return "MERGED";
  if ((children.get(source.id) ?? 0) > 1) return "SPLIT";
  if (source.text !== clause.text) return "EDITED";
  return inOrder.has(clause.id) ? "UNCHANGED" : "MOVED";
}

/**
 * The clauses that kept their order relative to each other: the longest run (not
 * necessarily contiguous) whose earlier positions never decrease. Only the others moved;
 * a clause renumbered because one was added, removed or split before it did not.
 */
function keptInOrder(ordered: AfterClause[], byId: Map<string, BeforeClause>): Set<string> {
  const items = ordered.flatMap((c) => {
    const positions = c.sourceIds.map((id) => byId.get(id)?.position ?? Infinity);
    const key = Math.min(...positions);
    return Number.isFinite(key) ? [{ id: c.id, key }] : [];
  });
  // O(n²) is fine: a version has at most CLAUSES_MAX clauses.
  const length = items.map(() => 1);
  const previous = items.map(() => -1);
  for (let i = 0; i < items.length; i++) {
    for (let j = 0; j < i; j++) {
      if (items[j]!.key <= items[i]!.key && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
  }
  const kept = new Set<string>();
  let at = length.indexOf(Math.max(0, ...length));
  for (; at >= 0; at = previous[at]!) kept.add(items[at]!.id);
  return kept;
}
