import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { canEditRoles, requireFacilitator } from "@/lib/guards.ts";
import { requireDraftVersion } from "@/lib/versions/require-draft-version.ts";
import { citableFeedback } from "./feedback-items.ts";
import { loadVersionChanges } from "./load-version-changes.ts";
import type { SaveJustificationInput } from "./schemas.ts";

/**
 * Writes (or rewrites) the justification of one change in a draft version, with the
 * feedback items it answers and what was done with each, from the items citableFeedback
 * offers for that change.
 */
export async function saveJustification(
  db: PrismaClient,
  userId: string,
  input: SaveJustificationInput,
): Promise<{ id: string }> {
  const { studyId, versionId } = input;
  return db.$transaction(async (tx) => {
    await requireFacilitator(tx, userId, studyId, canEditRoles);
    await requireDraftVersion(tx, studyId, versionId);
    const { number } = await tx.version.findUniqueOrThrow({
      where: { id: versionId },
      select: { number: true },
    });
    const changes = await loadVersionChanges(tx, studyId, number);
    const target = changes?.targets.find((t) => t.key === input.target);
    if (!changes || !target) {
      throw new AppError("NOT_FOUND", "no such change", {
        messageKey: "justify.errors.noSuchChange",
      });
    }
    const citable = new Map(citableFeedback(changes.feedback, target).map((f) => [f.id, f]));
    if (input.links.some((l) => !citable.has(l.item))) {
      throw new AppError("NOT_FOUND", "feedback not citable here", {
        messageKey: "justify.errors.feedbackNotCitable",
      });
    }
    await tx.changeJustification.deleteMany({
      where: { versionId, clauseVersionId: target.clauseVersionId },
    });
    const created = await tx.changeJustification.create({
      data: {
        versionId,
        clauseVersionId: target.clauseVersionId,
        kind: target.kind,
        changeClass: input.changeClass,
        justification: input.justification,
        feedback: {
          create: input.links.map((l) => {
            const item = citable.get(l.item)!;
            return { responseId: item.responseId, part: item.part, disposition: l.disposition };
          }),
        },
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "justification.saved",
      targetType: "ChangeJustification",
      targetId: created.id,
      data: { versionId, target: input.target, kind: target.kind, links: input.links.length },
    });
    return created;
  });
}
