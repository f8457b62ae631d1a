import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import { requireDraftVersion } from "@/lib/versions/internal/require-draft-version.ts";
import { requireJustifiedChanges } from "@/lib/justifications/internal/require-justified-changes.ts";
import { loadVersionDiff } from "@/lib/versions/internal/get-version-diff.ts";
import { lockStudyForRounds } from "@/lib/rounds/internal/lock-study.ts";
import { PUBLIC_PAGES, type Affected } from "@/lib/actions/affected.ts";

/**
 * Makes the study public at /s/<slug>. Only between rounds (never with a round open) and
 * after at least one round has closed. A draft version drafted after the last round is
 * the final text: it is published with it, once its changes are justified like any other
 * (an untouched copy of the last version is left as a draft instead).
 */
export async function publishStudy(
  db: PrismaClient,
  access: StudyAccess,
): Promise<{ slug: string; finalVersion: number; affects: readonly Affected[] }> {
  authorize(access, "study.publish");
  const { studyId, userId } = access;
  return db.$transaction(async (tx) => {
    await lockStudyForRounds(tx, studyId);
    const rounds = await tx.round.groupBy({
      by: ["state"],
      where: { studyId },
      _count: { _all: true },
    });
    const count = (state: string) => rounds.find((r) => r.state === state)?._count._all ?? 0;
    if (count("OPEN") + count("SCHEDULED") > 0) {
      throw new AppError("CONFLICT", "round in progress", {
        messageKey: "publication.errors.roundInProgress",
      });
    }
    if (count("CLOSED") === 0) {
      throw new AppError("CONFLICT", "no round yet", { messageKey: "publication.errors.noRound" });
    }
    const latest = await tx.version.findFirstOrThrow({
      where: { studyId },
      orderBy: { number: "desc" },
      select: { id: true, number: true, status: true, _count: { select: { clauses: true } } },
    });
    // A draft identical to the version before (started, never edited) is not a new final
    // text: it stays an unpublished draft and the last locked version is final.
    const draftChanges =
      latest.status === "DRAFT" ? await loadVersionDiff(tx, studyId, latest.number) : null;
    const unchangedDraft =
      draftChanges !== null &&
      !draftChanges.explanatoryText.changed &&
      draftChanges.removed.length === 0 &&
      draftChanges.clauses.every((c) => c.kind === "UNCHANGED");
    if (latest.status === "DRAFT" && !unchangedDraft) {
      if (latest._count.clauses === 0) {
        throw new AppError("CONFLICT", "empty", { messageKey: "rounds.emptyVersion" });
      }
      // The version's row lock: no text edit can land between this check and the lock.
      await requireDraftVersion(tx, studyId, latest.id);
      await requireJustifiedChanges(tx, studyId, latest.number);
      await tx.version.update({
        where: { id: latest.id },
        data: { status: "PUBLISHED", lockedAt: new Date() },
      });
    }
    const finalVersion = unchangedDraft ? latest.number - 1 : latest.number;
    const study = await tx.study.update({
      where: { id: studyId },
      data: { publishedAt: new Date(), status: "PUBLISHED" },
      select: { slug: true },
    });
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "study.published",
      targetType: "Study",
      targetId: studyId,
      data: { finalVersion },
    });
    return { slug: study.slug, finalVersion, affects: PUBLIC_PAGES };
  });
}

/** Takes the study's public pages down (they 404 again); publishing again restores them. */
export async function unpublishStudy(
  db: PrismaClient,
  access: StudyAccess,
): Promise<{ slug: string; affects: readonly Affected[] }> {
  authorize(access, "study.publish");
  const { studyId, userId } = access;
  return db.$transaction(async (tx) => {
    await lockStudyForRounds(tx, studyId);
    const study = await tx.study.update({
      where: { id: studyId },
      data: { publishedAt: null, status: "ACTIVE" },
      select: { slug: true },
    });
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "study.unpublished",
      targetType: "Study",
      targetId: studyId,
    });
    return { ...study, affects: PUBLIC_PAGES };
  });
}
