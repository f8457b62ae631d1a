import type { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { createStudyWithPanel } from "./fixtures.ts";

/** Fixed instants, so a reader's dates can be written out in the expectations. */
export const at = (day: number, hour = 12) => new Date(Date.UTC(2026, 2, day, hour));

/**
 * A study with two rounds, built row by row so that every reader's filter and order has
 * something to get wrong: round 2 is stored before round 1, the panel is stored out of
 * alphabetical order, one expert has answers in both rounds and emails of every kind, and
 * a second study (returned as `other`) has rows that would leak in without the study filter.
 *
 * Experts, in storage order: Zoe (accepted), Ann (accepted), Max (invited), Pia (proposed),
 * Eva (withdrawn). Round 1 (version 1, closed) seats Zoe, Ann and Max: Zoe and Ann
 * submitted, Max left a draft. Round 2 (version 2, open) seats Zoe, Ann and Max again: Ann
 * submitted then changed her answer, Zoe left a draft, Max has not started. Zoe's round 2
 * reminders went out on days 15 and 18 (the second one failed), Ann has only the round's
 * opening email, Max none.
 */
export async function twoRoundStudy(db: PrismaClient) {
  const s = await createStudyWithPanel(db, { experts: 0 });
  await db.study.update({
    where: { id: s.studyId },
    data: { ratingScaleMax: 9, plannedRoundDays: 10 },
  });
  const v1 = await db.version.update({
    where: { studyId_number: { studyId: s.studyId, number: 1 } },
    data: { status: "LOCKED", explanatoryText: "Why these clauses." },
  });
  const v2 = await db.version.create({
    data: { studyId: s.studyId, number: 2, status: "LOCKED", explanatoryText: "  \n " },
  });
  const clauses = [];
  for (const [position, text] of [
    [2, "Second clause."],
    [1, "First clause."],
  ] as const) {
    const clause = await db.clause.create({ data: { studyId: s.studyId } });
    clauses.push(
      await db.clauseVersion.create({
        data: { versionId: v2.id, clauseId: clause.id, position, text },
        select: { id: true, clauseId: true, position: true, text: true },
      }),
    );
  }
  const people = [
    ["Zoe", "ACCEPTED"],
    ["Ann", "ACCEPTED"],
    ["Max", "INVITED"],
    ["Pia", "PROPOSED"],
    ["Eva", "WITHDRAWN"],
  ] as const;
  const members = [];
  for (const [name, status] of people) {
    members.push(
      await db.panelMember.create({
        data: {
          studyId: s.studyId,
          name,
          email: `${name.toLowerCase()}-${s.studyId}@ex.org`,
          status,
        },
        select: { id: true, name: true, email: true },
      }),
    );
  }
  const [zoe, ann, max] = members;
  const seated = [zoe!, ann!, max!];
  const round2 = await db.round.create({
    data: {
      studyId: s.studyId,
      versionId: v2.id,
      number: 2,
      state: "OPEN",
      openedAt: at(10),
      closesAt: at(20),
      reminderDays: [5, 2],
      participations: {
        create: seated.map((m, i) => ({ panelMemberId: m.id, remindersSent: i === 0 ? [5] : [] })),
      },
    },
  });
  const round1 = await db.round.create({
    data: {
      studyId: s.studyId,
      versionId: v1.id,
      number: 1,
      state: "CLOSED",
      openedAt: at(1),
      closesAt: at(8),
      closedAt: at(7),
      participations: { create: seated.map((m) => ({ panelMemberId: m.id })) },
    },
  });
  // Round 1's answers first: a reader that forgets which round it reads finds these.
  for (const [m, state] of [
    [zoe!, "SUBMITTED"],
    [ann!, "SUBMITTED"],
    [max!, "DRAFT"],
  ] as const) {
    await db.response.create({
      data: {
        roundId: round1.id,
        panelMemberId: m.id,
        state,
        submittedAt: state === "SUBMITTED" ? at(3) : null,
      },
    });
  }
  const [second, first] = clauses;
  const annInRound2 = await db.response.create({
    data: {
      roundId: round2.id,
      panelMemberId: ann!.id,
      state: "SUBMITTED",
      submittedAt: at(12),
      textPosition: "CAN_LIVE_WITH",
      overallPosition: "CANNOT_LIVE_WITH",
      generalComments: "Tighten the wording.",
      draft: { generalComments: "On reflection, fine." },
      draftSavedAt: at(13),
      clauses: {
        create: [
          { clauseVersionId: second!.id, position: "CANNOT_LIVE_WITH", reason: "Too broad." },
          { clauseVersionId: first!.id, position: "CAN_LIVE_WITH", rating: 7 },
        ],
      },
    },
  });
  const zoeInRound2 = await db.response.create({
    data: { roundId: round2.id, panelMemberId: zoe!.id, textReason: "Half done." },
  });
  await roundEmails(db, s.studyId, { round1, round2, zoe: zoe!, ann: ann! });
  const other = await otherStudy(db);
  return {
    ...s,
    zoe: zoe!,
    ann: ann!,
    max: max!,
    round1,
    round2,
    clauses: { first: first!, second: second! },
    annInRound2,
    zoeInRound2,
    other,
  };
}

/** Rows of another study that no reader of the first may count: a draft version 5 with a
 * clause, an open round with a submitted answer, and accepted and invited experts. */
async function otherStudy(db: PrismaClient) {
  const o = await createStudyWithPanel(db, { experts: 2 });
  await db.panelMember.update({ where: { id: o.experts[0]!.id }, data: { status: "ACCEPTED" } });
  await db.panelMember.update({ where: { id: o.experts[1]!.id }, data: { status: "INVITED" } });
  const v5 = await db.version.create({ data: { studyId: o.studyId, number: 5 } });
  const clause = await db.clause.create({ data: { studyId: o.studyId } });
  await db.clauseVersion.create({
    data: { versionId: v5.id, clauseId: clause.id, position: 1, text: "Elsewhere." },
  });
  const round = await db.round.create({
    data: {
      studyId: o.studyId,
      versionId: v5.id,
      number: 1,
      state: "OPEN",
      closesAt: at(25),
      participations: { create: { panelMemberId: o.experts[0]!.id } },
    },
  });
  await db.response.create({
    data: { roundId: round.id, panelMemberId: o.experts[0]!.id, state: "SUBMITTED" },
  });
  return { ...o, round };
}

/** Emails of every kind, stored out of date order, for the dashboard's reminder and
 * last-email columns: only round 2's reminders to Zoe, and the newest round email, count. */
async function roundEmails(
  db: PrismaClient,
  studyId: string,
  r: { round1: { id: string }; round2: { id: string }; zoe: { id: string }; ann: { id: string } },
) {
  const key = (round: { id: string }, who: string, slot: string) =>
    `reminder:${round.id}:${who}:${slot}`;
  const rows = [
    // Neither the oldest-first nor the newest-first order is the order of storage.
    [r.zoe.id, "ROUND_OPENED", at(10), null, "SENT", null],
    [r.zoe.id, "REMINDER", at(18), key(r.round2, r.zoe.id, "2"), "FAILED", "550 mailbox full"],
    [r.zoe.id, "REMINDER", at(15), key(r.round2, r.zoe.id, "5"), "SENT", null],
    [r.zoe.id, "SUMMARY", at(19), null, "SENT", null],
    [r.zoe.id, "REMINDER", at(5), key(r.round1, r.zoe.id, "3"), "SENT", null],
    [r.zoe.id, "NOTICE", at(16), key(r.round2, r.zoe.id, "notice"), "SENT", null],
    // A reminder whose expert was since removed from the panel (its link set to null).
    [null, "REMINDER", at(15), key(r.round2, "gone", "5"), "SENT", null],
    [r.ann.id, "ROUND_OPENED", at(10), null, "SENT", null],
  ] as const;
  for (const [panelMemberId, kind, createdAt, dedupeKey, status, lastError] of rows) {
    await db.outboundEmail.create({
      data: {
        studyId,
        panelMemberId,
        kind,
        createdAt,
        dedupeKey,
        status,
        lastError,
        to: "someone@ex.org",
        subject: kind,
        text: kind,
      },
    });
  }
}
