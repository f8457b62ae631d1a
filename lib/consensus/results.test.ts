import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Position } from "@/lib/generated/prisma/enums.ts";
import type { StudyAccess } from "@/lib/guards.ts";
import { asMember } from "@/test/support/access.ts";
import { addMember } from "@/test/support/fixtures.ts";
import { seatExperts, writeResponse } from "@/test/support/results-fixtures.ts";
import { createOpenRound, openNextRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { getAgreementHeatmap } from "./get-agreement-heatmap.ts";
import { getParticipationFunnel } from "./get-participation-funnel.ts";
import { getRoundResults } from "./get-round-results.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const CAN: Position = "CAN_LIVE_WITH";
const CANNOT: Position = "CANNOT_LIVE_WITH";

// Round 1 of a 50-expert panel, 10 clauses. Experts 0–44 submit; 45–47 leave drafts full of
// "cannot live with" that must not count; 48–49 declined. On clause j, experts 0..can[j]-1
// can live with it, the next cannot[j] cannot, the rest give no position.
const can = [45, 40, 34, 33, 30, 20, 10, 0, 5, 44];
const cannot = [0, 5, 11, 11, 10, 25, 30, 0, 40, 0];

// Worked by hand from the arrays above (threshold 75%; ratings on clauses 1–2 with
// median ≥ 7 and IQR ≤ 2). Shares are of those who answered the clause.
const expectedRound1 = [
  // can, cannot, noAnswer, suggestions, share, status
  [45, 0, 0, 1, 1, "CONSENSUS"], // ratings all 9: median 9, IQR 0
  [40, 5, 0, 6, 40 / 45, "NO_CONSENSUS"], // ratings 1–9 five times each: median 5 < 7
  [34, 11, 0, 12, 34 / 45, "CONSENSUS"],
  [33, 11, 1, 12, 0.75, "CONSENSUS"], // exactly 75% of 44
  [30, 10, 5, 11, 0.75, "CONSENSUS"], // exactly 75% of 40
  [20, 25, 0, 26, 20 / 45, "NO_CONSENSUS"],
  [10, 30, 5, 31, 0.25, "NO_CONSENSUS"],
  [0, 0, 45, 0, null, "NO_DATA"],
  [5, 40, 0, 41, 5 / 45, "NO_CONSENSUS"],
  [44, 0, 1, 1, 1, "CONSENSUS"],
] as const;

function round1Answer(i: number, j: number) {
  const position = i < can[j]! ? CAN : i < can[j]! + cannot[j]! ? CANNOT : null;
  // Every "cannot" comes with a rewording; expert 0 also suggests one where they can.
  const suggestion = position === CANNOT || (i === 0 && position === CAN) ? "Reword." : "";
  const rating = j === 0 ? 9 : j === 1 ? 1 + (i % 9) : undefined;
  return { position, suggestion, rating };
}

async function seedStudy() {
  const r1 = await createOpenRound(t.db, { experts: 50, clauses: 10, collectRatings: true });
  await t.db.study.update({
    where: { id: r1.studyId },
    data: { consensusThreshold: 75, ratingMedianMin: 7, ratingIqrMax: 2 },
  });
  const ids = r1.members.map((m) => m.id);
  await t.db.panelMember.updateMany({
    data: { invitedAt: new Date() },
    where: { id: { in: ids } },
  });
  await t.db.panelMember.updateMany({
    where: { id: { in: ids.slice(48) } },
    data: { status: "DECLINED", participationConsentAt: null },
  });
  await seatExperts(t.db, r1.roundId, ids.slice(0, 48));
  for (let i = 0; i < 48; i++) {
    await writeResponse(t.db, {
      roundId: r1.roundId,
      panelMemberId: ids[i]!,
      state: i < 45 ? "SUBMITTED" : "DRAFT",
      text: { position: i < 45 ? (i < 40 ? CAN : CANNOT) : CANNOT },
      overall: i < 43 ? CAN : CANNOT,
      clauses: r1.clauses.map((c, j) => ({
        clauseVersionId: c.id,
        answer: i < 45 ? round1Answer(i, j) : { position: CANNOT, suggestion: "Draft." },
      })),
    });
  }
  // Round 2 on version 2 (same clauses, reversed order). Experts 0–39 answer again, 40–44
  // drop out, 45–46 join; everyone can now live with clause 6, the rest keep their position.
  // On the text as a whole, 38–39 now cannot live with it (so that the text's movement and
  // the whole's differ, and each is read from its own row).
  const r2 = await openNextRound(t.db, r1.studyId, r1);
  await seatExperts(t.db, r2.roundId, ids.slice(0, 48));
  const r2Clauses = r2.clauses; // r2Clauses[k] is round-1 clause 9 - k
  for (const i of [...Array(40).keys(), 45, 46]) {
    await writeResponse(t.db, {
      roundId: r2.roundId,
      panelMemberId: ids[i]!,
      state: "SUBMITTED",
      text: { position: CAN },
      overall: i === 38 || i === 39 ? CANNOT : CAN,
      clauses: r2Clauses.map((c, k) => {
        const j = 9 - k;
        const before = i < 45 ? round1Answer(i, j) : { position: CAN, suggestion: "" };
        return {
          clauseVersionId: c.id,
          answer: { ...before, position: j === 5 ? CAN : before.position },
        };
      }),
    });
  }
  return { ...r1, r2 };
}

describe("round results and participation (50 experts × 10 clauses, worked by hand)", () => {
  let s: Awaited<ReturnType<typeof seedStudy>>;
  let asOwner: StudyAccess;
  beforeAll(async () => {
    s = await seedStudy();
    const owner = await t.db.membership.findFirstOrThrow({ where: { studyId: s.studyId } });
    asOwner = await asMember(t.db, owner.userId, s.studyId);
  }, 60_000);

  it("counts every clause of round 1 as the table says", async () => {
    const results = await getRoundResults(t.db, asOwner, 1);
    expect(results.respondents).toBe(45);
    expect(results.rule).toEqual({
      parts: { kind: "SHARE", threshold: 75 },
      whole: { kind: "SHARE", threshold: 75 },
      medianMin: 7,
      iqrMax: 2,
    });
    // Expert 0 suggests rewordings; 5–44 cannot live with clause 9; 1–4 flag nothing.
    expect(results.figures).toEqual({
      respondents: 45,
      canLiveWithWhole: 43,
      flagging: 41,
      neither: 4,
    });
    const got = results.clauses.map((c) => [
      c.canLiveWith,
      c.cannotLiveWith,
      c.noAnswer,
      c.suggestions,
      c.canShare,
      c.status,
    ]);
    expect(got).toEqual(expectedRound1.map((row) => [...row]));
    expect(results.clauses.map((c) => c.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(results.clauses[0]!.ratings).toEqual({ n: 45, median: 9, q1: 9, q3: 9, iqr: 0 });
    // 45 ratings, 1–9 five times each: median at index 22 → 5, Q1 index 11 → 3, Q3 index 33 → 7.
    expect(results.clauses[1]!.ratings).toEqual({ n: 45, median: 5, q1: 3, q3: 7, iqr: 4 });
    expect(results.clauses[2]!.ratings).toBeNull();
    expect(results.clauses.every((c) => c.movement === null)).toBe(true);
    expect(results.text).toMatchObject({ canLiveWith: 40, cannotLiveWith: 5, noAnswer: 0 });
    expect(results.text?.status).toBe("CONSENSUS");
    expect(results.overall).toMatchObject({ canLiveWith: 43, cannotLiveWith: 2, noAnswer: 0 });
  });

  it("measures stability from round 2 on, matching clauses by identity", async () => {
    const results = await getRoundResults(t.db, asOwner, 2);
    expect(results.respondents).toBe(42);
    const byOldIndex = (j: number) => results.clauses[9 - j]!;
    // Clause 6: 0–19 could live with it, 20–39 could not and now can.
    expect(byOldIndex(5)).toMatchObject({
      canLiveWith: 42,
      cannotLiveWith: 0,
      status: "CONSENSUS",
      movement: { compared: 40, unchanged: 20, toCan: 20, toCannot: 0 },
    });
    // Nobody answered clause 8 in either round: nothing to compare.
    expect(byOldIndex(7).movement).toBeNull();
    for (const j of [0, 1, 2, 3, 4, 6, 8, 9])
      expect(byOldIndex(j).movement).toEqual({
        compared: 40,
        unchanged: 40,
        toCan: 0,
        toCannot: 0,
      });
    // Text: 0–39 could live with it before and still can.
    expect(results.text?.movement).toEqual({ compared: 40, unchanged: 40, toCan: 0, toCannot: 0 });
    // The whole: 0–39 all could live with it in round 1; 38–39 no longer can.
    expect(results.overall?.movement).toEqual({
      compared: 40,
      unchanged: 38,
      toCan: 0,
      toCannot: 2,
    });
    expect(results.overall).toMatchObject({ canLiveWith: 40, cannotLiveWith: 2 });
    // Clause 9 in round 2: experts 0–4 can, 5–39 cannot, 45–46 can.
    expect(byOldIndex(8)).toMatchObject({ canLiveWith: 7, cannotLiveWith: 35, noAnswer: 0 });
  });

  it("follows each clause across rounds in the heatmap", async () => {
    const heatmap = await getAgreementHeatmap(t.db, asOwner);
    expect(heatmap.rounds).toEqual([1, 2]);
    // Rows in version 2's order: its clause k is round 1's clause 10 - k.
    expect(heatmap.rows.map((r) => r.label)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const sixth = heatmap.rows[4]!; // version 2's clause 5 is round 1's clause 6
    expect(sixth.cells.map((c) => [c?.position, c?.canLiveWith, c?.answered, c?.status])).toEqual([
      [6, 20, 45, "NO_CONSENSUS"],
      [5, 42, 42, "CONSENSUS"],
    ]);
    // Clause 8 had no answers at all: no share, no consensus.
    expect(heatmap.rows[2]!.cells[0]).toMatchObject({ canShare: null, status: "NO_DATA" });
    const upTo1 = await getAgreementHeatmap(t.db, asOwner, 1);
    expect(upTo1.rounds).toEqual([1]);
    expect(upTo1.rows[0]!.cells[0]).toMatchObject({ position: 1, canLiveWith: 45 });
  });

  it("builds the participation funnel", async () => {
    const funnel = await getParticipationFunnel(t.db, asOwner);
    expect(funnel).toEqual({
      invited: 50,
      accepted: 48,
      tookPartAny: 47, // 0–44 and 45–46
      tookPartEvery: 40,
      tookPartLast: 42,
      // In round 2, the last: expert 0 (suggestions) and 5–39 ("cannot" on clause 9). Experts
      // 40–44 flagged in round 1 only; 45–46 flag nothing.
      flagged: 36,
      rounds: [
        {
          number: 1,
          state: "CLOSED",
          seated: 48,
          respondents: 45,
          responseRate: 45 / 48,
          lost: null,
          returned: null,
          joined: null,
        },
        // 45 − 5 lost + 2 joined (45–46 answer round 2 only) = 42.
        {
          number: 2,
          state: "OPEN",
          seated: 48,
          respondents: 42,
          responseRate: 42 / 48,
          lost: 5,
          returned: 0,
          joined: 2,
        },
      ],
    });
  });

  it("answers only the study's own facilitators", async () => {
    const stranger = await addMember(t.db, (await createOpenRound(t.db)).studyId, "OWNER");
    // An owner of another study gets no access to this one, so neither its results nor its
    // funnel can be asked for on their behalf.
    await expect(asMember(t.db, stranger.id, s.studyId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // An observer reads exactly what the owner reads.
    const observer = await addMember(t.db, s.studyId, "OBSERVER");
    const owner = await t.db.membership.findFirstOrThrow({
      where: { studyId: s.studyId, role: "OWNER" },
    });
    const asObserver = await asMember(t.db, observer.id, s.studyId);
    const asStudyOwner = await asMember(t.db, owner.userId, s.studyId);
    expect(await getRoundResults(t.db, asObserver, 1)).toEqual(
      await getRoundResults(t.db, asStudyOwner, 1),
    );
    expect((await getRoundResults(t.db, asObserver, 1)).respondents).toBe(45);
  });
});

describe("an empty round", () => {
  it("has no shares and no consensus, and a funnel of zeros past the panel", async () => {
    const r = await createOpenRound(t.db, { experts: 2, clauses: 2 });
    const owner = await t.db.membership.findFirstOrThrow({ where: { studyId: r.studyId } });
    const asOwner = await asMember(t.db, owner.userId, r.studyId);
    const results = await getRoundResults(t.db, asOwner, 1);
    expect(results.respondents).toBe(0);
    expect(results.clauses.map((c) => [c.canShare, c.status, c.noAnswer])).toEqual([
      [null, "NO_DATA", 0],
      [null, "NO_DATA", 0],
    ]);
    const funnel = await getParticipationFunnel(t.db, asOwner);
    expect(funnel).toMatchObject({ accepted: 2, tookPartAny: 0, tookPartEvery: 0, flagged: 0 });
    expect(funnel.rounds).toEqual([
      {
        number: 1,
        state: "OPEN",
        seated: 0,
        respondents: 0,
        responseRate: null,
        lost: null,
        returned: null,
        joined: null,
      },
    ]);
  });
});

describe("a version without an explanatory text", () => {
  it("reports no result for the text, only for the clauses and the whole", async () => {
    const r = await createOpenRound(t.db, { experts: 2, clauses: 1 });
    // Blank but for white space: the expert's page shows no text part to judge.
    await t.db.version.updateMany({
      where: { studyId: r.studyId },
      data: { explanatoryText: " \n\t" },
    });
    const owner = await t.db.membership.findFirstOrThrow({ where: { studyId: r.studyId } });
    const results = await getRoundResults(t.db, await asMember(t.db, owner.userId, r.studyId), 1);
    expect(results.text).toBeNull();
    expect(results.overall).not.toBeNull();
    expect(results.clauses).toHaveLength(1);
  });
});
