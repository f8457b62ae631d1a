import "server-only";
import type { Db } from "@/lib/db.ts";
import { responseContentColumns } from "./response-columns.ts";
import type { ResponseContent } from "./response-form-data.ts";

export type ResponseSnapshot = ResponseContent & {
  revision: number;
  state: "DRAFT" | "SUBMITTED";
  /** The last submission, kept while later changes are a draft. ISO strings: sent to clients. */
  submittedAt: string | null;
  updatedAt: string;
};

/** One expert's own response in one round, or null before their first save. */
export async function getResponseSnapshot(
  db: Db,
  roundId: string,
  panelMemberId: string,
): Promise<ResponseSnapshot | null> {
  const row = await db.response.findUnique({
    where: { roundId_panelMemberId: { roundId, panelMemberId } },
    select: {
      revision: true,
      state: true,
      submittedAt: true,
      updatedAt: true,
      ...responseContentColumns,
    },
  });
  if (!row) return null;
  return {
    revision: row.revision,
    state: row.state,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
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
}
