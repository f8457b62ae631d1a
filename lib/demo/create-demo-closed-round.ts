import "server-only";
import type { Db } from "@/lib/db.ts";
import type { Position } from "@/lib/generated/prisma/enums.ts";
import { DEMO_FACILITATOR_EMAIL, demoPanel, demoStudy, demoVersion } from "./demo-content.ts";

export const DEMO_CLOSED_SLUG = "neighbourhood-tool-library-round-1";

const CAN: Position = "CAN_LIVE_WITH";
const CANNOT: Position = "CANNOT_LIVE_WITH";

// Invented answers: clause 2 is contested (the fee question), the rest mostly accepted.
const reasons = [
  "Many libraries charge a deposit, not a fee; the wording should allow that.",
  "Cost recovery is fine, but some libraries also fund repair cafés from fees.",
  "“Running costs” is vague: does it include paid staff?",
];

/**
 * A second demo study whose round 1 has closed with answers from the demo panel, so the
 * results, feedback digest and summary pages have something to show. Created once.
 */
export async function createDemoClosedRound(db: Db): Promise<{ created: boolean }> {
  if (await db.study.findUnique({ where: { slug: DEMO_CLOSED_SLUG }, select: { id: true } }))
    return { created: false };
  const user = await db.user.findUniqueOrThrow({
    where: { email: DEMO_FACILITATOR_EMAIL },
    select: { id: true },
  });
  const now = Date.now();
  const day = 86_400_000;
  const study = await db.study.create({
    data: {
      ...demoStudy,
      slug: DEMO_CLOSED_SLUG,
      title: `${demoStudy.title} (round 1 closed)`,
      status: "ACTIVE",
      protocolLockedAt: new Date(now - 8 * day),
      memberships: { create: { userId: user.id, role: "OWNER" } },
    },
    select: { id: true },
  });
  const version = await db.version.create({
    data: {
      studyId: study.id,
      number: 1,
      explanatoryText: demoVersion.explanatoryText,
      status: "LOCKED",
      lockedAt: new Date(now - 8 * day),
    },
    select: { id: true },
  });
  const clauses = [];
  for (const [index, text] of demoVersion.clauses.entries()) {
    const clause = await db.clause.create({ data: { studyId: study.id }, select: { id: true } });
    clauses.push(
      await db.clauseVersion.create({
        data: { versionId: version.id, clauseId: clause.id, position: index + 1, text },
        select: { id: true },
      }),
    );
  }
  const round = await db.round.create({
    data: {
      studyId: study.id,
      versionId: version.id,
      number: 1,
      state: "CLOSED",
      openedAt: new Date(now - 8 * day),
      closesAt: new Date(now - day),
      closedAt: new Date(now - day),
    },
    select: { id: true },
  });
  for (const [i, person] of demoPanel.entries()) {
    const member = await db.panelMember.create({
      data: {
        ...person,
        email: person.email.replace("@", "+round1@"),
        studyId: study.id,
        status: "ACCEPTED",
        invitedAt: new Date(now - 10 * day),
        participationConsentAt: new Date(now - 9 * day),
      },
      select: { id: true },
    });
    await db.roundParticipation.create({ data: { roundId: round.id, panelMemberId: member.id } });
    if (i === demoPanel.length - 1) continue; // one expert never answered
    const contested = i < reasons.length;
    await db.response.create({
      data: {
        roundId: round.id,
        panelMemberId: member.id,
        state: "SUBMITTED",
        submittedAt: new Date(now - ((2 + i) * day) / 3),
        textPosition: CAN,
        overallPosition: contested && i === 0 ? CANNOT : CAN,
        generalComments: i === 3 ? "A clear and useful definition." : "",
        clauses: {
          create: clauses.map((c, j) => ({
            clauseVersionId: c.id,
            position: j === 1 && contested ? CANNOT : CAN,
            reason: j === 1 && contested ? reasons[i]! : "",
            suggestion:
              j === 1 && i === 0
                ? "Borrowing is free or costs a fee or deposit that covers running costs."
                : "",
          })),
        },
      },
    });
  }
  return { created: true };
}
