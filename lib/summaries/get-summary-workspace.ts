import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { AppError } from "@/lib/errors.ts";
import type { StudyAccess } from "@/lib/guards.ts";
import { loadVersionChanges } from "@/lib/justifications/internal/load-version-changes.ts";
import { missingJustifications } from "@/lib/justifications/version-changes.ts";

export type SummaryDraft = { revision: number; body: string; quotations: string[]; saved: boolean };

export type SentSummary = { revision: number; sentAt: Date; sentBody: string };

/**
 * The next version, whose justified changes the summary lists: not drafted yet, or how
 * many of its changes still lack a justification.
 */
export type SummaryChanges = { next: number; drafted: boolean; missing: number };

/**
 * A round's summary for its facilitators: the draft being written (or, when the last
 * revision was sent, the starting point of a correction) and every revision sent so far.
 */
export async function getSummaryWorkspace(db: Db, access: StudyAccess, number: number) {
  const { studyId } = access;
  const round = await db.round.findUnique({
    where: { studyId_number: { studyId, number } },
    select: {
      id: true,
      state: true,
      version: { select: { number: true } },
      summaries: {
        orderBy: { revision: "desc" },
        select: {
          revision: true,
          status: true,
          body: true,
          quotations: true,
          sentAt: true,
          sentBody: true,
        },
      },
    },
  });
  if (!round) throw new AppError("NOT_FOUND");
  const latest = round.summaries[0];
  const sent: SentSummary[] = round.summaries
    .filter((s) => s.status === "SENT" && s.sentAt && s.sentBody !== null)
    .map((s) => ({ revision: s.revision, sentAt: s.sentAt!, sentBody: s.sentBody! }));
  const draft: SummaryDraft = latest
    ? {
        revision: latest.status === "DRAFT" ? latest.revision : latest.revision + 1,
        body: latest.body,
        quotations: latest.quotations,
        saved: latest.status === "DRAFT",
      }
    : { revision: 1, body: "", quotations: [], saved: false };
  const next = round.version.number + 1;
  const nextChanges = await loadVersionChanges(db, studyId, next);
  const changes: SummaryChanges = {
    next,
    drafted: nextChanges !== null,
    missing: nextChanges ? missingJustifications(nextChanges).length : 0,
  };
  return { roundId: round.id, roundState: round.state, draft, sent, changes };
}

export type SummaryWorkspace = Awaited<ReturnType<typeof getSummaryWorkspace>>;
