import "server-only";
import { AppError } from "@/lib/errors.ts";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import { hashToken, isWellFormedToken } from "@/lib/invitations/token.ts";
import { isLiveLink } from "@/lib/expert-link/resolve-expert-link.ts";
import { isAcceptingResponses } from "@/lib/rounds/round-window.ts";
import { roundWriteLockSql } from "@/lib/rounds/internal/round-write-lock.ts";
import {
  toStoredResponse,
  type StoredResponse,
  type StoredResponseRow,
} from "./get-response-snapshot.ts";

export type LockedRound = {
  id: string;
  studyId: string;
  versionId: string;
  collectRatings: boolean;
  ratingScaleMax: number | null;
  explanatoryText: string;
  /** The texts of the version's clauses by id: what an answer may refer to. */
  clauseTexts: Map<string, string>;
};

export type LockedResponse = {
  panelMemberId: string;
  round: LockedRound;
  /** The expert's stored response in this round, read under the locks; null before any save. */
  stored: StoredResponse | null;
};

/**
 * Call first inside the transaction of any write to a response: two statements whatever the
 * number of clauses, because hundreds of experts submit at once and every round trip holds
 * a connection and the expert's lock a little longer.
 *
 * The first resolves the link and locks the expert's panel row FOR UPDATE (one expert's
 * writes run one after the other, so the revision check and the write cannot interleave)
 * and takes the round's shared write lock (round-write-lock.ts: a close waits for writes in
 * flight). The second reads the round, its version's clauses and the stored response; its
 * snapshot is taken once those locks are held, so it sees any close, deadline change or
 * write of the same expert committed before. The deadline is checked then, with the clock
 * read then.
 */
export async function lockResponseRound(
  tx: Prisma.TransactionClient,
  token: string,
  roundNumber: number,
  now?: Date,
): Promise<LockedResponse> {
  if (!isWellFormedToken(token)) throw new AppError("NOT_FOUND");
  // Scoped by the link's study: a round number of another study simply does not exist here.
  const [member] = await tx.$queryRaw<
    {
      panelMemberId: string;
      status: string;
      revokedAt: Date | null;
      expiresAt: Date | null;
      roundId: string | null;
    }[]
  >`
    SELECT m."id" AS "panelMemberId", m."status"::text AS "status", l."revokedAt", l."expiresAt",
           r."id" AS "roundId", ${roundWriteLockSql(Prisma.sql`r."id"`)} AS "locked"
    FROM "ExpertLink" l
    JOIN "PanelMember" m ON m."id" = l."panelMemberId"
    LEFT JOIN "Round" r ON r."studyId" = m."studyId" AND r."number" = ${roundNumber}
    WHERE l."tokenHash" = ${hashToken(token)}
    FOR UPDATE OF m`;
  // A dead link looks like no link at all, as on every page the link opens (resolveExpertLink).
  if (!member || !isLiveLink(member, now ?? new Date())) throw new AppError("NOT_FOUND");
  if (member.status !== "ACCEPTED")
    throw new AppError("FORBIDDEN", "not accepted", { messageKey: "response.errors.notAccepted" });
  if (!member.roundId) throw new AppError("NOT_FOUND");

  const [row] = await tx.$queryRaw<RoundAndResponseRow[]>`
    SELECT r."id", r."studyId", r."versionId", r."state"::text AS "state", r."closesAt",
           r."collectRatings", s."ratingScaleMax", v."explanatoryText",
           (SELECT json_agg(json_build_object('id', c."id", 'text', c."text"))
            FROM "ClauseVersion" c WHERE c."versionId" = r."versionId") AS "clauses",
           a."id" AS "responseId", a."revision", a."state"::text AS "responseState",
           a."submittedAt", a."draft", a."updatedAt", a."textPosition"::text AS "textPosition",
           a."textReason", a."textSuggestion", a."overallPosition"::text AS "overallPosition",
           a."generalComments",
           (SELECT json_agg(json_build_object(
                     'clauseVersionId', cr."clauseVersionId", 'position', cr."position",
                     'reason', cr."reason", 'suggestion', cr."suggestion", 'rating', cr."rating"))
            FROM "ClauseResponse" cr WHERE cr."responseId" = a."id") AS "answers"
    FROM "Round" r
    JOIN "Study" s ON s."id" = r."studyId"
    JOIN "Version" v ON v."id" = r."versionId"
    LEFT JOIN "Response" a ON a."roundId" = r."id" AND a."panelMemberId" = ${member.panelMemberId}
    WHERE r."id" = ${member.roundId}`;
  if (!row || row.state === "SCHEDULED") throw new AppError("NOT_FOUND");
  if (!isAcceptingResponses(row, now ?? new Date()))
    throw new AppError("CONFLICT", "round closed", { messageKey: "response.errors.closed" });
  return {
    panelMemberId: member.panelMemberId,
    round: {
      id: row.id,
      studyId: row.studyId,
      versionId: row.versionId,
      collectRatings: row.collectRatings,
      ratingScaleMax: row.ratingScaleMax,
      explanatoryText: row.explanatoryText,
      clauseTexts: new Map((row.clauses ?? []).map((c) => [c.id, c.text])),
    },
    stored: row.responseId ? toStoredResponse(storedRow(row, row.responseId)) : null,
  };
}

type RoundAndResponseRow = {
  id: string;
  studyId: string;
  versionId: string;
  state: "SCHEDULED" | "OPEN" | "CLOSED";
  closesAt: Date;
  collectRatings: boolean;
  ratingScaleMax: number | null;
  explanatoryText: string;
  clauses: { id: string; text: string }[] | null;
  responseId: string | null;
  responseState: StoredResponseRow["state"];
  answers: StoredResponseRow["clauses"] | null;
} & Omit<StoredResponseRow, "id" | "state" | "clauses">;

function storedRow(row: RoundAndResponseRow, id: string): StoredResponseRow {
  return {
    id,
    revision: row.revision,
    state: row.responseState,
    submittedAt: row.submittedAt,
    draft: row.draft,
    updatedAt: row.updatedAt,
    textPosition: row.textPosition,
    textReason: row.textReason,
    textSuggestion: row.textSuggestion,
    overallPosition: row.overallPosition,
    generalComments: row.generalComments,
    clauses: row.answers ?? [],
  };
}
