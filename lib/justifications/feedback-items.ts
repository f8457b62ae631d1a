import type { Position } from "@/lib/generated/prisma/enums.ts";
import { TEXT_TARGET, type ChangeTarget } from "./change-targets.ts";

// The feedback a justification can cite: one part of one submitted response with words in
// it — a reason or a rewording on the explanatory text or a clause, or the general comments
// beside the position on the text as a whole. Parts are named as FeedbackNote names them.

export const TEXT_PART = "text";
export const COMMENTS_PART = "comments";

export type FeedbackSubject =
  | { kind: "text" }
  /** The text as a whole: the expert's overall position and general comments. */
  | { kind: "whole" }
  | { kind: "clause"; clauseVersionId: string; number: number };

/** One feedback item; no author, ever. */
export type FeedbackItem = {
  /** `<responseId>:<part>`: the form's field suffix and the key of a citation. */
  id: string;
  responseId: string;
  part: string;
  on: FeedbackSubject;
  position: Position | null;
  reason: string;
  suggestion: string;
};

export function feedbackItemKey(responseId: string, part: string): string {
  return `${responseId}:${part}`;
}

/**
 * The feedback a change may cite, the most relevant first. Feedback on the explanatory
 * text, the whole text and general comments may prompt any change. Clause feedback may be
 * cited by changes to that clause (a clause's own sources), and by the explanatory text and
 * new or restored clauses, which come from no clause.
 */
export function citableFeedback(
  feedback: FeedbackItem[],
  target: Pick<ChangeTarget, "key" | "sourceIds">,
): FeedbackItem[] {
  const onText = feedback.filter((f) => f.on.kind === "text");
  const onWhole = feedback.filter((f) => f.on.kind === "whole");
  const onClauses = feedback.filter((f) => f.on.kind === "clause");
  if (target.key === TEXT_TARGET) return [...onText, ...onWhole, ...onClauses];
  const own =
    target.sourceIds.length === 0
      ? onClauses
      : onClauses.filter(
          (f) => f.on.kind === "clause" && target.sourceIds.includes(f.on.clauseVersionId),
        );
  return [...own, ...onText, ...onWhole];
}
