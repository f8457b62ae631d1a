import "server-only";
import { isPoolTimeout } from "@/lib/db/is-pool-timeout.ts";
import { ANSWER_TRANSACTION } from "@/lib/db/transaction-limits.ts";
import { AppError } from "@/lib/errors.ts";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client.ts";
import type { ResponseSnapshot, StoredResponse } from "./get-response-snapshot.ts";
import { lockResponseRound, type LockedRound } from "./lock-response-round.ts";
import { isSameContent, normaliseSuggestion, type ResponseContent } from "./response-form-data.ts";
import type { ResponseInput } from "./schemas.ts";

export type WriteResult =
  | { status: "saved"; response: ResponseSnapshot }
  /** Someone (another tab, another device) saved since this client loaded: nothing written. */
  | { status: "conflict"; theirs: ResponseSnapshot; mine: ResponseContent };

/**
 * The one write path behind saving a draft and submitting. Rules, all under the locks of
 * lockResponseRound:
 * - content identical to the working copy is never a conflict (a retry, a double click, five
 *   concurrent submits of one payload): it writes nothing, or only submits a pending draft;
 * - otherwise the client's revision must be the stored one, so nothing it has not seen is
 *   overwritten; each write increments the revision;
 * - once submitted, the answer that counts is only ever replaced by another submission:
 *   later drafts are kept beside it (the draft column) until the expert resubmits.
 */
export async function writeResponse(
  db: PrismaClient,
  token: string,
  roundNumber: number,
  input: ResponseInput,
  mode: "draft" | "submit",
  now?: Date,
): Promise<WriteResult> {
  try {
    return await db.$transaction(async (tx) => {
      const { panelMemberId, round, stored } = await lockResponseRound(tx, token, roundNumber, now);
      const content = normaliseInput(round, input);
      if (mode === "submit") assertComplete(content);
      const working = stored?.working;
      if (working && isSameContent(working, content)) {
        if (mode === "draft" || working.state === "SUBMITTED")
          return { status: "saved", response: working };
      } else if ((working?.revision ?? 0) !== input.revision) {
        return { status: "conflict", theirs: working ?? emptySnapshot(), mine: content };
      }
      const revision = (working?.revision ?? 0) + 1;
      const action =
        mode === "submit"
          ? "response.submitted"
          : !stored
            ? "response.started"
            : working?.state === "SUBMITTED"
              ? "response.reopened"
              : null;
      // Autosaved drafts are not logged one by one: only the steps a facilitator cares about.
      const audit = action
        ? { action, studyId: round.studyId, expertId: panelMemberId, round: roundNumber, revision }
        : null;
      const written =
        stored?.submitted && mode === "draft"
          ? await saveDraftBeside(tx, stored.id, stored.submitted, revision, content, audit)
          : await writeAnswer(tx, { roundId: round.id, panelMemberId }, revision, content, mode, {
              stored,
              audit,
            });
      return { status: "saved", response: written };
    }, ANSWER_TRANSACTION);
  } catch (error) {
    // Saturated, not failed: the page keeps the answers and retries the same request.
    if (isPoolTimeout(error))
      throw new AppError("BUSY", "database busy", { messageKey: "response.errors.busy" });
    throw error;
  }
}

/** The audit event a write records in its own statement, or null for a plain autosave. */
type AuditOfWrite = {
  action: string;
  studyId: string;
  expertId: string;
  round: number;
  revision: number;
} | null;

/**
 * The audit row as a CTE of the write's statement: the same columns recordAuditEvent
 * writes (an expert's action, recorded by panel member id), one round trip fewer.
 */
function auditCte(audit: AuditOfWrite, now: Date): Prisma.Sql {
  if (!audit) return Prisma.empty;
  const data = JSON.stringify({ round: audit.round, revision: audit.revision });
  return Prisma.sql`, audit AS (
    INSERT INTO "AuditEvent"
      ("id", "studyId", "actorKind", "actorRef", "action", "targetType", "targetId", "data",
       "createdAt")
    SELECT gen_random_uuid()::text, ${audit.studyId}, 'EXPERT'::"ActorKind", ${audit.expertId},
           ${audit.action}, 'Response', w."id", ${data}::jsonb, ${now}
    FROM written w)`;
}

