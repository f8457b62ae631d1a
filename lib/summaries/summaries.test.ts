import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFeedbackDigest } from "@/lib/feedback/list-feedback-digest.ts";
import { digestFilterSchema, updateFeedbackNoteSchema } from "@/lib/feedback/schemas.ts";
import { updateFeedbackNote } from "@/lib/feedback/update-feedback-note.ts";
import { getPreviousRoundFeedback } from "@/lib/responses/internal/get-previous-round-feedback.ts";
import { asMember } from "@/test/support/access.ts";
import { addMember } from "@/test/support/fixtures.ts";
import { writeResponse } from "@/test/support/results-fixtures.ts";
import { createOpenRound, openNextRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { addSummaryQuotation, removeSummaryQuotation } from "./change-summary-quotations.ts";
import { getSummaryWorkspace } from "./get-summary-workspace.ts";
import { listPanelSummaries } from "./internal/list-panel-summaries.ts";
import { saveSummaryDraft } from "./save-summary-draft.ts";
import { sendSummary } from "./send-summary.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const filter = (raw: Record<string, string> = {}) => digestFilterSchema.parse(raw);
const note = (raw: Record<string, string>) => updateFeedbackNoteSchema.parse(raw);

/** Round 1 with three experts: two submitted (one with a draft-only third), feedback on clause 1. */
async function seed() {
  const r = await createOpenRound(t.db, { experts: 3, clauses: 2 });
  const owner = await t.db.membership.findFirstOrThrow({ where: { studyId: r.studyId } });
  const [a, b, c] = r.members.map((m) => m.id);
  const [c1, c2] = r.clauses.map((c) => c.id);
  const ra = await writeResponse(t.db, {
    roundId: r.roundId,
    panelMemberId: a!,
    state: "SUBMITTED",
    text: { position: "CAN_LIVE_WITH" },
    overall: "CAN_LIVE_WITH",
    clauses: [
      { clauseVersionId: c1!, answer: { position: "CANNOT_LIVE_WITH", suggestion: "Say *less*." } },
      { clauseVersionId: c2!, answer: { position: "CAN_LIVE_WITH" } },
    ],
  });
  await t.db.response.update({ where: { id: ra }, data: { generalComments: "Good [work](x)." } });
  const rb = await writeResponse(t.db, {
    roundId: r.roundId,
    panelMemberId: b!,
    state: "SUBMITTED",
    overall: "CAN_LIVE_WITH",
    clauses: [
      { clauseVersionId: c1!, answer: { position: "CAN_LIVE_WITH", suggestion: "Tweak." } },
    ],
  });
  const rc = await writeResponse(t.db, {
    roundId: r.roundId,
    panelMemberId: c!,
    state: "DRAFT",
    clauses: [{ clauseVersionId: c1!, answer: { position: "CANNOT_LIVE_WITH" } }],
  });
  const asOwner = await asMember(t.db, owner.userId, r.studyId);
  return {
    ...r,
    ownerId: owner.userId,
    asOwner,
    responses: { a: ra, b: rb, draft: rc },
    c1: c1!,
    c2: c2!,
  };
}

describe("feedback digest", () => {
  it("groups submitted feedback by part, with authors, and filters it", async () => {
    const s = await seed();
    const digest = await listFeedbackDigest(t.db, s.asOwner, 1, filter());
    expect(digest.total).toBe(3);
    expect(digest.groups.map((g) => [g.part, g.items.length])).toEqual([
      ["text", 0],
      [s.c1, 2],
      [s.c2, 0],
      ["comments", 1],
    ]);
    expect(
      digest.groups[1]!.items.map((i) => [i.author, i.position, i.reason, i.suggestion]),
    ).toEqual([
      ["Expert 1", "CANNOT_LIVE_WITH", "Because.", "Say *less*."],
      ["Expert 2", "CAN_LIVE_WITH", "", "Tweak."],
    ]);
    const cannot = await listFeedbackDigest(
      t.db,
      s.asOwner,
      1,
      filter({ position: "CANNOT_LIVE_WITH" }),
    );
    expect(cannot.groups.flatMap((g) => g.items).map((i) => i.author)).toEqual(["Expert 1"]);

    await updateFeedbackNote(
      t.db,
      s.asOwner,
      note({
        responseId: s.responses.b,
        part: s.c1,
        themes: "Scope, scope , clarity,",
        addressed: "on",
      }),
    );
    await updateFeedbackNote(
      t.db,
      s.asOwner,
      note({ responseId: s.responses.a, part: "comments", themes: "Praise" }),
    );
    const tagged = await listFeedbackDigest(t.db, s.asOwner, 1, filter({ theme: "SCOPE" }));
    expect(tagged.themes).toEqual(["clarity", "Praise", "Scope"]);
    expect(
      tagged.groups.flatMap((g) => g.items).map((i) => [i.author, i.themes, i.addressed]),
    ).toEqual([["Expert 2", ["Scope", "clarity"], true]]);
    const open = await listFeedbackDigest(t.db, s.asOwner, 1, filter({ open: "1" }));
    expect(open.groups.flatMap((g) => g.items).map((i) => i.author)).toEqual([
      "Expert 1",
      "Expert 1",
    ]);
    // Garbage in the query string falls back to "everything".
    expect(filter({ position: "nope", open: "x" })).toEqual({
      position: "all",
      theme: "",
      open: false,
    });
  });

  it("refuses notes on foreign ids, and edits by observers or strangers", async () => {
    const s = await seed();
    const other = await seed();
    const foreign = note({ responseId: other.responses.a, part: "comments" });
    await expect(updateFeedbackNote(t.db, s.asOwner, foreign)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // A clause of another study's version, on this study's response.
    const wrongPart = note({ responseId: s.responses.a, part: other.c1 });
    await expect(updateFeedbackNote(t.db, s.asOwner, wrongPart)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const observer = await addMember(t.db, s.studyId, "OBSERVER");
    const mine = note({ responseId: s.responses.a, part: "comments" });
    const asObserver = await asMember(t.db, observer.id, s.studyId);
    await expect(updateFeedbackNote(t.db, asObserver, mine)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // Another study's owner gets no access to this one: neither the notes nor the digest.
    await expect(asMember(t.db, other.ownerId, s.studyId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(() =>
      note({
        responseId: "x",
        part: "a",
        themes: Array(9)
          .fill("t")
          .map((v, i) => v + i)
          .join(","),
      }),
    ).toThrow();
  });
});

describe("between-round summary", () => {
  it("is drafted, quoted, previewed and sent once, to accepted experts, without names", async () => {
    const s = await seed();
    const asOwner = await asMember(t.db, s.ownerId, s.studyId);
    await t.db.panelMember.update({
      where: { id: s.members[2]!.id },
      data: { status: "WITHDRAWN" },
    });
    await saveSummaryDraft(t.db, asOwner, 1, { body: "Thank you all." });
    await addSummaryQuotation(t.db, asOwner, 1, {
      responseId: s.responses.a,
      part: s.c1,
      field: "suggestion",
    });
    await addSummaryQuotation(t.db, asOwner, 1, {
      responseId: s.responses.a,
      part: "comments",
      field: "reason",
    });
    await addSummaryQuotation(t.db, asOwner, 1, {
      responseId: s.responses.b,
      part: s.c1,
      field: "suggestion",
    });
    // The same words twice are quoted once; a draft response or a foreign one cannot be quoted.
    expect(
      await addSummaryQuotation(t.db, asOwner, 1, {
        responseId: s.responses.b,
        part: s.c1,
        field: "suggestion",
      }),
    ).toEqual({ added: false });
    await expect(
      addSummaryQuotation(t.db, asOwner, 1, {
        responseId: s.responses.draft,
        part: s.c1,
        field: "reason",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const other = await seed();
    await expect(
      addSummaryQuotation(t.db, asOwner, 1, {
        responseId: other.responses.a,
        part: other.c1,
        field: "reason",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await removeSummaryQuotation(t.db, asOwner, 1, 2);

    let workspace = await getSummaryWorkspace(t.db, asOwner, 1);
    expect(workspace.draft).toEqual({
      revision: 1,
      body: "Thank you all.",
      quotations: ["Say *less*.", "Good [work](x)."],
      saved: true,
    });

    // Figures are final only once the round is closed.
    await expect(sendSummary(t.db, asOwner, 1, 1)).rejects.toMatchObject({
      messageKey: "summaries.roundNotClosed",
    });
    await t.db.round.update({
      where: { id: s.roundId },
      data: { state: "CLOSED", closedAt: new Date() },
    });
    const observer = await addMember(t.db, s.studyId, "OBSERVER");
    const asObserver = await asMember(t.db, observer.id, s.studyId);
    await expect(sendSummary(t.db, asObserver, 1, 1)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    // No version 2 yet: sending needs the explicit "without the changes".
    await expect(sendSummary(t.db, asOwner, 1, 1)).rejects.toMatchObject({
      field: "withoutChanges",
      messageKey: "summaries.nextVersionNotDrafted",
    });
    const anyway = { withoutChanges: true };
    const results = await Promise.allSettled(
      [1, 2, 3].map(() => sendSummary(t.db, asOwner, 1, 1, anyway)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "fulfilled")).toMatchObject({
      value: { revision: 1, recipients: 2 },
    });

    const emails = await t.db.outboundEmail.findMany({
      where: { studyId: s.studyId, kind: "SUMMARY" },
    });
    expect(emails.map((e) => e.panelMemberId).sort()).toEqual(
      [s.members[0]!.id, s.members[1]!.id].sort(),
    );

    workspace = await getSummaryWorkspace(t.db, asOwner, 1);
    const sent = workspace.sent[0]!.sentBody;
    expect(sent).toContain("Thank you all.");
    expect(sent).toContain("## Results of round 1");
    // Clause 1: one can, one cannot (the draft does not count) → 50%, no consensus.
    expect(sent).toContain("| Clause 1 | 1 | 1 | 0 | 50% | No consensus |");
    expect(sent).toContain("> Say \\*less\\*.");
    expect(sent).toContain("> Good \\[work\\](x).");
    const names = await t.db.panelMember.findMany({
      where: { studyId: s.studyId },
      select: { id: true, name: true, email: true },
    });
    for (const m of names) for (const value of Object.values(m)) expect(sent).not.toContain(value);
    // The next editing starts a correction (revision 2) from the sent text; revision 1 stays.
    expect(workspace.draft).toMatchObject({ revision: 2, saved: false, body: "Thank you all." });
    await expect(sendSummary(t.db, asOwner, 1, 1, anyway)).rejects.toMatchObject({
      messageKey: "summaries.alreadySent",
    });
  });

  it("shows experts the latest revision, lists corrections, and feeds round 2's page", async () => {
    const s = await seed();
    const asOwner = await asMember(t.db, s.ownerId, s.studyId);
    await t.db.round.update({
      where: { id: s.roundId },
      data: { state: "CLOSED", closedAt: new Date() },
    });
    await saveSummaryDraft(t.db, asOwner, 1, { body: "First." });
    await sendSummary(t.db, asOwner, 1, 1, { withoutChanges: true });
    await saveSummaryDraft(t.db, asOwner, 1, { body: "Corrected." });
    await sendSummary(t.db, asOwner, 1, 2, { withoutChanges: true });
    const revisions = await t.db.summary.findMany({
      where: { roundId: s.roundId },
      orderBy: { revision: "asc" },
    });
    expect(revisions.map((r) => [r.revision, r.status, r.sentBody?.startsWith(r.body)])).toEqual([
      [1, "SENT", true],
      [2, "SENT", true],
    ]);
    const summaries = await listPanelSummaries(t.db, s.studyId);
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({ roundNumber: 1, revision: 2, earlier: [{ revision: 1 }] });
    expect(summaries[0]!.body.startsWith("Corrected.")).toBe(true);
    expect(await listPanelSummaries(t.db, (await seed()).studyId)).toEqual([]);

    const r2 = await openNextRound(t.db, s.studyId, { roundId: s.roundId, clauses: s.clauses });
    const clauses = await t.db.clauseVersion.findMany({
      where: { versionId: r2.versionId },
      select: { id: true, clauseId: true },
    });
    const previous = await getPreviousRoundFeedback(t.db, s.studyId, 2, s.members[0]!.id, clauses);
    expect(previous?.summary?.startsWith("Corrected.")).toBe(true);
  });
});
