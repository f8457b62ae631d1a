import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tallyClauses, tallyResponses } from "@/lib/consensus/internal/round-tallies.ts";
import { getRoundDashboard } from "@/lib/rounds/get-round-dashboard.ts";
import { listRoundResponses } from "@/lib/rounds/list-round-responses.ts";
import { asMember } from "@/test/support/access.ts";
import { createOpenRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
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

const page = async (token: string, round = 1) => {
  const p = await getResponsePage(t.db, token, round);
  if (p?.kind !== "answer") throw new Error("expected the answer page");
  return p;
};

describe("saving a draft", () => {
  it("keeps the draft across a reload, with an untouched suggestion stored as none", async () => {
    const f = await createOpenRound(t.db);
    const [c1, c2] = f.clauses;
    const token = f.members[0]!.token;
    const result = await saveResponseDraft(
      t.db,
      token,
      1,
      input(0, {
        [`clause.${c1!.id}.position`]: "CANNOT_LIVE_WITH",
        [`clause.${c1!.id}.reason`]: "Too <b>vague</b>",
        [`clause.${c1!.id}.suggestion`]: c1!.text,
        [`clause.${c2!.id}.suggestion`]: "Better wording.",
        generalComments: "# not a heading",
      }),
    );
    expect(result).toMatchObject({ status: "saved", response: { revision: 1, state: "DRAFT" } });
    const { response } = await page(token);
    expect(response).toMatchObject({ revision: 1, state: "DRAFT", submittedAt: null });
    expect(response!.clause[c1!.id]).toEqual({
      position: "CANNOT_LIVE_WITH",
      reason: "Too <b>vague</b>",
      suggestion: "",
      rating: null,
    });
    expect(response!.clause[c2!.id]!.suggestion).toBe("Better wording.");
    expect(response!.generalComments).toBe("# not a heading");
    // Another expert sees nothing of it.
    expect((await page(f.members[1]!.token)).response).toBeNull();
  });

  it("detects two saves from the same starting revision and returns both versions", async () => {
    const f = await createOpenRound(t.db);
    const token = f.members[0]!.token;
    const tabA = await saveResponseDraft(t.db, token, 1, input(0, { generalComments: "tab A" }));
    expect(tabA.status).toBe("saved");
    const tabB = await saveResponseDraft(t.db, token, 1, input(0, { generalComments: "tab B" }));
    expect(tabB).toMatchObject({
      status: "conflict",
      theirs: { revision: 1, generalComments: "tab A" },
      mine: { generalComments: "tab B" },
    });
    expect((await page(token)).response).toMatchObject({ revision: 1, generalComments: "tab A" });
    // "Keep mine and overwrite" is a save from the revision it was shown.
    const overwrite = await saveResponseDraft(
      t.db,
      token,
      1,
      input(1, { generalComments: "tab B" }),
    );
    expect(overwrite).toMatchObject({ status: "saved", response: { revision: 2 } });
  });

  it("treats a retry of the same content as saved, whatever revision it carries", async () => {
    const f = await createOpenRound(t.db);
    const token = f.members[0]!.token;
    await saveResponseDraft(t.db, token, 1, input(0, { generalComments: "same" }));
    const retry = await saveResponseDraft(t.db, token, 1, input(0, { generalComments: "same" }));
    expect(retry).toMatchObject({ status: "saved", response: { revision: 1 } });
  });
});

describe("submitting", () => {
  it("requires a reason for 'cannot live with' on submit, not in a draft", async () => {
    const f = await createOpenRound(t.db);
    const c = f.clauses[0]!.id;
    const values = {
      [`clause.${c}.position`]: "CANNOT_LIVE_WITH",
      overallPosition: "CAN_LIVE_WITH",
    };
    const parsed = responseSchema.safeParse({ revision: "0", intent: "submit", ...values });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]).toMatchObject({
      path: ["clause", c, "reason"],
      message: "validation.reasonRequired",
    });
    // The lib refuses it too, whatever the caller parsed.
    await expect(
      submitResponse(t.db, f.members[0]!.token, 1, input(0, values)),
    ).rejects.toMatchObject({ code: "INVALID", field: `clause.${c}.reason` });
    const draft = await saveResponseDraft(t.db, f.members[0]!.token, 1, input(0, values));
    expect(draft.status).toBe("saved");
  });

  it("is idempotent: five concurrent submits of one payload leave one submitted row", async () => {
    const f = await createOpenRound(t.db);
    const token = f.members[0]!.token;
    const payload = input(0, { overallPosition: "CAN_LIVE_WITH", generalComments: "ok" }, "submit");
    const results = await Promise.all(
      Array.from({ length: 5 }, () => submitResponse(t.db, token, 1, payload)),
    );
    expect(results.every((r) => r.status === "saved")).toBe(true);
    const rows = await t.db.response.findMany({
      where: { roundId: f.roundId },
      select: { state: true, revision: true, submittedAt: true },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ state: "SUBMITTED", revision: 1 });
    expect(
      await t.db.auditEvent.count({ where: { studyId: f.studyId, action: "response.submitted" } }),
    ).toBe(1);
  });

  it("editing after a submission makes a draft until resubmitted, keeping the submission date", async () => {
    const f = await createOpenRound(t.db);
    const token = f.members[0]!.token;
    const sent = await submitResponse(
      t.db,
      token,
      1,
      input(0, { overallPosition: "CAN_LIVE_WITH" }, "submit"),
    );
    if (sent.status !== "saved") throw new Error("expected saved");
    const changed = await saveResponseDraft(
      t.db,
      token,
      1,
      input(1, { overallPosition: "CANNOT_LIVE_WITH" }),
    );
    expect(changed).toMatchObject({
      status: "saved",
      response: { state: "DRAFT", revision: 2, submittedAt: sent.response.submittedAt },
    });
    const again = await submitResponse(
      t.db,
      token,
      1,
      input(2, { overallPosition: "CANNOT_LIVE_WITH" }, "submit"),
    );
    expect(again).toMatchObject({ status: "saved", response: { state: "SUBMITTED", revision: 3 } });
  });
});

