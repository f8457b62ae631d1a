import type { DiffSegment } from "@/lib/versions/diff-versions.ts";

/**
 * Inline word diff. Insertions and deletions are told apart by <ins>/<del> with hidden
 * words for screen readers and by underline / strike-through, not by colour alone.
 */
export function DiffText({
  segments,
  labels,
}: {
  segments: DiffSegment[];
  labels: { added: string; removed: string };
}) {
  return (
    <span className="whitespace-pre-line">
      {segments.map((s, i) =>
        s.kind === "added" ? (
          <ins key={i} className="bg-success-soft text-success-ink underline decoration-2">
            <span className="sr-only">[{labels.added}: </span>
            {s.text}
            <span className="sr-only">]</span>
          </ins>
        ) : s.kind === "removed" ? (
          <del key={i} className="bg-danger-soft text-danger-ink line-through">
            <span className="sr-only">[{labels.removed}: </span>
            {s.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </span>
  );
}
