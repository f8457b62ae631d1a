import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveJustification } from "@/lib/justifications/save-justification.ts";
import { getJustificationWorkspace } from "@/lib/justifications/get-justification-workspace.ts";
import { saveSummaryDraft } from "@/lib/summaries/save-summary-draft.ts";
import { sendSummary } from "@/lib/summaries/send-summary.ts";
import { asMember } from "@/test/support/access.ts";
import { addMember } from "@/test/support/fixtures.ts";
import { writeResponse } from "@/test/support/results-fixtures.ts";
import { createOpenRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import type { StudyAccess } from "@/lib/guards.ts";
import { createNextVersion } from "@/lib/versions/create-next-version.ts";
import { getVersionForEditing } from "@/lib/versions/get-version-for-editing.ts";
import { updateClause } from "@/lib/versions/update-clause.ts";
import { closeRound } from "./change-round.ts";
import { getRoundTransition } from "./get-round-transition.ts";
import { openRound } from "./open-round.ts";

// Issue 13, part 7: one page walks facilitators from a closed round to the next one open,
// in order, so that the summary goes out after the justifications (it says what changes).

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const status = async (access: StudyAccess) =>
  Object.fromEntries(
    (await getRoundTransition(t.db, access, 1)).steps.map((s) => [s.key, s.status]),
  );

describe("between round 1 and round 2", () => {
  it("tells each step's state, and the summary waits for the justifications", async () => {
    const r = await createOpenRound(t.db, { experts: 2, clauses: 2 });
    const owner = await t.db.membership.findFirstOrThrow({ where: { studyId: r.studyId } });
    const userId = owner.userId;
    const asOwner = await asMember(t.db, userId, r.studyId);
    const [c1, c2] = r.clauses;
    await writeResponse(t.db, {
      roundId: r.roundId,
      panelMemberId: r.members[0]!.id,
      state: "SUBMITTED",
      overall: "CAN_LIVE_WITH",
      clauses: [
        { clauseVersionId: c1!.id, answer: { position: "CANNOT_LIVE_WITH" } },
        { clauseVersionId: c2!.id, answer: { position: "CAN_LIVE_WITH" } },
      ],
    });
    expect(await status(asOwner)).toEqual({
      close: "next",
      results: "waiting",
      feedback: "waiting",
      version: "waiting",
      justify: "waiting",
      summary: "waiting",
      open: "waiting",
    });
    let view = await getRoundTransition(t.db, asOwner, 1);
    expect(view.round).toMatchObject({ state: "OPEN", seated: 0, respondents: 1 });
    expect(view.noConsensus).toBeNull();

    await closeRound(t.db, asOwner, 1);
    view = await getRoundTransition(t.db, asOwner, 1);
    // Clause 1: the one answer is "cannot" → no consensus; one reason to read.
    expect(view.noConsensus).toBe(1);
    expect(view.feedback).toEqual({ items: 1, addressed: 0 });
    expect(await status(asOwner)).toMatchObject({
      close: "done",
      results: "next",
      version: "todo",
      justify: "waiting",
      summary: "waiting",
      open: "waiting",
    });

    // Sending the summary before version 2 is justified takes an explicit choice.
    await saveSummaryDraft(t.db, asOwner, 1, { body: "Thanks." });
    await expect(sendSummary(t.db, asOwner, 1, 1)).rejects.toMatchObject({
      messageKey: "summaries.nextVersionNotDrafted",
    });
    await createNextVersion(t.db, asOwner);
    const draft = await getVersionForEditing(t.db, asOwner);
    await updateClause(t.db, asOwner, {
      clauseVersionId: draft.clauses[0]!.id,
      baseHash: draft.clauses[0]!.textHash,
      text: "Clause 1, mended.",
    });
    await expect(sendSummary(t.db, asOwner, 1, 1)).rejects.toMatchObject({
      field: "withoutChanges",
      messageKey: "summaries.changesNotJustified",
      values: { next: 2, missing: 1 },
    });
    expect(await status(asOwner)).toMatchObject({
      results: "done",
      feedback: "done",
      version: "done",
      justify: "next",
      summary: "waiting",
      open: "waiting",
    });

    const ws = (await getJustificationWorkspace(t.db, asOwner))!;
    await saveJustification(t.db, asOwner, {
      versionId: draft.id,
      target: ws.targets[0]!.key,
      changeClass: "SUBSTANTIVE",
      justification: "Mended as asked.",
      links: [],
    });
    expect(await status(asOwner)).toMatchObject({
      justify: "done",
      summary: "next",
      open: "todo",
    });
    await sendSummary(t.db, asOwner, 1, 1);
    const sent = await t.db.summary.findFirstOrThrow({ where: { roundId: r.roundId } });
    expect(sent.sentBody).toContain("What changes in version 2, and why");
    expect(sent.sentBody).toContain("Mended as asked.");
    expect(await status(asOwner)).toMatchObject({ summary: "done", open: "next" });

    // A justification rewritten after the summary went out: the summary is owed again.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await saveJustification(t.db, asOwner, {
      versionId: draft.id,
      target: ws.targets[0]!.key,
      changeClass: "SUBSTANTIVE",
      justification: "Mended as asked, and shorter.",
      links: [],
    });
    expect(await status(asOwner)).toMatchObject({ summary: "next" });

    await openRound(t.db, asOwner, {
      closesAt: new Date(Date.now() + 7 * 86_400_000),
      reminderDays: [1],
      collectRatings: false,
    });
    expect(await status(asOwner)).toMatchObject({
      close: "done",
      version: "done",
      justify: "done",
      open: "done",
    });
  });

  it("is not there for facilitators of another study; observers read it and cannot edit", async () => {
    const r = await createOpenRound(t.db);
    const stranger = await addMember(t.db, (await createOpenRound(t.db)).studyId, "OWNER");
    // Not on this study's team: no access to it, so no transition page either.
    await expect(asMember(t.db, stranger.id, r.studyId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const observer = await addMember(t.db, r.studyId, "OBSERVER");
    const asObserver = await asMember(t.db, observer.id, r.studyId);
    expect((await getRoundTransition(t.db, asObserver, 1)).canEdit).toBe(false);
    const owner = await t.db.membership.findFirstOrThrow({ where: { studyId: r.studyId } });
    const asOwner = await asMember(t.db, owner.userId, r.studyId);
    await expect(getRoundTransition(t.db, asOwner, 9)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