// Issue 16: an autosave after submitting used to turn the response back into a draft, so an
// expert who submitted, changed a word and closed the tab silently dropped out of the results.
async function seatedRound() {
  const f = await createOpenRound(t.db, { clauses: 2 });
  await t.db.roundParticipation.createMany({
    data: f.members.map((m) => ({ roundId: f.roundId, panelMemberId: m.id })),
  });
  return f;
}

async function progressOf(f: Awaited<ReturnType<typeof seatedRound>>, memberId: string) {
  const asOwner = await asMember(t.db, f.ownerId, f.studyId);
  const dashboard = await getRoundDashboard(t.db, asOwner, 1);
  return {
    counts: dashboard.counts,
    progress: dashboard.experts.find((e) => e.id === memberId)?.progress,
  };
}

describe("a submitted answer after later edits", () => {
  it("stays counted until resubmitted, with the changes kept as a draft beside it", async () => {
    const f = await seatedRound();
    const [expert] = f.members;
    const c1 = f.clauses[0]!.id;
    const submitted = await submitResponse(
      t.db,
      expert!.token,
      1,
      input(
        0,
        { overallPosition: "CAN_LIVE_WITH", [`clause.${c1}.position`]: "CAN_LIVE_WITH" },
        "submit",
      ),
    );
    if (submitted.status !== "saved") throw new Error("expected saved");
    const submittedAt = submitted.response.submittedAt;
    expect(submittedAt).not.toBeNull();

    // Later: the expert changes their mind, autosave stores it, they close the tab.
    const edited = await saveResponseDraft(
      t.db,
      expert!.token,
      1,
      input(1, {
        overallPosition: "CANNOT_LIVE_WITH",
        [`clause.${c1}.position`]: "CANNOT_LIVE_WITH",
        [`clause.${c1}.reason`]: "Second thoughts",
      }),
    );
    expect(edited).toMatchObject({
      status: "saved",
      response: { state: "DRAFT", revision: 2, submittedAt, overallPosition: "CANNOT_LIVE_WITH" },
    });

    // Results count the submitted answer, not the draft.
    const totals = await tallyResponses(t.db, f.roundId);
    expect(totals.respondents).toBe(1);
    expect(totals.overall).toEqual({ canLiveWith: 1, cannotLiveWith: 0 });
    const clauses = await tallyClauses(t.db, f.roundId);
    expect(clauses.get(c1)).toMatchObject({ canLiveWith: 1, cannotLiveWith: 0 });
    // The dashboard shows it counted, with changes not submitted.
    expect(await progressOf(f, expert!.id)).toEqual({
      counts: { submitted: 1, draft: 0, notStarted: 1, total: 2 },
      progress: "CHANGED",
    });
    // The facilitator's answers page shows the submitted answer, flagged.
    const asOwner = await asMember(t.db, f.ownerId, f.studyId);
    const listed = await listRoundResponses(t.db, asOwner, 1);
    expect(listed.responses[0]).toMatchObject({
      state: "SUBMITTED",
      overallPosition: "CAN_LIVE_WITH",
    });
    expect(listed.responses[0]!.draftSavedAt).not.toBeNull();
    // The expert's page reopens on their changes, with the date of the answer that counts.
    const page = await getResponsePage(t.db, expert!.token, 1);
    if (page?.kind !== "answer") throw new Error("expected the answer page");
    expect(page.response).toMatchObject({
      state: "DRAFT",
      submittedAt,
      overallPosition: "CANNOT_LIVE_WITH",
      clause: { [c1]: { position: "CANNOT_LIVE_WITH", reason: "Second thoughts" } },
    });

    // Resubmitting replaces the counted answer and clears the pending changes.
    const again = await submitResponse(
      t.db,
      expert!.token,
      1,
      input(
        2,
        {
          overallPosition: "CANNOT_LIVE_WITH",
          [`clause.${c1}.position`]: "CANNOT_LIVE_WITH",
          [`clause.${c1}.reason`]: "Second thoughts",
        },
        "submit",
      ),
    );
    expect(again).toMatchObject({ status: "saved", response: { state: "SUBMITTED", revision: 3 } });
    expect((await tallyResponses(t.db, f.roundId)).overall).toEqual({
      canLiveWith: 0,
      cannotLiveWith: 1,
    });
    expect((await tallyClauses(t.db, f.roundId)).get(c1)).toMatchObject({ cannotLiveWith: 1 });
    expect((await progressOf(f, expert!.id)).progress).toBe("SUBMITTED");
    const row = await t.db.response.findFirstOrThrow({
      where: { roundId: f.roundId },
      select: { draft: true, draftSavedAt: true },
    });
    expect(row).toEqual({ draft: null, draftSavedAt: null });
  });

  it("has no pending changes once a draft is back to the submitted answer", async () => {
    const f = await seatedRound();
    const token = f.members[0]!.token;
    await submitResponse(t.db, token, 1, input(0, { overallPosition: "CAN_LIVE_WITH" }, "submit"));
    await saveResponseDraft(t.db, token, 1, input(1, { overallPosition: "CANNOT_LIVE_WITH" }));
    expect((await progressOf(f, f.members[0]!.id)).progress).toBe("CHANGED");
    const back = await saveResponseDraft(
      t.db,
      token,
      1,
      input(2, { overallPosition: "CAN_LIVE_WITH" }),
    );
    expect(back).toMatchObject({ status: "saved", response: { state: "SUBMITTED", revision: 3 } });
    expect((await progressOf(f, f.members[0]!.id)).progress).toBe("SUBMITTED");
  });

  it("never shows one expert's pending changes to another", async () => {
    const f = await seatedRound();
    const [a, b] = f.members;
    await submitResponse(
      t.db,
      a!.token,
      1,
      input(0, { overallPosition: "CAN_LIVE_WITH" }, "submit"),
    );
    await saveResponseDraft(t.db, a!.token, 1, input(1, { generalComments: "private change" }));
    const page = await getResponsePage(t.db, b!.token, 1);
    if (page?.kind !== "answer") throw new Error("expected the answer page");
    expect(page.response).toBeNull();
  });
});
