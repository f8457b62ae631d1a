import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { listPanelSummaries } from "@/lib/summaries/internal/list-panel-summaries.ts";
import { expertStage } from "./expert-stage.ts";
import { resolveExpertLink } from "./resolve-expert-link.ts";

/**
 * What the expert's own page shows: the study as presented to the panel and the
 * expert's own answers — never anything about other panel members. Reading changes nothing.
 */
export async function getExpertLanding(db: Db, token: string) {
  const who = await resolveExpertLink(db, token);
  if (!who) return null;
  const member = await db.panelMember.findUniqueOrThrow({
    where: { id: who.panelMemberId },
    select: {
      name: true,
      organisation: true,
      status: true,
      participationConsentAt: true,
      acknowledgeConsent: true,
      acknowledgeAffiliation: true,
      conflictOfInterest: true,
      study: {
        select: {
          title: true,
          purpose: true,
          anonymityStatement: true,
          plannedRounds: true,
          status: true,
          slug: true,
        },
      },
    },
  });
  const nominations = await db.nomination.count({ where: { nominatorId: who.panelMemberId } });
  // The round open now (with the expert's own answer in it) and the last one closed. The
  // round page itself re-checks everything before it shows or takes an answer.
  const [openRound, lastClosed] = await Promise.all([
    db.round.findFirst({
      where: { studyId: who.studyId, state: "OPEN" },
      orderBy: { number: "desc" },
      select: {
        number: true,
        closesAt: true,
        responses: {
          where: { panelMemberId: who.panelMemberId },
          select: { submittedAt: true, draftSavedAt: true },
        },
      },
    }),
    db.round.findFirst({
      where: { studyId: who.studyId, state: "CLOSED" },
      orderBy: { number: "desc" },
      select: { number: true },
    }),
  ]);
  const own = openRound?.responses[0];
  const stage = expertStage({
    status: member.status,
    studyStatus: member.study.status,
    publicSlug: member.study.slug,
    openRound: openRound && {
      number: openRound.number,
      closesAt: openRound.closesAt,
      response: own
        ? { submittedAt: own.submittedAt, hasDraftBeside: own.draftSavedAt !== null }
        : null,
    },
    lastClosedRound: lastClosed?.number ?? null,
  });
  // What was sent to the panel is for the panel: an expert who left does not get later ones.
  const summaries = member.status === "ACCEPTED" ? await listPanelSummaries(db, who.studyId) : [];
  const { study, ...expert } = member;
  return { study, expert, nominations, stage, summaries };
}

export type ExpertLanding = NonNullable<Awaited<ReturnType<typeof getExpertLanding>>>;
