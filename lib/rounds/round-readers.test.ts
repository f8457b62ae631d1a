import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asMember } from "@/test/support/access.ts";
import { addMember, createStudyWithPanel } from "@/test/support/fixtures.ts";
import { at, twoRoundStudy } from "@/test/support/round-reader-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { getRoundDashboard } from "./get-round-dashboard.ts";
import { listRoundResponses } from "./list-round-responses.ts";
import { listRounds } from "./list-rounds.ts";

// The facilitators' round pages read through these three functions. Each expectation is
// the whole object, written out, so a field dropped from a query or a filter lost shows.

let t: TestDb;
let s: Awaited<ReturnType<typeof twoRoundStudy>>;
beforeAll(async () => {
  t = await createTestDb();
  s = await twoRoundStudy(t.db);
  // Fresh statistics: the planner then reads these few rows in storage order (round 2
  // first), not through the unique index that happens to sort them by number.
  await t.db.$executeRaw`ANALYZE "Round"`;
});
afterAll(() => t.close());

const asOwner = () => asMember(t.db, s.owner.id, s.studyId);
const updatedAt = async (id: string) =>
  (await t.db.response.findUniqueOrThrow({ where: { id } })).updatedAt;

describe("the list of rounds", () => {
  it("gives each round in order with its seated and submitted experts, and what comes next", async () => {
    expect(await listRounds(t.db, await asOwner())).toEqual({
      rounds: [
        {
          number: 1,
          state: "CLOSED",
          openedAt: at(1),
          closesAt: at(8),
          closedAt: at(7),
          versionNumber: 1,
          experts: 3,
          submitted: 2,
        },
        {
          number: 2,
          state: "OPEN",
          openedAt: at(10),
          closesAt: at(20),
          closedAt: null,
          versionNumber: 2,
          experts: 3,
          // Ann's changed-but-not-resubmitted answer still counts; Zoe's draft does not.
          submitted: 1,
        },
      ],
      next: {
        number: 3,
        versionNumber: 2,
        versionReady: false,
        hasOpenRound: true,
        accepted: 2,
        invited: 1,
        ratingScaleMax: 9,
        plannedRoundDays: 10,
      },
    });
  });

  it("calls the next version ready only when it is a draft with clauses", async () => {
    const study = await twoRoundStudy(t.db);
    const access = await asMember(t.db, study.owner.id, study.studyId);
    const next = async () => (await listRounds(t.db, access)).next;
    const v3 = await t.db.version.create({ data: { studyId: study.studyId, number: 3 } });
    expect(await next()).toMatchObject({ versionNumber: 3, versionReady: false });
    const clause = await t.db.clause.create({ data: { studyId: study.studyId } });
    await t.db.clauseVersion.create({
      data: { versionId: v3.id, clauseId: clause.id, position: 1, text: "New." },
    });
    expect(await next()).toMatchObject({ versionNumber: 3, versionReady: true });
    await t.db.version.update({ where: { id: v3.id }, data: { status: "LOCKED" } });
    expect(await next()).toMatchObject({ versionNumber: 3, versionReady: false });
    await t.db.round.update({ where: { id: study.round2.id }, data: { state: "CLOSED" } });
    expect(await next()).toMatchObject({ hasOpenRound: false });
  });

  it("starts a study without rounds or versions at round 1 with nothing ready", async () => {
    const bare = await createStudyWithPanel(t.db);
    await t.db.version.deleteMany({ where: { studyId: bare.studyId } });
    const access = await asMember(t.db, bare.owner.id, bare.studyId);
    expect(await listRounds(t.db, access)).toEqual({
      rounds: [],
      next: {
        number: 1,
        versionNumber: null,
        versionReady: false,
        hasOpenRound: false,
        accepted: 0,
        invited: 0,
        ratingScaleMax: null,
        plannedRoundDays: 14,
      },
    });
  });
});

