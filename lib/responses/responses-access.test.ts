import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GRACE_SECONDS } from "@/lib/rounds/round-window.ts";
import { createOpenRound, openNextRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { getOwnResponse } from "./get-own-response.ts";
import { getResponsePage } from "./get-response-page.ts";
import { saveResponseDraft } from "./save-response-draft.ts";
import { responseSchema } from "./schemas.ts";
import { submitResponse } from "./submit-response.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const input = (revision: number, values: Record<string, string>, intent = "save") =>
  responseSchema.parse({ revision: String(revision), intent, ...values });
const done = { overallPosition: "CAN_LIVE_WITH" };
const snapshot = (db: TestDb["db"]) =>
  Promise.all([
    db.response.findMany({ orderBy: { id: "asc" } }),
    db.clauseResponse.findMany({ orderBy: { id: "asc" } }),
  ]);

describe("the round window", () => {
  it("refuses every write past the deadline and its grace, changing nothing", async () => {
    const f = await createOpenRound(t.db, { closesAt: new Date(Date.now() + 60_000) });
    const token = f.members[0]!.token;
    await saveResponseDraft(t.db, token, 1, input(0, { generalComments: "before" }));
    const before = await snapshot(t.db);
    const { closesAt } = await t.db.round.findUniqueOrThrow({ where: { id: f.roundId } });
    const late = new Date(closesAt.getTime() + (GRACE_SECONDS + 1) * 1000);
    const closed = { code: "CONFLICT", messageKey: "response.errors.closed" };
    await expect(
      saveResponseDraft(t.db, token, 1, input(1, { generalComments: "late" }), late),
    ).rejects.toMatchObject(closed);
    await expect(
      submitResponse(t.db, token, 1, input(1, done, "submit"), late),
    ).rejects.toMatchObject(closed);
    // Within the grace a request in flight still lands.
    const inGrace = new Date(closesAt.getTime() + (GRACE_SECONDS - 1) * 1000);
    expect(
      (await submitResponse(t.db, f.members[1]!.token, 1, input(0, done, "submit"), inGrace))
        .status,
    ).toBe("saved");
    const after = await snapshot(t.db);
    expect(after[0].filter((r) => r.panelMemberId === f.members[0]!.id)).toEqual(
      before[0].filter((r) => r.panelMemberId === f.members[0]!.id),
    );
  });

  it("refuses writes to a closed round, shows it read-only, and hides a scheduled one", async () => {
    const f = await createOpenRound(t.db);
    const token = f.members[0]!.token;
    await t.db.round.update({ where: { id: f.roundId }, data: { state: "CLOSED" } });
    await expect(saveResponseDraft(t.db, token, 1, input(0, done))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(submitResponse(t.db, token, 1, input(0, done, "submit"))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await t.db.response.count({ where: { roundId: f.roundId } })).toBe(0);
    expect((await getResponsePage(t.db, token, 1))?.round.isAccepting).toBe(false);
    await t.db.round.update({ where: { id: f.roundId }, data: { state: "SCHEDULED" } });
    await expect(getResponsePage(t.db, token, 1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveResponseDraft(t.db, token, 1, input(0, done))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("an expert of study A", () => {
  it("cannot read or write study B's round, nor name B's clauses or another round's", async () => {
    const a = await createOpenRound(t.db);
    const b = await createOpenRound(t.db);
    const tokenA = a.members[0]!.token;
    // B's round is also "round 1", but of B: through A's link, round 1 is A's round.
    await saveResponseDraft(t.db, tokenA, 1, input(0, { generalComments: "A" }));
    expect(await t.db.response.count({ where: { roundId: b.roundId } })).toBe(0);
    await expect(getResponsePage(t.db, tokenA, 2)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const foreign = { [`clause.${b.clauses[0]!.id}.position`]: "CAN_LIVE_WITH" };
    await expect(saveResponseDraft(t.db, tokenA, 1, input(1, foreign))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      submitResponse(t.db, tokenA, 1, input(1, { ...foreign, ...done }, "submit")),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A clause of A's own study, but of a version no round of this number shows.
    const next = await openNextRound(t.db, a.studyId, a);
    const old = { [`clause.${a.clauses[0]!.id}.position`]: "CAN_LIVE_WITH" };
    await expect(saveResponseDraft(t.db, tokenA, next.number, input(0, old))).rejects.toMatchObject(
      {
        code: "NOT_FOUND",
      },
    );
    expect(await t.db.clauseResponse.count({ where: { clauseVersionId: b.clauses[0]!.id } })).toBe(
      0,
    );
  });

  it("cannot answer unless ACCEPTED, and a revoked link answers nothing", async () => {
    const f = await createOpenRound(t.db);
    const [m0, m1] = f.members;
    await t.db.panelMember.update({ where: { id: m0!.id }, data: { status: "INVITED" } });
    // …with the message that tells them why (they have not accepted the invitation).
    await expect(saveResponseDraft(t.db, m0!.token, 1, input(0, done))).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "response.errors.notAccepted",
    });
    expect((await getResponsePage(t.db, m0!.token, 1))?.kind).toBe("notAccepted");
    await t.db.expertLink.updateMany({
      where: { panelMemberId: m1!.id },
      data: { revokedAt: new Date() },
    });
    await expect(saveResponseDraft(t.db, m1!.token, 1, input(0, done))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await getResponsePage(t.db, m1!.token, 1)).toBeNull();
    expect(await t.db.response.count({ where: { roundId: f.roundId } })).toBe(0);
  });
});

describe("round 2", () => {
  it("shows the expert's own round-1 answers and round-1 group counts, nothing of round 2", async () => {
    const f = await createOpenRound(t.db, { experts: 4 });
    const [c1, c2] = f.clauses;
    const answer = (position: string, reason = "") => ({
      [`clause.${c1!.id}.position`]: position,
      [`clause.${c1!.id}.reason`]: reason,
      ...done,
    });
    const [m0, m1, m2, m3] = f.members;
    await submitResponse(
      t.db,
      m0!.token,
      1,
      input(0, answer("CANNOT_LIVE_WITH", "Mine"), "submit"),
    );
    await submitResponse(t.db, m1!.token, 1, input(0, answer("CAN_LIVE_WITH"), "submit"));
    await submitResponse(
      t.db,
      m2!.token,
      1,
      input(0, answer("CANNOT_LIVE_WITH", "Secret of m2"), "submit"),
    );
    // A draft is not a result.
    await saveResponseDraft(t.db, m3!.token, 1, input(0, answer("CANNOT_LIVE_WITH", "Draft")));
    const next = await openNextRound(t.db, f.studyId, f);
    await submitResponse(
      t.db,
      m1!.token,
      2,
      input(0, { overallPosition: "CANNOT_LIVE_WITH" }, "submit"),
    );

    // Round 1's summary as sent, and a correction still in draft: experts see what was sent.
    await t.db.summary.create({
      data: {
        roundId: f.roundId,
        revision: 1,
        status: "SENT",
        sentBody: "As sent.",
        sentAt: new Date(),
      },
    });
    await t.db.summary.create({
      data: { roundId: f.roundId, revision: 2, body: "A correction, not sent yet." },
    });

    const p = await getResponsePage(t.db, m0!.token, 2);
    if (p?.kind !== "answer") throw new Error("expected the answer page");
    expect(p.previous?.summary).toBe("As sent.");
    expect(p.previous?.ownSubmitted).toBe(true);
    const now1 = next.clauses.find((c) => c.clauseId === c1!.clauseId)!;
    const now2 = next.clauses.find((c) => c.clauseId === c2!.clauseId)!;
    expect(p.previous?.roundNumber).toBe(1);
    expect(p.previous?.clauses[now1.id]).toMatchObject({
      text: c1!.text,
      own: { position: "CANNOT_LIVE_WITH", reason: "Mine" },
      group: { canLiveWith: 1, cannotLiveWith: 2, noAnswer: 0, respondents: 3 },
    });
    expect(p.previous?.clauses[now2.id]).toMatchObject({
      own: null,
      group: { canLiveWith: 0, cannotLiveWith: 0, noAnswer: 3, respondents: 3 },
    });
    expect(p.previous?.overall.group).toMatchObject({ canLiveWith: 3, respondents: 3 });
    expect(p.response).toBeNull();
    const text = JSON.stringify(p);
    expect(text).not.toContain("Secret of m2");
    expect(text).not.toContain("Draft");
    for (const m of [m1, m2, m3]) expect(text).not.toContain(m!.id);
    expect(text).not.toContain("not sent yet");

    // m3 only left a draft in round 1: it is shown as theirs, but not as submitted.
    const q = await getResponsePage(t.db, m3!.token, 2);
    if (q?.kind !== "answer") throw new Error("expected the answer page");
    expect(q.previous?.ownSubmitted).toBe(false);
    expect(q.previous?.clauses[now1.id]?.own).toMatchObject({ reason: "Draft" });
  });
});

describe("a tab checking that its answers are current", () => {
  it("reads the expert's own stored answers, in a round the panel can see, and nobody else's", async () => {
    const f = await createOpenRound(t.db);
    const [m0, m1] = f.members;
    expect(await getOwnResponse(t.db, m0!.token, 1)).toBeNull();
    await saveResponseDraft(t.db, m0!.token, 1, input(0, { generalComments: "Mine." }));
    expect(await getOwnResponse(t.db, m0!.token, 1)).toMatchObject({
      revision: 1,
      state: "DRAFT",
      generalComments: "Mine.",
    });
    // Another expert of the same round sees only their own (nothing yet).
    expect(await getOwnResponse(t.db, m1!.token, 1)).toBeNull();
    // Another study's round 1 is not this expert's round 1.
    const other = await createOpenRound(t.db);
    await saveResponseDraft(t.db, other.members[0]!.token, 1, input(0, { generalComments: "x" }));
    expect(await getOwnResponse(t.db, m1!.token, 1)).toBeNull();
    // A round not yet open, a round that does not exist and a dead link: nothing at all.
    await t.db.round.update({ where: { id: f.roundId }, data: { state: "SCHEDULED" } });
    await expect(getOwnResponse(t.db, m0!.token, 1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getOwnResponse(t.db, m0!.token, 2)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await t.db.round.update({ where: { id: f.roundId }, data: { state: "CLOSED" } });
    expect(await getOwnResponse(t.db, m0!.token, 1)).toMatchObject({ revision: 1 });
    await t.db.expertLink.updateMany({
      where: { panelMemberId: m0!.id },
      data: { revokedAt: new Date() },
    });
    await expect(getOwnResponse(t.db, m0!.token, 1)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