type WrittenRow = { id: string; revision: number; submittedAt: Date | null; updatedAt: Date };

/**
 * After a submission a draft only touches the draft column, so the submitted answer keeps
 * counting; a draft back to the submitted content is no pending change at all.
 */
async function saveDraftBeside(
  tx: Prisma.TransactionClient,
  responseId: string,
  submitted: ResponseContent,
  revision: number,
  content: ResponseContent,
  audit: AuditOfWrite,
): Promise<ResponseSnapshot> {
  const isUndone = isSameContent(submitted, content);
  const now = new Date();
  const [row] = await tx.$queryRaw<WrittenRow[]>`
    WITH written AS (
      UPDATE "Response"
      SET "revision" = ${revision},
          "draft" = ${isUndone ? null : JSON.stringify(content)}::jsonb,
          "draftSavedAt" = ${isUndone ? null : now},
          "updatedAt" = ${now}
      WHERE "id" = ${responseId}
      RETURNING "id", "revision", "submittedAt", "updatedAt"
    )${auditCte(audit, now)}
    SELECT * FROM written`;
  return snapshotOf(row!, isUndone ? submitted : content, isUndone ? "SUBMITTED" : "DRAFT");
}
/**
 * The snapshot the client gets back, built from what this transaction just wrote and the
 * row's own dates instead of being read again.
 */
