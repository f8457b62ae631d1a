import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { AppError } from "@/lib/errors.ts";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client.ts";
import { getResponseSnapshot, type ResponseSnapshot } from "./get-response-snapshot.ts";
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
 * - content identical to what is stored is never a conflict (a retry, a double click, five
 *   concurrent submits of one payload): it writes nothing, or only flips a draft to submitted;
 * - otherwise the client's revision must be the stored one, so nothing it has not seen is
 *   overwritten; each write increments the revision;
 * - a draft saved after a submission makes the response a draft again until resubmitted
 *   (submittedAt keeps the date of the last submission).
 */
export async function writeResponse(
  db: PrismaClient,
  token: string,
  roundNumber: number,
  input: ResponseInput,
  mode: "draft" | "submit",
  now?: Date,
): Promise<WriteResult> {
  return db.$transaction(async (tx) => {
    const { panelMemberId, round } = await lockResponseRound(tx, token, roundNumber, now);
    const content = await normaliseInput(tx, round, input);
    if (mode === "submit") assertComplete(content);
    const stored = await getResponseSnapshot(tx, round.id, panelMemberId);
    if (stored && isSameContent(stored, content)) {
      if (mode === "draft" || stored.state === "SUBMITTED")
        return { status: "saved", response: stored };
    } else if ((stored?.revision ?? 0) !== input.revision) {
      return { status: "conflict", theirs: stored ?? emptySnapshot(), mine: content };
    }
    const at = new Date();
    const fields = {
      state: mode === "submit" ? ("SUBMITTED" as const) : ("DRAFT" as const),
      revision: (stored?.revision ?? 0) + 1,
      textPosition: content.text.position,
      textReason: content.text.reason,
      textSuggestion: content.text.suggestion,
      overallPosition: content.overallPosition,
      generalComments: content.generalComments,
      ...(mode === "submit" ? { submittedAt: at } : {}),
    };
    const response = await tx.response.upsert({
      where: { roundId_panelMemberId: { roundId: round.id, panelMemberId } },
      create: { roundId: round.id, panelMemberId, ...fields },
      update: fields,
      select: { id: true },
    });
    for (const [clauseVersionId, answer] of Object.entries(content.clause)) {
      await tx.clauseResponse.upsert({
        where: { responseId_clauseVersionId: { responseId: response.id, clauseVersionId } },
        create: { responseId: response.id, clauseVersionId, ...answer },
        update: answer,
        select: { id: true },
      });
    }
    const action =
      mode === "submit"
        ? "response.submitted"
        : !stored
          ? "response.started"
          : stored.state === "SUBMITTED"
            ? "response.reopened"
            : null;
    // Autosaved drafts are not logged one by one: only the steps a facilitator cares about.
    if (action)
      await recordAuditEvent(tx, {
        studyId: round.studyId,
        expertId: panelMemberId,
        action,
        targetType: "Response",
        targetId: response.id,
        data: { round: roundNumber, revision: fields.revision },
      });
    const saved = await getResponseSnapshot(tx, round.id, panelMemberId);
    return { status: "saved", response: saved! };
  });
}

/** Checks every clause belongs to the round's version; an untouched suggestion is no suggestion. */
async function normaliseInput(
  tx: Prisma.TransactionClient,
  round: LockedRound,
  input: ResponseInput,
): Promise<ResponseContent> {
  const ids = Object.keys(input.clause);
  const clauses = await tx.clauseVersion.findMany({
    where: { versionId: round.versionId, id: { in: ids } },
    select: { id: true, text: true },
  });
  if (clauses.length !== ids.length) throw new AppError("NOT_FOUND");
  const texts = new Map(clauses.map((c) => [c.id, c.text]));
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
