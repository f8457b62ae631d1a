import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { listPanelSummaries } from "@/lib/summaries/internal/list-panel-summaries.ts";
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
        select: { title: true, purpose: true, anonymityStatement: true, plannedRounds: true },
      },
    },
  });
  const nominations = await db.nomination.count({ where: { nominatorId: who.panelMemberId } });
  // Only panel members are pointed at a round; the round page itself re-checks everything.
  const openRound =
    member.status === "ACCEPTED"
      ? await db.round.findFirst({
          where: { studyId: who.studyId, state: "OPEN" },
          orderBy: { number: "desc" },
          select: { number: true, closesAt: true },
        })
      : null;
  // What was sent to the panel is for the panel: an expert who left does not get later ones.
  const summaries = member.status === "ACCEPTED" ? await listPanelSummaries(db, who.studyId) : [];
  const { study, ...expert } = member;
  return { study, expert, nominations, openRound, summaries };
}

export type ExpertLanding = NonNullable<Awaited<ReturnType<typeof getExpertLanding>>>;
