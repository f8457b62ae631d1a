import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { responseContentColumns } from "./response-columns.ts";
import type {
  ClauseAnswer,
  PartAnswer,
  PositionValue,
  ResponseContent,
} from "./response-form-data.ts";

export type ResponseSnapshot = ResponseContent & {
  revision: number;
  /** The working copy's state: DRAFT while changes made since the last submission are pending. */
  state: "DRAFT" | "SUBMITTED";
  /** The date of the answer that counts (the last submission). ISO strings: sent to clients. */
  submittedAt: string | null;
  updatedAt: string;
};

export type StoredResponse = {
  id: string;
  /** What the expert sees and edits: the pending draft if any, else the stored answer. */
  working: ResponseSnapshot;
  /** The submitted answer that counts, or null before the first submission. */
  submitted: ResponseContent | null;
};

/** One expert's own response in one round, or null before their first save. */
export async function getResponseSnapshot(
  db: Db,
  roundId: string,
  panelMemberId: string,
): Promise<ResponseSnapshot | null> {
  return (await getStoredResponse(db, roundId, panelMemberId))?.working ?? null;
}

/** The working copy and, beside it, the submitted answer (the writer needs both). */
export async function getStoredResponse(
  db: Db,
  roundId: string,
  panelMemberId: string,
): Promise<StoredResponse | null> {
  const row = await db.response.findUnique({
    where: { roundId_panelMemberId: { roundId, panelMemberId } },
    select: {
      id: true,
      revision: true,
      state: true,
      submittedAt: true,
      draft: true,
      updatedAt: true,
      ...responseContentColumns,
    },
  });
  return row ? toStoredResponse(row) : null;
}

/** A stored response row as the readers select it (also by the writer's own raw query). */
export type StoredResponseRow = {
  id: string;
  revision: number;
  state: "DRAFT" | "SUBMITTED";
  submittedAt: Date | null;
  draft: unknown;
  updatedAt: Date;
  textPosition: PositionValue | null;
  textReason: string;
  textSuggestion: string;
  overallPosition: PositionValue | null;
  generalComments: string;
  clauses: ({ clauseVersionId: string } & ClauseAnswer)[];
};

export function toStoredResponse(row: StoredResponseRow): StoredResponse {
  const columns: ResponseContent = {
    text: { position: row.textPosition, reason: row.textReason, suggestion: row.textSuggestion },
    overallPosition: row.overallPosition,
    generalComments: row.generalComments,
    clause: Object.fromEntries(
      row.clauses.map((c) => [
        c.clauseVersionId,
        { position: c.position, reason: c.reason, suggestion: c.suggestion, rating: c.rating },
      ]),
    ),
  };
  const isSubmitted = row.state === "SUBMITTED";
  const draft = isSubmitted && row.draft !== null ? readDraft(row.draft) : null;
  return {
    id: row.id,
    submitted: isSubmitted ? columns : null,
    working: {
      ...(draft ?? columns),
      revision: row.revision,
      state: isSubmitted && !draft ? "SUBMITTED" : "DRAFT",
      // A legacy row reopened before drafts were kept apart has a date but no counted answer.
      submittedAt: isSubmitted ? (row.submittedAt?.toISOString() ?? null) : null,
      updatedAt: row.updatedAt.toISOString(),
    },
  };
}

/**
 * The draft column is only written by writeResponse from validated content; this rebuilds
 * the shape field by field so nothing else stored there reaches a client.
 */
function readDraft(value: unknown): ResponseContent {
  const v = (value ?? {}) as Record<string, unknown>;
  const part = (p: unknown): PartAnswer => {
    const o = (p ?? {}) as Record<string, unknown>;
    return {
      position: (o.position as PositionValue | null) ?? null,
      reason: String(o.reason ?? ""),
      suggestion: String(o.suggestion ?? ""),
    };
  };
  const clauses = (v.clause ?? {}) as Record<string, Record<string, unknown>>;
  return {
    text: part(v.text),
    clause: Object.fromEntries(
      Object.entries(clauses).map(([id, c]): [string, ClauseAnswer] => [
        id,
        { ...part(c), rating: typeof c.rating === "number" ? c.rating : null },
      ]),
    ),
    overallPosition: (v.overallPosition as PositionValue | null) ?? null,
    generalComments: String(v.generalComments ?? ""),
  };
}