function snapshotOf(
  row: WrittenRow,
  content: ResponseContent,
  state: "DRAFT" | "SUBMITTED",
  hasSubmission = true,
): ResponseSnapshot {
  return {
    ...content,
    revision: row.revision,
    state,
    submittedAt: hasSubmission ? (row.submittedAt?.toISOString() ?? null) : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Writes the answer columns, every clause answer and the audit event in one statement, so a
 * submission costs the same round trips for 3 clauses as for 20: a submission (which also
 * drops any pending draft, the submission now being the answer that counts), or a draft
 * before any submission. Clause rows are upserted, never deleted: answers stored before and
 * not sent now stay. The clause rows refer to the response row written by the same
 * statement, which the foreign key check (run at the statement's end) sees.
 */
async function writeAnswer(
  tx: Prisma.TransactionClient,
  key: { roundId: string; panelMemberId: string },
  revision: number,
  content: ResponseContent,
  mode: "draft" | "submit",
  context: { stored: StoredResponse | null; audit: AuditOfWrite },
): Promise<ResponseSnapshot> {
  const isSubmit = mode === "submit";
  const now = new Date();
  const state = isSubmit ? "SUBMITTED" : "DRAFT";
  const rows = Object.entries(content.clause);
  const column = <T>(pick: (row: (typeof rows)[number]) => T) => rows.map(pick);
  const [row] = await tx.$queryRaw<WrittenRow[]>`
    WITH written AS (
      INSERT INTO "Response"
        ("id", "roundId", "panelMemberId", "state", "revision", "textPosition", "textReason",
         "textSuggestion", "overallPosition", "generalComments", "submittedAt", "createdAt",
         "updatedAt")
      VALUES (gen_random_uuid()::text, ${key.roundId}, ${key.panelMemberId},
              ${state}::"ResponseState", ${revision}, ${content.text.position}::"Position",
              ${content.text.reason}, ${content.text.suggestion},
              ${content.overallPosition}::"Position", ${content.generalComments},
              ${isSubmit ? now : null}, ${now}, ${now})
      ON CONFLICT ("roundId", "panelMemberId") DO UPDATE SET
        "state" = EXCLUDED."state",
        "revision" = EXCLUDED."revision",
        "textPosition" = EXCLUDED."textPosition",
        "textReason" = EXCLUDED."textReason",
        "textSuggestion" = EXCLUDED."textSuggestion",
        "overallPosition" = EXCLUDED."overallPosition",
        "generalComments" = EXCLUDED."generalComments",
        "submittedAt" = ${isSubmit ? Prisma.sql`EXCLUDED."submittedAt"` : Prisma.sql`"Response"."submittedAt"`},
        "draft" = ${isSubmit ? Prisma.sql`NULL` : Prisma.sql`"Response"."draft"`},
        "draftSavedAt" = ${isSubmit ? Prisma.sql`NULL` : Prisma.sql`"Response"."draftSavedAt"`},
        "updatedAt" = EXCLUDED."updatedAt"
      RETURNING "id", "revision", "submittedAt", "updatedAt"
    ), answers AS (
      INSERT INTO "ClauseResponse"
        ("id", "responseId", "clauseVersionId", "position", "reason", "suggestion", "rating")
      SELECT gen_random_uuid()::text, w."id", a."clauseVersionId", a."position"::"Position",
             a."reason", a."suggestion", a."rating"
      FROM written w, unnest(
        ${column(([id]) => id)}::text[],
        ${column(([, a]) => a.position)}::text[],
        ${column(([, a]) => a.reason)}::text[],
        ${column(([, a]) => a.suggestion)}::text[],
        ${column(([, a]) => a.rating)}::int[]
      ) AS a("clauseVersionId", "position", "reason", "suggestion", "rating")
      ON CONFLICT ("responseId", "clauseVersionId") DO UPDATE SET
        "position" = EXCLUDED."position",
        "reason" = EXCLUDED."reason",
        "suggestion" = EXCLUDED."suggestion",
        "rating" = EXCLUDED."rating"
    )${auditCte(context.audit, now)}
    SELECT * FROM written`;
  const { stored } = context;
  const before = stored ? (stored.submitted ?? stored.working).clause : {};
  const clause = { ...before, ...content.clause };
  return snapshotOf(row!, { ...content, clause }, state, isSubmit);
}

/** Checks every clause belongs to the round's version; an untouched suggestion is no suggestion. */
function normaliseInput(round: LockedRound, input: ResponseInput): ResponseContent {
  const texts = round.clauseTexts;
  if (Object.keys(input.clause).some((id) => !texts.has(id))) throw new AppError("NOT_FOUND");
  const clause: ResponseContent["clause"] = {};
  for (const [id, answer] of Object.entries(input.clause)) {
    if (answer.rating !== null && !isValidRating(answer.rating, round)) {
      throw new AppError("INVALID", "rating", {
        field: `clause.${id}.rating`,
        messageKey: "validation.choice",
      });
    }
    clause[id] = { ...answer, suggestion: normaliseSuggestion(answer.suggestion, texts.get(id)!) };
  }
  return {
    text: {
      ...input.text,
      suggestion: normaliseSuggestion(input.text.suggestion, round.explanatoryText),
    },
    clause,
    overallPosition: input.overallPosition,
    generalComments: input.generalComments,
  };
}

/** What a submission needs (the schema checks it too; this guards every other caller). */
function assertComplete(content: ResponseContent): void {
  const parts: [string, ResponseContent["text"]][] = [
    ["text", content.text],
    ...Object.entries(content.clause).map(([id, a]): [string, ResponseContent["text"]] => [
      `clause.${id}`,
      a,
    ]),
  ];
  for (const [name, part] of parts) {
    if (part.position === "CANNOT_LIVE_WITH" && !part.reason.trim())
      throw new AppError("INVALID", "reason required", {
        field: `${name}.reason`,
        messageKey: "validation.reasonRequired",
      });
  }
  if (!content.overallPosition)
    throw new AppError("INVALID", "overall required", {
      field: "overallPosition",
      messageKey: "validation.overallRequired",
    });
}

function isValidRating(rating: number, round: LockedRound): boolean {
  return round.collectRatings && rating >= 1 && rating <= (round.ratingScaleMax ?? 0);
}

function emptySnapshot(): ResponseSnapshot {
  return {
    revision: 0,
    state: "DRAFT",
    submittedAt: null,
    updatedAt: new Date(0).toISOString(),
    text: { position: null, reason: "", suggestion: "" },
    clause: {},
    overallPosition: null,
    generalComments: "",
  };
}
