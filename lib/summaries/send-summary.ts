import "server-only";
import { MASS_TRANSACTION } from "@/lib/email/mass-transaction.ts";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { computeRoundResults } from "@/lib/consensus/internal/compute-round-results.ts";
import { wakeOutbox } from "@/lib/email/outbox-signal.ts";
import { queueEmails } from "@/lib/email/queue-emails.ts";
import { perExpert } from "@/lib/email/templates/per-expert.ts";
import { summarySentEmail } from "@/lib/email/templates/summary.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import { appUrl } from "@/lib/http/app-url.ts";
import { getOrIssueLinkTokens } from "@/lib/invitations/issue-expert-link.ts";
import { listJustifiedChanges } from "@/lib/justifications/internal/list-justified-changes.ts";
import { loadVersionChanges } from "@/lib/justifications/internal/load-version-changes.ts";
import { missingJustifications } from "@/lib/justifications/version-changes.ts";
import { composeSummary } from "./compose-summary.ts";
import { ensureSummaryDraft } from "./internal/ensure-summary-draft.ts";
import { PUBLIC_PAGES, type Affected } from "@/lib/actions/affected.ts";

/**
 * Sends the draft to the panel: fixes the text (facilitators' words, the round's figures,
 * the quotations shuffled) into the revision, marks it sent, and emails every accepted
 * expert through the outbox. In one transaction under the round's row lock, and only the
 * revision the facilitator was shown: a double click sends once. Only a closed round has final figures to send.
 *
 * The summary says what changes in the next version, and why, from its justifications.
 * Sent before they are all written, it would silently lack them: that takes an explicit
 * `withoutChanges`.
 */
export async function sendSummary(
  db: PrismaClient,
  access: StudyAccess,
  number: number,
  revision: number,
  options: { withoutChanges?: boolean } = {},
): Promise<{ revision: number; recipients: number; affects: readonly Affected[] }> {
  authorize(access, "round.run");
  const { studyId, userId } = access;
  const sent = await db.$transaction(async (tx) => {
    const draft = await ensureSummaryDraft(tx, access, number, revision);
    const round = await tx.round.findUniqueOrThrow({
      where: { id: draft.roundId },
      select: {
        state: true,
        study: { select: { title: true } },
        version: { select: { number: true } },
      },
    });
    if (round.state !== "CLOSED")
      throw new AppError("CONFLICT", undefined, { messageKey: "summaries.roundNotClosed" });
    if (!options.withoutChanges) {
      const next = round.version.number + 1;
      const changes = await loadVersionChanges(tx, studyId, next);
      if (!changes || missingJustifications(changes).length > 0)
        throw new AppError("CONFLICT", "changes not justified yet", {
          field: "withoutChanges",
          messageKey: changes ? "summaries.changesNotJustified" : "summaries.nextVersionNotDrafted",
          values: { next, missing: changes ? missingJustifications(changes).length : 0 },
        });
    }
    if (!draft.body.trim())
      throw new AppError("INVALID", undefined, {
        messageKey: "summaries.bodyRequired",
        field: "body",
      });
    const results = await computeRoundResults(tx, studyId, number);
    const sentBody = composeSummary({
      body: draft.body,
      quotations: draft.quotations,
      results,
      changes: await listJustifiedChanges(tx, studyId, number),
      shuffle: true,
    });
    await tx.summary.update({
      where: { id: draft.id },
      data: { status: "SENT", sentAt: new Date(), sentBody },
    });
    const experts = await tx.panelMember.findMany({
      where: { studyId, status: "ACCEPTED" },
      select: { id: true, name: true, email: true },
    });
    // Set-based for a panel of 1,000: links in bulk, one multi-row INSERT into the outbox.
    // The dedupe key (revision, expert) skips anyone already queued on a retry.
    const tokens = await getOrIssueLinkTokens(
      tx,
      experts.map((e) => e.id),
    );
    const message = perExpert(summarySentEmail, {
      studyTitle: round.study.title,
      roundNumber: number,
      revision: draft.revision,
      summary: sentBody,
    });
    await queueEmails(
      tx,
      experts.map((expert) => ({
        kind: "SUMMARY" as const,
        to: expert.email,
        studyId,
        panelMemberId: expert.id,
        sensitive: true,
        dedupeKey: `summary:${draft.id}:${expert.id}`,
        ...message({ name: expert.name, url: appUrl(`/respond/${tokens.get(expert.id)!}`) }),
      })),
    );
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "summary.sent",
      targetType: "Round",
      targetId: draft.roundId,
      data: { revision: draft.revision, recipients: experts.length },
    });
    return { revision: draft.revision, recipients: experts.length };
  }, MASS_TRANSACTION);
  // After the commit: the worker would not see the rows before.
  wakeOutbox();
  // A sent summary is shown on a published study's pages.
  return { ...sent, affects: PUBLIC_PAGES };
}
