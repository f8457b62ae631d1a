import "server-only";
import { computeRoundResults } from "@/lib/consensus/internal/compute-round-results.ts";
import { isUnresolved } from "@/lib/consensus/statistics.ts";
import type { Db } from "@/lib/db/app-db.ts";
import { AppError } from "@/lib/errors.ts";
import { can } from "@/lib/auth/permissions.ts";
import type { StudyAccess } from "@/lib/guards.ts";
import { loadVersionChanges } from "@/lib/justifications/internal/load-version-changes.ts";
import { missingJustifications } from "@/lib/justifications/version-changes.ts";

export type TransitionStepKey =
  "close" | "results" | "feedback" | "version" | "justify" | "summary" | "open";

/** done: nothing left; next: the step to take now; todo: later; waiting: needs an earlier step. */
export type TransitionStepStatus = "done" | "next" | "todo" | "waiting";

export type RoundTransition = {
  round: {
    number: number;
    state: string;
    closesAt: Date;
    closedAt: Date | null;
    versionNumber: number;
    seated: number;
    respondents: number;
  };
  /** Parts without consensus (or contested) under the protocol's rule; null while open. */
  noConsensus: number | null;
  feedback: { items: number; addressed: number };
  /** Version N+1, drafted from the round's version. */
  nextVersion: {
    id: string;
    number: number;
    status: string;
    changes: number;
    required: number;
    missing: number;
    /** When its latest justification was saved (to tell a summary sent before it). */
    justifiedAt: Date | null;
  } | null;
  /** The latest revision sent to the panel, if any. */
  summary: { status: "none" | "sent"; sentAt: Date | null; revision: number | null };
  nextRound: { number: number; state: string } | null;
  /** The round was the last the protocol planned: publishing is the likely next step. */
  afterLastPlannedRound: boolean;
  plannedRoundDays: number;
  ratingScaleMax: number | null;
  canEdit: boolean;
  steps: { key: TransitionStepKey; status: TransitionStepStatus }[];
};

/**
 * Where a study stands between round N and round N+1, step by step, for the page that
 * walks facilitators through it (any member may read it).
 */
export async function getRoundTransition(
  db: Db,
  access: StudyAccess,
  number: number,
): Promise<RoundTransition> {
  const { studyId, role } = access;
  const round = await db.round.findUnique({
    where: { studyId_number: { studyId, number } },
    select: {
      id: true,
      state: true,
      closesAt: true,
      closedAt: true,
      version: { select: { number: true } },
      study: { select: { plannedRounds: true, plannedRoundDays: true, ratingScaleMax: true } },
      _count: { select: { participations: true } },
      summaries: {
        where: { status: "SENT" },
        orderBy: { revision: "desc" },
        take: 1,
        select: { sentAt: true, revision: true },
      },
    },
  });
  if (!round) throw new AppError("NOT_FOUND");
  const closed = round.state === "CLOSED";
  const [respondents, results, feedback, changes, nextRound] = await Promise.all([
    db.response.count({ where: { roundId: round.id, state: "SUBMITTED" } }),
    closed ? computeRoundResults(db, studyId, number) : null,
    countFeedback(db, round.id),
    loadVersionChanges(db, studyId, round.version.number + 1),
    db.round.findUnique({
      where: { studyId_number: { studyId, number: number + 1 } },
      select: { number: true, state: true },
    }),
  ]);
  const justifiedAt = changes
    ? await db.changeJustification.aggregate({
        where: { versionId: changes.version.id },
        _max: { updatedAt: true },
      })
    : null;
  const parts = results ? [...(results.text ? [results.text] : []), ...results.clauses] : [];
  // The latest revision sent (a correction being written does not unsend it).
  const latest = round.summaries[0];
  const transition: Omit<RoundTransition, "steps"> = {
    round: {
      number,
      state: round.state,
      closesAt: round.closesAt,
      closedAt: round.closedAt,
      versionNumber: round.version.number,
      seated: round._count.participations,
      respondents,
    },
    noConsensus: results ? parts.filter((p) => isUnresolved(p.status)).length : null,
    feedback,
    nextVersion: changes
      ? {
          id: changes.version.id,
          number: changes.version.number,
          status: changes.version.status,
          changes: changes.targets.filter((t) => t.kind !== "UNCHANGED").length,
          required: changes.targets.filter((t) => t.required).length,
          missing: missingJustifications(changes).length,
          justifiedAt: justifiedAt?._max.updatedAt ?? null,
        }
      : null,
    summary: latest
      ? { status: "sent", sentAt: latest.sentAt, revision: latest.revision }
      : { status: "none", sentAt: null, revision: null },
    nextRound,
    afterLastPlannedRound: number >= round.study.plannedRounds,
    plannedRoundDays: round.study.plannedRoundDays,
    ratingScaleMax: round.study.ratingScaleMax,
    canEdit: can(role, "round.run"),
  };
  return { ...transition, steps: transitionSteps(transition) };
}

