import "server-only";
import { randomUUID } from "node:crypto";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { isPoolTimeout } from "@/lib/db/is-pool-timeout.ts";
import { ANSWER_TRANSACTION } from "@/lib/db/transaction-limits.ts";
import { AppError } from "@/lib/errors.ts";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client.ts";
import {
  getStoredResponse,
  type ResponseSnapshot,
  type StoredResponse,
} from "./get-response-snapshot.ts";
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
      const { panelMemberId, round } = await lockResponseRound(tx, token, roundNumber, now);
      const content = normaliseInput(round, input);
      if (mode === "submit") assertComplete(content);
      const stored = await getStoredResponse(tx, round.id, panelMemberId);
      const working = stored?.working;
      if (working && isSameContent(working, content)) {
        if (mode === "draft" || working.state === "SUBMITTED")
          return { status: "saved", response: working };
      } else if ((working?.revision ?? 0) !== input.revision) {
        return { status: "conflict", theirs: working ?? emptySnapshot(), mine: content };
      }
      const revision = (working?.revision ?? 0) + 1;
      const key = { roundId: round.id, panelMemberId };
      const written =
        stored?.submitted && mode === "draft"
          ? await saveDraftBeside(tx, stored.id, stored.submitted, revision, content)
          : await writeAnswer(tx, key, revision, content, mode, stored);
      const responseId = written.id;
      const action =
        mode === "submit"
          ? "response.submitted"
          : !stored
            ? "response.started"
            : working?.state === "SUBMITTED"
              ? "response.reopened"
              : null;
      // Autosaved drafts are not logged one by one: only the steps a facilitator cares about.
      if (action)
        await recordAuditEvent(tx, {
          studyId: round.studyId,
          expertId: panelMemberId,
          action,
          targetType: "Response",
          targetId: responseId,
          data: { round: roundNumber, revision },
        });
      return { status: "saved", response: written.snapshot };
    }, ANSWER_TRANSACTION);
  } catch (error) {
    // Saturated, not failed: the page keeps the answers and retries the same request.
    if (isPoolTimeout(error))
      throw new AppError("BUSY", "database busy", { messageKey: "response.errors.busy" });
    throw error;
  }
}

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
): Promise<Written> {
  const isUndone = isSameContent(submitted, content);
  const row = await tx.response.update({
    where: { id: responseId },
    data: {
      revision,
      draft: isUndone ? Prisma.DbNull : toJson(content),
      draftSavedAt: isUndone ? null : new Date(),
    },
    select: writtenColumns,
  });
  return written(row, isUndone ? submitted : content, isUndone ? "SUBMITTED" : "DRAFT");
}

type Written = { id: string; snapshot: ResponseSnapshot };
const writtenColumns = { id: true, revision: true, submittedAt: true, updatedAt: true } as const;

/**
 * The snapshot the client gets back, built from what this transaction just wrote and the
 * row's own dates instead of being read again (one round trip fewer per answer).
 */
function written(
  row: { id: string; revision: number; submittedAt: Date | null; updatedAt: Date },
  content: ResponseContent,
  state: "DRAFT" | "SUBMITTED",
  hasSubmission = true,
): Written {
  return {
    id: row.id,
    snapshot: {
      ...content,
      revision: row.revision,
      state,
      submittedAt: hasSubmission ? (row.submittedAt?.toISOString() ?? null) : null,
      updatedAt: row.updatedAt.toISOString(),
    },
  };
}

/**
 * Writes the answer columns and clause rows: a submission (which also drops any pending
 * draft, the submission now being the answer that counts), or a draft before any submission.
 */
async function writeAnswer(
  tx: Prisma.TransactionClient,
  key: { roundId: string; panelMemberId: string },
  revision: number,
  content: ResponseContent,
  mode: "draft" | "submit",
  stored: StoredResponse | null,
): Promise<Written> {
  const fields = {
    state: mode === "submit" ? ("SUBMITTED" as const) : ("DRAFT" as const),
    revision,
    textPosition: content.text.position,
    textReason: content.text.reason,
    textSuggestion: content.text.suggestion,
    overallPosition: content.overallPosition,
    generalComments: content.generalComments,
    ...(mode === "submit"
      ? { submittedAt: new Date(), draft: Prisma.DbNull, draftSavedAt: null }
      : {}),
  };
  const response = await tx.response.upsert({
    where: { roundId_panelMemberId: key },
    create: { ...key, ...fields },
    update: fields,
    select: writtenColumns,
  });
  await upsertClauseAnswers(tx, response.id, content.clause);
  // Clause rows are upserted, never deleted: answers stored before and not sent now stay.
  const before = stored ? (stored.submitted ?? stored.working).clause : {};
  const clause = { ...before, ...content.clause };
  const isSubmit = mode === "submit";
  return written(response, { ...content, clause }, isSubmit ? "SUBMITTED" : "DRAFT", isSubmit);
}

/**
 * Every clause answer in one statement, whatever the number of clauses: one round trip
 * keeps the transaction (and the expert's row lock) short when hundreds submit at once.
 */
async function upsertClauseAnswers(
  tx: Prisma.TransactionClient,
  responseId: string,
  clause: ResponseContent["clause"],
): Promise<void> {
  const rows = Object.entries(clause);
  if (!rows.length) return;
  const column = <T>(pick: (row: (typeof rows)[number]) => T) => rows.map(pick);
  await tx.$executeRaw`
    INSERT INTO "ClauseResponse"
      ("id", "responseId", "clauseVersionId", "position", "reason", "suggestion", "rating")
    SELECT a."id", ${responseId}, a."clauseVersionId", a."position"::"Position",
           a."reason", a."suggestion", a."rating"
    FROM unnest(
      ${column(() => randomUUID())}::text[],
      ${column(([id]) => id)}::text[],
      ${column(([, a]) => a.position)}::text[],
      ${column(([, a]) => a.reason)}::text[],
      ${column(([, a]) => a.suggestion)}::text[],
      ${column(([, a]) => a.rating)}::int[]
    ) AS a("id", "clauseVersionId", "position", "reason", "suggestion", "rating")
    ON CONFLICT ("responseId", "clauseVersionId") DO UPDATE SET
      "position" = EXCLUDED."position",
      "reason" = EXCLUDED."reason",
      "suggestion" = EXCLUDED."suggestion",
      "rating" = EXCLUDED."rating"`;
}

function toJson(content: ResponseContent): Prisma.InputJsonObject {
  return JSON.parse(JSON.stringify(content)) as Prisma.InputJsonObject;
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
