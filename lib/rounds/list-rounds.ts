import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import type { StudyAccess } from "@/lib/guards.ts";

/** The study's rounds with their response counts, plus whether a new one can open. */
export async function listRounds(db: Db, access: StudyAccess) {
  const { studyId } = access;
  const rounds = await db.round.findMany({
    where: { studyId },
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      state: true,
      openedAt: true,
      closesAt: true,
      closedAt: true,
      version: { select: { number: true } },
      _count: { select: { participations: true } },
    },
  });
  const submitted = await db.response.groupBy({
    by: ["roundId"],
    where: { round: { studyId }, state: "SUBMITTED" },
    _count: { _all: true },
  });
  const byRound = new Map(submitted.map((s) => [s.roundId, s._count._all]));
  const latest = await db.version.findFirst({
    where: { studyId },
    orderBy: { number: "desc" },
    select: { number: true, status: true, _count: { select: { clauses: true } } },
  });
  const study = await db.study.findUniqueOrThrow({
    where: { id: studyId },
    select: { ratingScaleMax: true, plannedRoundDays: true },
  });
  const panel = await db.panelMember.groupBy({
    by: ["status"],
    where: { studyId },
    _count: { _all: true },
  });
  const count = (s: string) => panel.find((p) => p.status === s)?._count._all ?? 0;
  return {
    rounds: rounds.map((r) => ({
      number: r.number,
      state: r.state,
      openedAt: r.openedAt,
      closesAt: r.closesAt,
      closedAt: r.closedAt,
      versionNumber: r.version.number,
      experts: r._count.participations,
      submitted: byRound.get(r.id) ?? 0,
    })),
    next: {
      number: rounds.length + 1,
      versionNumber: latest?.number ?? null,
      versionReady: latest?.status === "DRAFT" && (latest._count.clauses ?? 0) > 0,
      hasOpenRound: rounds.some((r) => r.state === "OPEN"),
      accepted: count("ACCEPTED"),
      invited: count("INVITED"),
      ratingScaleMax: study.ratingScaleMax,
      plannedRoundDays: study.plannedRoundDays,
    },
  };
}

export type RoundList = Awaited<ReturnType<typeof listRounds>>;