describe("a round's dashboard", () => {
  it("gives each seated expert's progress, reminders and last round email, by name", async () => {
    const dashboard = await getRoundDashboard(t.db, await asOwner(), 2);
    expect(dashboard).toEqual({
      role: "OWNER",
      round: {
        number: 2,
        state: "OPEN",
        openedAt: at(10),
        closesAt: at(20),
        closedAt: null,
        reminderDays: [5, 2],
        versionNumber: 2,
      },
      counts: { submitted: 1, draft: 1, notStarted: 1, total: 3 },
      experts: [
        {
          ...s.ann,
          panelStatus: "ACCEPTED",
          progress: "CHANGED",
          submittedAt: at(12),
          lastActivity: await updatedAt(s.annInRound2.id),
          reminders: [],
          reminderSlots: [],
          lastEmail: { kind: "ROUND_OPENED", status: "SENT", lastError: null },
        },
        {
          ...s.max,
          panelStatus: "INVITED",
          progress: "NOT_STARTED",
          submittedAt: null,
          lastActivity: null,
          reminders: [],
          reminderSlots: [],
          lastEmail: null,
        },
        {
          ...s.zoe,
          panelStatus: "ACCEPTED",
          progress: "DRAFT",
          submittedAt: null,
          lastActivity: await updatedAt(s.zoeInRound2.id),
          // This round's reminders to Zoe, oldest first; not round 1's, not other kinds.
          reminders: [at(15), at(18)],
          reminderSlots: [5],
          // The newest round email, not the newer summary.
          lastEmail: { kind: "REMINDER", status: "FAILED", lastError: "550 mailbox full" },
        },
      ],
    });
  });

  it("reads each round's own answers and reminders", async () => {
    const dashboard = await getRoundDashboard(t.db, await asOwner(), 1);
    expect(dashboard.round).toEqual({
      number: 1,
      state: "CLOSED",
      openedAt: at(1),
      closesAt: at(8),
      closedAt: at(7),
      reminderDays: [3, 1],
      versionNumber: 1,
    });
    expect(dashboard.counts).toEqual({ submitted: 2, draft: 1, notStarted: 0, total: 3 });
    expect(dashboard.experts.map((e) => [e.name, e.progress, e.submittedAt, e.reminders])).toEqual([
      ["Ann", "SUBMITTED", at(3), []],
      ["Max", "DRAFT", null, []],
      ["Zoe", "SUBMITTED", at(3), [at(5)]],
    ]);
  });

  it("gives an observer the same view with their role, and finds no round of another study", async () => {
    const observer = await addMember(t.db, s.studyId, "OBSERVER");
    const asObserver = await asMember(t.db, observer.id, s.studyId);
    const dashboard = await getRoundDashboard(t.db, asObserver, 2);
    expect(dashboard.role).toBe("OBSERVER");
    expect(dashboard.counts.total).toBe(3);
    await expect(getRoundDashboard(t.db, await asOwner(), 3)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const asOther = await asMember(t.db, s.other.owner.id, s.other.studyId);
    expect((await getRoundDashboard(t.db, asOther, 1)).experts.map((e) => e.name)).toEqual([
      "Expert 1",
    ]);
  });
});

describe("a round's answers", () => {
  it("gives the round's text and every answer in it, clause by clause, by name", async () => {
    const { first, second } = s.clauses;
    const answers = await listRoundResponses(t.db, await asOwner(), 2);
    const ann = await t.db.response.findUniqueOrThrow({ where: { id: s.annInRound2.id } });
    const zoe = await t.db.response.findUniqueOrThrow({ where: { id: s.zoeInRound2.id } });
    const clauseAnswer = { reason: "", suggestion: "", rating: null };
    expect(answers).toEqual({
      clauses: [first, second],
      // Version 2's explanatory text is only blank space.
      hasText: false,
      responses: [
        {
          id: ann.id,
          state: "SUBMITTED",
          submittedAt: at(12),
          draftSavedAt: at(13),
          updatedAt: ann.updatedAt,
          textPosition: "CAN_LIVE_WITH",
          textReason: "",
          textSuggestion: "",
          overallPosition: "CANNOT_LIVE_WITH",
          generalComments: "Tighten the wording.",
          panelMember: { name: "Ann", email: s.ann.email },
          clauses: {
            [second.id]: {
              ...clauseAnswer,
              clauseVersionId: second.id,
              position: "CANNOT_LIVE_WITH",
              reason: "Too broad.",
            },
            [first.id]: {
              ...clauseAnswer,
              clauseVersionId: first.id,
              position: "CAN_LIVE_WITH",
              rating: 7,
            },
          },
        },
        {
          id: zoe.id,
          state: "DRAFT",
          submittedAt: null,
          draftSavedAt: null,
          updatedAt: zoe.updatedAt,
          textPosition: null,
          textReason: "Half done.",
          textSuggestion: "",
          overallPosition: null,
          generalComments: "",
          panelMember: { name: "Zoe", email: s.zoe.email },
          clauses: {},
        },
      ],
    });
  });

  it("says when a round's version has an explanatory text, and finds no round of another study", async () => {
    const answers = await listRoundResponses(t.db, await asOwner(), 1);
    expect(answers.hasText).toBe(true);
    expect(answers.clauses).toEqual([]);
    expect(answers.responses.map((r) => [r.panelMember.name, r.state])).toEqual([
      ["Ann", "SUBMITTED"],
      ["Max", "DRAFT"],
      ["Zoe", "SUBMITTED"],
    ]);
    const bare = await createStudyWithPanel(t.db);
    const asBare = await asMember(t.db, bare.owner.id, bare.studyId);
    await expect(listRoundResponses(t.db, asBare, 1)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
