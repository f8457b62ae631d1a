import "server-only";
import { computeRoundResults } from "@/lib/consensus/internal/compute-round-results.ts";
import type { Db } from "@/lib/db/app-db.ts";
import { composeSummary } from "@/lib/summaries/compose-summary.ts";
import { listJustifiedChanges } from "@/lib/justifications/internal/list-justified-changes.ts";
import { round1Answer } from "./create-demo-closed-round.ts";
import { createDemoRound, createDemoVersion } from "./demo-builders.ts";
import { DEMO_PUBLISHED_SLUG } from "./published-slug.ts";
import {
  DEMO_FACILITATOR_EMAIL,
  DEMO_PUBLISHED_TITLE,
  demoPanel,
  demoStudy,
  demoVersion,
} from "./demo-content.ts";

export { DEMO_PUBLISHED_SLUG };

const [clause1, , , clause4] = demoVersion.clauses as [string, string, string, string];
const day = 86_400_000;
type Clause = { id: string; clauseId: string };

/**
 * A third demo study, run to the end: two rounds, a justified version 2 (one clause
 * reworded, one split), summaries sent, and published, so /s/<slug> has a full history.
 * Experts 1, 3 and 5 agreed to be named. Created once.
 */
export async function createDemoPublishedStudy(db: Db): Promise<{ created: boolean }> {
  if (await db.study.findUnique({ where: { slug: DEMO_PUBLISHED_SLUG }, select: { id: true } }))
    return { created: false };
  const user = await db.user.findUniqueOrThrow({
    where: { email: DEMO_FACILITATOR_EMAIL },
    select: { id: true },
  });
  const now = Date.now();
  const at = (daysAgo: number) => new Date(now - daysAgo * day);
  const study = await db.study.create({
    data: {
      ...demoStudy,
      slug: DEMO_PUBLISHED_SLUG,
      title: DEMO_PUBLISHED_TITLE,
      status: "PUBLISHED",
      protocolLockedAt: at(40),
      publishedAt: at(1),
      memberships: { create: { userId: user.id, role: "OWNER" } },
    },
    select: { id: true },
  });
  const memberIds = [];
  for (const [i, person] of demoPanel.entries()) {
    const named = i % 2 === 0 && i < 5;
    const member = await db.panelMember.create({
      data: {
        ...person,
        email: person.email.replace("@", "+published@"),
        studyId: study.id,
        status: "ACCEPTED",
        invitedAt: at(45),
        participationConsentAt: at(44),
        acknowledgeConsent: named,
        acknowledgeAffiliation: named ? person.organisation : null,
      },
      select: { id: true },
    });
    memberIds.push(member.id);
  }

  const v1 = await createDemoVersion(db, {
    studyId: study.id,
    number: 1,
    status: "LOCKED",
    lockedAt: at(40),
    explanatoryText: demoVersion.explanatoryText,
    clauses: demoVersion.clauses.map((text) => ({ text })),
  });
  const round1 = await createDemoRound(db, {
    studyId: study.id,
    versionId: v1.id,
    number: 1,
    openedAt: at(40),
    closedAt: at(30),
    memberIds,
    clauseIds: v1.clauses.map((c) => c.id),
    answer: (i, j) => (i === demoPanel.length - 1 ? null : round1Answer(i, j)),
  });

  const [c1, c2, c3, c4] = v1.clauses as [Clause, Clause, Clause, Clause];
  const v2 = await createDemoVersion(db, {
    studyId: study.id,
    number: 2,
    status: "LOCKED",
    lockedAt: at(20),
    explanatoryText: demoVersion.explanatoryText,
    clauses: [
      { text: clause1, clauseId: c1.clauseId, sources: [c1.id] },
      {
        text: "Borrowing is free or costs a fee or deposit that covers running costs; any surplus funds the library's own activities.",
        clauseId: c2.clauseId,
        sources: [c2.id],
      },
      {
        text: "The library keeps a catalogue of what it holds.",
        clauseId: c3.clauseId,
        sources: [c3.id],
      },
      { text: "The library records who has borrowed each item.", sources: [c3.id] },
      { text: clause4, clauseId: c4.clauseId, sources: [c4.id] },
    ],
  });
  const feedback = await db.clauseResponse.findMany({
    where: { clauseVersionId: c2.id, reason: { not: "" } },
    orderBy: { id: "asc" },
    select: { responseId: true, clauseVersionId: true },
  });
  const dispositions = ["ACCEPTED", "PARTLY_ACCEPTED", "DECLINED"] as const;
  await db.changeJustification.create({
    data: {
      versionId: v2.id,
      clauseVersionId: v2.clauses[1]!.id,
      kind: "EDITED",
      changeClass: "SUBSTANTIVE",
      justification:
        "Three experts could not live with a fee “not to make a profit”: deposits are common, and surpluses fund repair cafés. The clause now allows both.",
      feedback: {
        create: feedback.map((f, i) => ({
          responseId: f.responseId,
          part: f.clauseVersionId,
          disposition: dispositions[i % dispositions.length]!,
        })),
      },
    },
  });
  await db.changeJustification.create({
    data: {
      versionId: v2.id,
      clauseVersionId: v2.clauses[2]!.id,
      kind: "SPLIT",
      changeClass: "EDITORIAL",
      justification: "Two separate duties in one clause; the panel can now answer on each.",
    },
  });
  await sendDemoSummary(
    db,
    study.id,
    round1,
    1,
    at(25),
    "Thank you all. The fee clause will change; see below.",
  );

  const round2 = await createDemoRound(db, {
    studyId: study.id,
    versionId: v2.id,
    number: 2,
    openedAt: at(20),
    closedAt: at(10),
    memberIds,
    clauseIds: v2.clauses.map((c) => c.id),
    // Round 2: the fee clause is settled; safety advice is now contested by three experts.
    answer: (i, j) =>
      i >= demoPanel.length - 2
        ? null
        : j === 4 && i >= 1 && i <= 3
          ? {
              position: "CANNOT_LIVE_WITH",
              reason: "Advice on safe use implies a liability small libraries cannot carry.",
            }
          : { position: "CAN_LIVE_WITH" },
  });
  await sendDemoSummary(
    db,
    study.id,
    round2,
    2,
    at(8),
    "The study ends here. Thank you for your time.",
  );
  return { created: true };
}

async function sendDemoSummary(
  db: Db,
  studyId: string,
  roundId: string,
  number: number,
  sentAt: Date,
  body: string,
) {
  const sentBody = composeSummary({
    body,
    quotations: [],
    results: await computeRoundResults(db, studyId, number),
    changes: await listJustifiedChanges(db, studyId, number),
    shuffle: false,
  });
  await db.summary.create({
    data: { roundId, body, status: "SENT", sentAt, sentBody },
  });
}
