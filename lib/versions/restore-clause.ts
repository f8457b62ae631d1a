import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import { hashText } from "./hash-text.ts";
import { renumberClauses } from "./renumber-clauses.ts";
import { requireDraftVersion } from "./internal/require-draft-version.ts";
import { requireRoomForClause } from "./require-room-for-clause.ts";
import type { RestoreClauseInput } from "./schemas.ts";

const stale = () =>
  new AppError("CONFLICT", "restore prepared on a stale page", {
    messageKey: "text.errors.staleRestore",
  });

/**
 * Brings a clause of an earlier version back into the draft with its identity: a new
 * ClauseVersion of the same Clause, with the wording it last had and a ClauseOrigin to
 * that wording, so the diff calls it restored (not new) and its history and earlier
 * results follow it. At the end, or before a chosen clause of the draft.
 */
export async function restoreClause(
  db: PrismaClient,
  access: StudyAccess,
  input: RestoreClauseInput,
): Promise<{ id: string; position: number }> {
  authorize(access, "study.edit");
  const { studyId, userId } = access;
  const { versionId } = input;
  return db.$transaction(async (tx) => {
    // Holds the draft's row lock: a second restore of the same clause waits, then sees it.
    await requireDraftVersion(tx, studyId, versionId);
    const draft = await tx.version.findUniqueOrThrow({
      where: { id: versionId },
      select: { number: true },
    });
    const source = await tx.clauseVersion.findFirst({
      where: { id: input.clauseVersionId, version: { studyId } },
      select: { id: true, clauseId: true, text: true, version: { select: { number: true } } },
    });
    if (!source) throw new AppError("NOT_FOUND");
    const inDraft = await tx.clauseVersion.findUnique({
      where: { versionId_clauseId: { versionId, clauseId: source.clauseId } },
      select: { position: true },
    });
    if (inDraft) {
      throw new AppError("CONFLICT", "clause already in the draft", {
        messageKey: "text.errors.alreadyInDraft",
        values: { number: inDraft.position, version: draft.number },
      });
    }
    // Only its last wording before the draft, as the page offered it, comes back.
    const last = await tx.clauseVersion.findFirst({
      where: { clauseId: source.clauseId, version: { number: { lt: draft.number } } },
      orderBy: { version: { number: "desc" } },
      select: { id: true },
    });
    if (last?.id !== source.id || hashText(source.text) !== input.baseHash) throw stale();
    const next = await requireRoomForClause(tx, versionId);
    const before = input.beforeClauseVersionId
      ? await tx.clauseVersion.findFirst({
          where: { id: input.beforeClauseVersionId, versionId },
          select: { id: true },
        })
      : null;
    // The clause it was to go before was removed meanwhile: ask rather than guess.
    if (input.beforeClauseVersionId && !before) throw stale();
    const created = await tx.clauseVersion.create({
      data: {
        versionId,
        clauseId: source.clauseId,
        position: next,
        text: source.text,
        origins: { create: { sourceId: source.id } },
      },
      select: { id: true },
    });
    const order = await renumberClauses(tx, versionId, (ids) => {
      if (!before) return ids;
      const rest = ids.filter((id) => id !== created.id);
      rest.splice(rest.indexOf(before.id), 0, created.id);
      return rest;
    });
    const position = order.indexOf(created.id) + 1;
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "clause.restored",
      targetType: "ClauseVersion",
      targetId: created.id,
      data: {
        versionId,
        clauseId: source.clauseId,
        fromVersion: source.version.number,
        position,
      },
    });
    return { id: created.id, position };
  });
}
