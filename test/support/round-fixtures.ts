import { issueExpertLink } from "../../lib/invitations/issue-expert-link.ts";
import type { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { createStudyWithPanel } from "./fixtures.ts";

const HOUR = 3_600_000;

/**
 * A study whose version 1 has an explanatory text and `clauses` clauses, `experts` ACCEPTED
 * panel members with live links, and round 1 OPEN on version 1 (closing in a day unless told).
 */
export async function createOpenRound(
  db: PrismaClient,
  options: { experts?: number; clauses?: number; closesAt?: Date; collectRatings?: boolean } = {},
) {
  const { studyId, experts, owner } = await createStudyWithPanel(db, {
    experts: options.experts ?? 2,
  });
  await db.study.update({ where: { id: studyId }, data: { ratingScaleMax: 9, status: "ACTIVE" } });
  const version = await db.version.update({
    where: { studyId_number: { studyId, number: 1 } },
    data: { explanatoryText: "Some **context**.", status: "LOCKED", lockedAt: new Date() },
    select: { id: true },
  });
  const clauses = [];
  for (let i = 1; i <= (options.clauses ?? 3); i++) {
    const clause = await db.clause.create({ data: { studyId }, select: { id: true } });
    clauses.push(
      await db.clauseVersion.create({
        data: { versionId: version.id, clauseId: clause.id, position: i, text: `Clause ${i}.` },
        select: { id: true, clauseId: true, text: true },
      }),
    );
  }
  const round = await db.round.create({
    data: {
      studyId,
      versionId: version.id,
      number: 1,
      state: "OPEN",
      openedAt: new Date(),
      closesAt: options.closesAt ?? new Date(Date.now() + 24 * HOUR),
      collectRatings: options.collectRatings ?? false,
    },
    select: { id: true },
  });
  const members = [];
  for (const expert of experts) {
    await db.panelMember.update({
      where: { id: expert.id },
      data: { status: "ACCEPTED", participationConsentAt: new Date() },
    });
    members.push({ id: expert.id, token: await issueExpertLink(db, expert.id) });
  }
  return { studyId, ownerId: owner.id, versionId: version.id, roundId: round.id, clauses, members };
}

/** Closes round `number` and opens the next on a new version with the same clauses, reworded. */
export async function openNextRound(
  db: PrismaClient,
  studyId: string,
  previous: { roundId: string; clauses: { clauseId: string }[] },
) {
  const closed = await db.round.update({
    where: { id: previous.roundId },
    data: { state: "CLOSED", closedAt: new Date() },
    select: { number: true },
  });
  const version = await db.version.create({
    data: { studyId, number: closed.number + 1, explanatoryText: "New context.", status: "LOCKED" },
    select: { id: true },
  });
  // Reversed order: matching must go through the clause's identity, not its number.
  const clauses = [];
  let position = 1;
  for (const c of [...previous.clauses].reverse()) {
    clauses.push(
      await db.clauseVersion.create({
        data: {
          versionId: version.id,
          clauseId: c.clauseId,
          position,
          text: `Reworded ${position++}.`,
        },
        select: { id: true, clauseId: true, text: true },
      }),
    );
  }
  const round = await db.round.create({
    data: {
      studyId,
      versionId: version.id,
      number: closed.number + 1,
      state: "OPEN",
      openedAt: new Date(),
      closesAt: new Date(Date.now() + 24 * HOUR),
    },
    select: { id: true, number: true },
  });
  return { roundId: round.id, number: round.number, versionId: version.id, clauses };
}

/** A submission's form fields saying "can live with" every clause and the whole text. */
export function canLiveWithEverything(clauses: { id: string }[]): Record<string, string> {
  const values: Record<string, string> = {
    revision: "0",
    intent: "submit",
    overallPosition: "CAN_LIVE_WITH",
  };
  for (const c of clauses) values[`clause.${c.id}.position`] = "CAN_LIVE_WITH";
  return values;
}
