import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeResponse } from "@/test/support/results-fixtures.ts";
import { createOpenRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { getPublicStudy } from "./get-public-study.ts";
import { listAcknowledgements } from "./internal/list-acknowledgements.ts";
import { listPublicRounds } from "./internal/list-public-rounds.ts";

// What the public pages read is scoped to one published study: rules that mutation testing
// showed no test pinned (docs/TESTING.md). With several studies on one server, a query that
// lost its scope would show one study's experts or history on another's page.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

/** A study whose experts all consented to be named; `submit` of them submitted an answer. */
async function studyWith(names: string[], submit: number) {
  const r = await createOpenRound(t.db, { experts: names.length });
  for (const [i, member] of r.members.entries()) {
    await t.db.panelMember.update({
      where: { id: member.id },
      data: { name: names[i]!, acknowledgeConsent: true, acknowledgeAffiliation: null },
    });
    if (i < submit)
      await writeResponse(t.db, {
        roundId: r.roundId,
        panelMemberId: member.id,
        state: "SUBMITTED",
        overall: "CAN_LIVE_WITH",
        clauses: [],
      });
  }
  return r;
}

describe("the public acknowledgements", () => {
  it("name only this study's experts who took part, and count only them", async () => {
    const here = await studyWith(["Ada Here", "Ben Never Answered"], 1);
    await studyWith(["Cy Elsewhere", "Di Elsewhere"], 2);
    expect(await listAcknowledgements(t.db, here.studyId)).toEqual({
      named: [{ name: "Ada Here", affiliation: null }],
      further: 0,
    });
  });
});

describe("a study's public history", () => {
  it("exists only for its own published slug", async () => {
    const published = await studyWith(["Eve"], 1);
    const unpublished = await studyWith(["Fay"], 1);
    await t.db.study.update({
      where: { id: published.studyId },
      data: { publishedAt: new Date() },
    });
    const slugOf = async (id: string) =>
      (await t.db.study.findUniqueOrThrow({ where: { id }, select: { slug: true } })).slug;
    // Every other study is published too: a lookup that lost its slug would find one.
    await t.db.study.updateMany({
      where: { id: { not: unpublished.studyId } },
      data: { publishedAt: new Date() },
    });
    expect(await getPublicStudy(t.db, await slugOf(unpublished.studyId))).toBeNull();
    expect(await getPublicStudy(t.db, "no-such-study")).toBeNull();
    const shown = await getPublicStudy(t.db, await slugOf(published.studyId));
    expect(shown).not.toBeNull();
    expect(shown!.slug).toBe(await slugOf(published.studyId));
  });
});

describe("a study's public rounds", () => {
  it("state the response rate of the panel seated, and the summary as last sent", async () => {
    const r = await studyWith(["Gil", "Hal", "Ida", "Jo"], 1);
    // Seated for the round: all four (one answered); closed, with a summary sent twice
    // and a third revision still a draft.
    await t.db.roundParticipation.createMany({
      data: r.members.map((m) => ({ roundId: r.roundId, panelMemberId: m.id })),
    });
    await t.db.round.update({
      where: { id: r.roundId },
      data: { state: "CLOSED", closedAt: new Date() },
    });
    const sent = { status: "SENT" as const, sentAt: new Date() };
    await t.db.summary.createMany({
      data: [
        { roundId: r.roundId, revision: 1, sentBody: "First summary.", ...sent },
        { roundId: r.roundId, revision: 2, sentBody: "Corrected summary.", ...sent },
        { roundId: r.roundId, revision: 3, body: "Unsent draft." },
      ],
    });
    const [round] = await listPublicRounds(t.db, r.studyId);
    expect(round).toMatchObject({
      number: 1,
      invited: 4,
      respondents: 1,
      responseRate: 0.25,
      summary: "Corrected summary.",
    });
  });
});