/** Feedback items (parts with words) of the round's submitted responses, and how many are marked addressed. */
async function countFeedback(db: Db, roundId: string) {
  const [row] = await db.$queryRaw<{ items: number; addressed: number }[]>`
    WITH items AS (
      SELECT r."id" AS "responseId", 'text' AS "part" FROM "Response" r
       WHERE r."roundId" = ${roundId} AND r."state" = 'SUBMITTED'
         AND (r."textReason" <> '' OR r."textSuggestion" <> '')
      UNION ALL
      SELECT r."id", 'comments' FROM "Response" r
       WHERE r."roundId" = ${roundId} AND r."state" = 'SUBMITTED' AND r."generalComments" <> ''
      UNION ALL
      SELECT r."id", cr."clauseVersionId" FROM "Response" r
        JOIN "ClauseResponse" cr ON cr."responseId" = r."id"
       WHERE r."roundId" = ${roundId} AND r."state" = 'SUBMITTED'
         AND (cr."reason" <> '' OR cr."suggestion" <> '')
    )
    SELECT COUNT(*)::int AS "items",
      COUNT(n."id") FILTER (WHERE n."addressed")::int AS "addressed"
    FROM items i
    LEFT JOIN "FeedbackNote" n ON n."responseId" = i."responseId" AND n."part" = i."part"`;
  return { items: row?.items ?? 0, addressed: row?.addressed ?? 0 };
}

/**
 * The steps in the order the work is done. Reading the results and the feedback has no
 * end state the data can tell, so they are "done" once there is something to read and
 * the work has moved past them.
 */
export function transitionSteps(t: Omit<RoundTransition, "steps">): RoundTransition["steps"] {
  const closed = t.round.state === "CLOSED";
  const v = t.nextVersion;
  const drafted = v !== null && v.changes > 0;
  // An unchanged copy is a valid next version too: nothing in it is owed a reason.
  const justified = v !== null && v.missing === 0;
  const summarySent =
    t.summary.status === "sent" &&
    // A summary sent before the last justification was saved lacks part of "what changes".
    !(v?.justifiedAt && t.summary.sentAt && v.justifiedAt > t.summary.sentAt);
  const opened = t.nextRound !== null && t.nextRound.state !== "SCHEDULED";
  const done: Record<TransitionStepKey, boolean> = {
    close: closed,
    results: closed && (v !== null || opened),
    feedback: closed && (v !== null || opened),
    version: drafted || opened,
    justify: justified || opened,
    summary: summarySent,
    open: opened,
  };
  const ready: Record<TransitionStepKey, boolean> = {
    close: true,
    results: closed,
    feedback: closed,
    version: closed,
    justify: v !== null,
    summary: closed && (justified || opened),
    open: closed && justified && v?.status === "DRAFT",
  };
  const order: TransitionStepKey[] = [
    "close",
    "results",
    "feedback",
    "version",
    "justify",
    "summary",
    "open",
  ];
  let nextTaken = false;
  return order.map((key) => {
    if (done[key]) return { key, status: "done" as const };
    if (!ready[key]) return { key, status: "waiting" as const };
    if (nextTaken) return { key, status: "todo" as const };
    nextTaken = true;
    return { key, status: "next" as const };
  });
}
