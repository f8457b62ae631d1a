import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJustificationWorkspace } from "@/lib/justifications/get-justification-workspace.ts";
import { saveJustification } from "@/lib/justifications/save-justification.ts";
import { createNextVersion } from "@/lib/versions/create-next-version.ts";
import { getVersionForEditing } from "@/lib/versions/get-version-for-editing.ts";
import { moveClause } from "@/lib/versions/move-clause.ts";
import { updateClause } from "@/lib/versions/update-clause.ts";
import { asMember } from "@/test/support/access.ts";
import { seatExperts, writeResponse } from "@/test/support/results-fixtures.ts";
import { createOpenRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { closeRound } from "./change-round.ts";
import { getRoundTransition } from "./get-round-transition.ts";

// The figures on the page between two rounds, each written out: how many experts were
// seated and answered, how many parts lack consensus, how much feedback is marked
// addressed, what the next version changes and owes, and which summary went out last.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 9, minute));

/**
 * Round 1 on five clauses with three seated experts. Both who submitted cannot live with
 * the explanatory text or clause 1 (no consensus on two parts) and can live with the rest.
 * Feedback items: expert 1's text reason, general comments and clause 1 reason; expert 2's
 * text suggestion and clause 1 reason (expert 3's draft has words too, but is not counted).
 */
async function answeredRound() {
  const r = await createOpenRound(t.db, { experts: 3, clauses: 5 });
  await t.db.study.update({
    where: { id: r.studyId },
    data: { plannedRounds: 1, plannedRoundDays: 12 },
  });
  await seatExperts(
    t.db,
    r.roundId,
    r.members.map((m) => m.id),
  );
  const [c1, ...rest] = r.clauses;
  const agreeing = rest.map((c) => ({
    clauseVersionId: c.id,
    answer: { position: "CAN_LIVE_WITH" as const },
  }));
  const cannot = (suggestion?: string) => ({
    clauseVersionId: c1!.id,
    answer: { position: "CANNOT_LIVE_WITH" as const, suggestion },
  });
  const [first, second, third] = r.members;
  const ids = [
    await writeResponse(t.db, {
      roundId: r.roundId,
      panelMemberId: first!.id,
      state: "SUBMITTED",
      text: { position: "CANNOT_LIVE_WITH", reason: "Too vague." },
      comments: "Thank you.",
      clauses: [cannot(), ...agreeing],
    }),
    await writeResponse(t.db, {
      roundId: r.roundId,
      panelMemberId: second!.id,
      state: "SUBMITTED",
      text: { position: "CANNOT_LIVE_WITH", suggestion: "A sharper text." },
      clauses: [cannot("Reword it."), ...agreeing],
    }),
    await writeResponse(t.db, {
      roundId: r.roundId,
      panelMemberId: third!.id,
      state: "DRAFT",
      text: { position: "CANNOT_LIVE_WITH", reason: "Not sure yet." },
      comments: "Draft thoughts.",
      clauses: [cannot(), ...agreeing],
    }),
  ];
  const note = (responseId: string, part: string, addressed: boolean) =>
    t.db.feedbackNote.create({ data: { responseId, part, addressed } });
  await note(ids[0]!, "text", true);
  await note(ids[0]!, "comments", false);
  await note(ids[1]!, c1!.id, true);
  // A note on a part with no words is not a feedback item, addressed or not.
  await note(ids[0]!, rest[0]!.id, true);
  await note(ids[2]!, "text", true);
  return r;
}

describe("the figures between round 1 and round 2", () => {
  it("count the round's answers and feedback and read the latest summary sent", async () => {
    const r = await answeredRound();
    const asOwner = await asMember(t.db, r.ownerId, r.studyId);
    await closeRound(t.db, asOwner, 1);
    for (const [revision, status, sentAt] of [
      [1, "SENT", at(1)],
      [2, "SENT", at(2)],
      [3, "DRAFT", null],
    ] as const) {
      await t.db.summary.create({ data: { roundId: r.roundId, revision, status, sentAt } });
    }
    const round = await t.db.round.findUniqueOrThrow({ where: { id: r.roundId } });
    const view = await getRoundTransition(t.db, asOwner, 1);
    expect(view).toEqual({
      round: {
        number: 1,
        state: "CLOSED",
        closesAt: round.closesAt,
        closedAt: round.closedAt,
        versionNumber: 1,
        seated: 3,
        respondents: 2,
      },
      noConsensus: 2,
      feedback: { items: 5, addressed: 2 },
      nextVersion: null,
      summary: { status: "sent", sentAt: at(2), revision: 2 },
      nextRound: null,
      // Round 1 of one planned round.
      afterLastPlannedRound: true,
      plannedRoundDays: 12,
      ratingScaleMax: 9,
      canEdit: true,
      steps: [
        { key: "close", status: "done" },
        { key: "results", status: "next" },
        { key: "feedback", status: "todo" },
        { key: "version", status: "todo" },
        { key: "justify", status: "waiting" },
        // Sent, and no justification saved after it.
        { key: "summary", status: "done" },
        { key: "open", status: "waiting" },
      ],
    });
  });

  it("count the next version's changes and the reasons it still owes", async () => {
    const r = await answeredRound();
    await t.db.study.update({ where: { id: r.studyId }, data: { plannedRounds: 2 } });
    const asOwner = await asMember(t.db, r.ownerId, r.studyId);
    await closeRound(t.db, asOwner, 1);
    await createNextVersion(t.db, asOwner);
    const draft = await getVersionForEditing(t.db, asOwner);
    const [c1, c2, c3, , c5] = draft.clauses;
    for (const c of [c2!, c5!]) {
      await updateClause(t.db, asOwner, {
        clauseVersionId: c.id,
        baseHash: c.textHash,
        text: `${c.text} Reworded.`,
      });
    }
    await moveClause(t.db, asOwner, { clauseVersionId: c3!.id, direction: "down" });
    const view = await getRoundTransition(t.db, asOwner, 1);
    // Targets: the explanatory text and clause 1, unchanged but without consensus (each
    // owes the panel a reason); clauses 2 and 5, reworded (each owes one); the swap of
    // clauses 3 and 4, a change that owes nothing.
    expect(view.nextVersion).toEqual({
      id: draft.id,
      number: 2,
      status: "DRAFT",
      changes: 3,
      required: 4,
      missing: 4,
      justifiedAt: null,
    });
    expect(view.afterLastPlannedRound).toBe(false);
    expect(view.summary).toEqual({ status: "none", sentAt: null, revision: null });

    const workspace = (await getJustificationWorkspace(t.db, asOwner))!;
    const target = workspace.targets.find((x) => x.key === c2!.id)!;
    await saveJustification(t.db, asOwner, {
      versionId: draft.id,
      target: target.key,
      changeClass: "EDITORIAL",
      justification: "Plainer words.",
      links: [],
    });
    const saved = await t.db.changeJustification.findFirstOrThrow({
      where: { versionId: draft.id },
    });
    // Another study's reason, saved later: not this version's.
    const elsewhere = await createOpenRound(t.db);
    await t.db.changeJustification.create({
      data: {
        versionId: elsewhere.versionId,
        kind: "EDITED",
        justification: "Elsewhere.",
        updatedAt: new Date(saved.updatedAt.getTime() + 60_000),
      },
    });
    expect((await getRoundTransition(t.db, asOwner, 1)).nextVersion).toMatchObject({
      missing: 3,
      justifiedAt: saved.updatedAt,
    });
    expect(c1!.position).toBe(1);

    await t.db.round.create({
      data: { studyId: r.studyId, versionId: draft.id, number: 2, closesAt: at(30) },
    });
    expect((await getRoundTransition(t.db, asOwner, 1)).nextRound).toEqual({
      number: 2,
      state: "SCHEDULED",
    });
  });
});
