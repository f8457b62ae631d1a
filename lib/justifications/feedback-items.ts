import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
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

/** The items of one round, the explanatory text first, then the clauses, then the whole. */
export async function listFeedbackItems(db: Db, roundId: string): Promise<FeedbackItem[]> {
  const [responses, clauses] = await Promise.all([
    db.response.findMany({
      where: {
        roundId,
        state: "SUBMITTED",
        OR: [
          { textReason: { not: "" } },
          { textSuggestion: { not: "" } },
          { generalComments: { not: "" } },
        ],
      },
      orderBy: { id: "asc" },
      select: {
        id: true,
        textPosition: true,
        textReason: true,
        textSuggestion: true,
        overallPosition: true,
        generalComments: true,
      },
    }),
    db.clauseResponse.findMany({
      where: {
        response: { roundId, state: "SUBMITTED" },
        OR: [{ reason: { not: "" } }, { suggestion: { not: "" } }],
      },
      orderBy: [{ clauseVersion: { position: "asc" } }, { id: "asc" }],
      select: {
        responseId: true,
        clauseVersionId: true,
        position: true,
        reason: true,
        suggestion: true,
        clauseVersion: { select: { position: true } },
      },
    }),
  ]);
  const item = (
    responseId: string,
    part: string,
    rest: Omit<FeedbackItem, "id" | "responseId" | "part">,
  ) => ({
    id: feedbackItemKey(responseId, part),
    responseId,
    part,
    ...rest,
  });
  return [
    ...responses
      .filter((r) => r.textReason || r.textSuggestion)
      .map((r) =>
        item(r.id, TEXT_PART, {
          on: { kind: "text" },
          position: r.textPosition,
          reason: r.textReason,
          suggestion: r.textSuggestion,
        }),
      ),
    ...clauses.map((c) =>
      item(c.responseId, c.clauseVersionId, {
        on: {
          kind: "clause",
          clauseVersionId: c.clauseVersionId,
          number: c.clauseVersion.position,
        },
        position: c.position,
        reason: c.reason,
        suggestion: c.suggestion,
      }),
    ),
    ...responses
      .filter((r) => r.generalComments)
      .map((r) =>
        item(r.id, COMMENTS_PART, {
          on: { kind: "whole" },
          position: r.overallPosition,
          reason: r.generalComments,
          suggestion: "",
        }),
      ),
  ];
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
