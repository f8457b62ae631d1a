import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import { requireDraftVersion } from "@/lib/versions/internal/require-draft-version.ts";
import { citableFeedback } from "./feedback-items.ts";
import { justificationFingerprint, type JustificationContent } from "./fingerprint.ts";
import { loadVersionChanges } from "./internal/load-version-changes.ts";
import {
  citedLinks,
  justificationErrorKey,
  type SaveJustificationInput,
  type SaveJustificationsInput,
} from "./schemas.ts";
import type { JustifiedTarget, VersionChanges } from "./version-changes.ts";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
type Wanted = JustificationContent | null;

export type SavedJustifications = { saved: number; cleared: number };

/**
 * Saves the justify page: every change it lists in one transaction, so several changes are
 * justified in one save. A change whose form is as it was loaded (its fingerprint, carried
 * by the form) is left alone; one the user edited after someone else saved it is refused
 * rather than overwritten, and keeps being refused until the page is reloaded (the form
 * keeps the fingerprint it was loaded with). An emptied text with nothing cited removes
 * that change's justification.
 */
export async function saveJustifications(
  db: PrismaClient,
  access: StudyAccess,
  input: SaveJustificationsInput,
): Promise<SavedJustifications> {
  authorize(access, "study.edit");
  const { studyId } = access;
  return db.$transaction(async (tx) => {
    const changes = await loadDraftChanges(tx, studyId, input.versionId);
    const result: SavedJustifications = { saved: 0, cleared: 0 };
    for (const [key, form] of Object.entries(input.targets)) {
      const target = findTarget(changes, key);
      const wanted: Wanted = form.justification
        ? { changeClass: form.changeClass, text: form.justification, links: citedLinks(form) }
        : null;
      const current = target.justification;
      const loaded = form.base;
      // Left as loaded: not this user's change to make, whatever happened meanwhile.
      if (justificationFingerprint(wanted) === loaded) continue;
      // Already so (a double submit, or two people writing the same): nothing to do.
      if (justificationFingerprint(current) === justificationFingerprint(wanted)) continue;
      if (justificationFingerprint(current) !== loaded) {
        throw new AppError("CONFLICT", "justification changed meanwhile", {
          field: justificationErrorKey(key, "justification"),
          messageKey: "justify.errors.changedMeanwhile",
        });
      }
      await writeJustification(tx, access, changes, target, wanted);
      if (wanted) result.saved++;
      else result.cleared++;
    }
    return result;
  });
}

/** One change's justification (the lib's own callers and tests; the page saves all at once). */
export async function saveJustification(
  db: PrismaClient,
  access: StudyAccess,
  input: SaveJustificationInput,
): Promise<{ id: string }> {
  authorize(access, "study.edit");
  const { studyId } = access;
  return db.$transaction(async (tx) => {
    const changes = await loadDraftChanges(tx, studyId, input.versionId);
    const target = findTarget(changes, input.target);
    const wanted = {
      changeClass: input.changeClass,
      text: input.justification,
      links: input.links,
    };
    return (await writeJustification(tx, access, changes, target, wanted))!;
  });
}

async function loadDraftChanges(
  tx: Tx,
  studyId: string,
  versionId: string,
): Promise<VersionChanges> {
  // Takes the version's row lock: edits and the round gate wait for this save.
  await requireDraftVersion(tx, studyId, versionId);
  const { number } = await tx.version.findUniqueOrThrow({
    where: { id: versionId },
    select: { number: true },
  });
  const changes = await loadVersionChanges(tx, studyId, number);
  if (!changes) throw noSuchChange();
  return changes;
}

function findTarget(changes: VersionChanges, key: string): JustifiedTarget {
  const target = changes.targets.find((t) => t.key === key);
  if (!target) throw noSuchChange();
  return target;
}

const noSuchChange = () =>
  new AppError("NOT_FOUND", "no such change", { messageKey: "justify.errors.noSuchChange" });

/** Replaces the change's justification with `wanted` (none: removes it). */
async function writeJustification(
  tx: Tx,
  access: StudyAccess,
  changes: VersionChanges,
  target: JustifiedTarget,
  wanted: Wanted,
): Promise<{ id: string } | null> {
  const versionId = changes.version.id;
  const citable = new Map(citableFeedback(changes.feedback, target).map((f) => [f.id, f]));
  if (wanted?.links.some((l) => !citable.has(l.item))) {
    throw new AppError("NOT_FOUND", "feedback not citable here", {
      field: justificationErrorKey(target.key, "justification"),
      messageKey: "justify.errors.feedbackNotCitable",
    });
  }
  await tx.changeJustification.deleteMany({
    where: { versionId, clauseVersionId: target.clauseVersionId },
  });
  const created = wanted
    ? await tx.changeJustification.create({
        data: {
          versionId,
          clauseVersionId: target.clauseVersionId,
          kind: target.kind,
          changeClass: wanted.changeClass,
          justification: wanted.text,
          feedback: {
            create: wanted.links.map((l) => {
              const item = citable.get(l.item)!;
              return { responseId: item.responseId, part: item.part, disposition: l.disposition };
            }),
          },
        },
        select: { id: true },
      })
    : null;
  await recordAuditEvent(tx, {
    studyId: access.studyId,
    actorUserId: access.userId,
    action: wanted ? "justification.saved" : "justification.removed",
    targetType: "ChangeJustification",
    targetId: created?.id,
    data: { versionId, target: target.key, kind: target.kind, links: wanted?.links.length ?? 0 },
  });
  return created;
}
