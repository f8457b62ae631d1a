import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import type { Position } from "@/lib/generated/prisma/enums.ts";
import { createDemoRound, createDemoVersion, type DemoAnswer } from "./demo-builders.ts";
import {
  DEMO_CLOSED_SLUG,
  DEMO_CLOSED_TITLE,
  DEMO_FACILITATOR_EMAIL,
  demoPanel,
  demoStudy,
  demoVersion,
} from "./demo-content.ts";

const CAN: Position = "CAN_LIVE_WITH";
const CANNOT: Position = "CANNOT_LIVE_WITH";

// Invented answers: clause 2 is contested (the fee question), the rest mostly accepted.
const reasons = [
  "Many libraries charge a deposit, not a fee; the wording should allow that.",
  "Cost recovery is fine, but some libraries also fund repair cafés from fees.",
  "“Running costs” is vague: does it include paid staff?",
];

/** Round 1 of the demo: the first three experts cannot live with clause 2 (the fee). */
export function round1Answer(i: number, j: number): DemoAnswer {
  const contested = j === 1 && i < reasons.length;
  return {
    position: contested ? CANNOT : CAN,
    reason: contested ? reasons[i]! : "",
    suggestion:
      j === 1 && i === 0
        ? "Borrowing is free or costs a fee or deposit that covers running costs."
        : "",
  };
}

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
      title: DEMO_CLOSED_TITLE,
      status: "ACTIVE",
      protocolLockedAt: new Date(now - 8 * day),
      memberships: { create: { userId: user.id, role: "OWNER" } },
    },
    select: { id: true },
  });
  const version = await createDemoVersion(db, {
    studyId: study.id,
    number: 1,
    status: "LOCKED",
    lockedAt: new Date(now - 8 * day),
    explanatoryText: demoVersion.explanatoryText,
    clauses: demoVersion.clauses.map((text) => ({ text })),
  });
  const memberIds = [];
  for (const person of demoPanel) {
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
    memberIds.push(member.id);
  }
  await createDemoRound(db, {
    studyId: study.id,
    versionId: version.id,
    number: 1,
    openedAt: new Date(now - 8 * day),
    closedAt: new Date(now - day),
    memberIds,
    clauseIds: version.clauses.map((c) => c.id),
    answer: (i, j) => (i === demoPanel.length - 1 ? null : round1Answer(i, j)), // one never answered
    comment: (i) => (i === 3 ? "A clear and useful definition." : ""),
  });
  return { created: true };
}
