import type { ReactNode } from "react";
import { Markdown } from "@/components/markdown/markdown.tsx";
import { cx } from "@/components/ui/cx.ts";

export type VersionTextClause = { id: string; position: number; text: string };

export type VersionTextProps = {
  explanatoryText: string;
  clauses: VersionTextClause[];
  className?: string;
  /** Shown after a clause's wording, e.g. the public link to its history. */
  afterClause?: (clause: VersionTextClause) => ReactNode;
};

/**
 * A version exactly as the panel (and later the public) reads it: the explanatory text as
 * sanitised Markdown, then the clauses as a numbered list. Clause texts are plain text on
 * purpose: React escapes them, so nothing typed into a clause can become markup.
 */
export function VersionText({
  explanatoryText,
  clauses,
  className,
  afterClause,
}: VersionTextProps) {
  const ordered = [...clauses].sort((a, b) => a.position - b.position);
  return (
    <div className={cx("flex flex-col gap-6", className)}>
      {explanatoryText.trim() ? <Markdown source={explanatoryText} /> : null}
      {ordered.length > 0 ? (
        <ol className="flex list-decimal flex-col gap-3 pl-8 marker:font-semibold">
          {ordered.map((clause) => (
            <li key={clause.id} value={clause.position} className="pl-1 whitespace-pre-line">
              {clause.text}
              {afterClause ? <> {afterClause(clause)}</> : null}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
