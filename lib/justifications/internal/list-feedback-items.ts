import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import {
  COMMENTS_PART,
  feedbackItemKey,
  TEXT_PART,
  type FeedbackItem,
} from "@/lib/justifications/feedback-items.ts";

/**
 * The items of one round, the explanatory text first, then the clauses, then the whole.
 * No authorization: for loadVersionChanges, whose callers decide who may see them.
 */
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
