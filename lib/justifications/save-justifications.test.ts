import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asMember } from "@/test/support/access.ts";
import { writeResponse } from "@/test/support/results-fixtures.ts";
import { createOpenRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { createNextVersion } from "@/lib/versions/create-next-version.ts";
import { getVersionForEditing } from "@/lib/versions/get-version-for-editing.ts";
import { updateClause } from "@/lib/versions/update-clause.ts";
import { updateExplanatoryText } from "@/lib/versions/update-explanatory-text.ts";
import { citableFeedback } from "./feedback-items.ts";
import { justificationFingerprint } from "./fingerprint.ts";
import { getJustificationWorkspace } from "./get-justification-workspace.ts";
import { saveJustifications } from "./save-justification.ts";
import { saveJustificationsSchema } from "./schemas.ts";

// Issue 13, parts 6 and 8: a justification may cite feedback on the explanatory text, the
// text as a whole and general comments, not only clause feedback; the justify page saves
// every change in one go, with one disposition for many ticked items.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

type Member = { id: string; token: string };

/** Round 1 closed with feedback on every kind of part, version 2 drafted with two changes. */
async function studyWithFeedback() {
  const r = await createOpenRound(t.db, { experts: 4, clauses: 3 });
  const [c1, c2, c3] = r.clauses as [
    (typeof r.clauses)[0],
    (typeof r.clauses)[0],
    (typeof r.clauses)[0],
  ];
  const can = { position: "CAN_LIVE_WITH" as const };
  const cannot = { position: "CANNOT_LIVE_WITH" as const };
  const [e0, e1, e2, e3] = r.members as [Member, Member, Member, Member];
  const ids = {
    e0: await writeResponse(t.db, {
      roundId: r.roundId,
      panelMemberId: e0.id,
      state: "SUBMITTED",
      text: { ...cannot, reason: "The text is too long." },
      overall: "CAN_LIVE_WITH",
      comments: "Thank you for the careful work.",
      clauses: [
        { clauseVersionId: c1.id, answer: cannot },
        { clauseVersionId: c2.id, answer: can },
        { clauseVersionId: c3.id, answer: can },
      ],
    }),
    e1: await writeResponse(t.db, {
      roundId: r.roundId,
      panelMemberId: e1.id,
      state: "SUBMITTED",
      overall: "CAN_LIVE_WITH",
      clauses: [
        { clauseVersionId: c1.id, answer: { ...can, suggestion: "Clause 1, shorter." } },
        { clauseVersionId: c2.id, answer: cannot },
        { clauseVersionId: c3.id, answer: can },
      ],
    }),
    e2: await writeResponse(t.db, {
      roundId: r.roundId,
      panelMemberId: e2.id,
      state: "SUBMITTED",
      overall: "CANNOT_LIVE_WITH",
      comments: "The whole is too vague.",
      clauses: [],
    }),
  };
  // An unsent draft: never citable.
  await writeResponse(t.db, {
    roundId: r.roundId,
    panelMemberId: e3.id,
    state: "DRAFT",
    text: { ...cannot, reason: "Draft only." },
    comments: "Draft comment.",
    clauses: [],
  });
  await t.db.round.update({ where: { id: r.roundId }, data: { state: "CLOSED" } });
  const owner = await t.db.membership.findFirstOrThrow({ where: { studyId: r.studyId } });
  const asOwner = await asMember(t.db, owner.userId, r.studyId);
  await createNextVersion(t.db, asOwner);
  const draft = await getVersionForEditing(t.db, asOwner);
  await updateExplanatoryText(t.db, asOwner, {
    versionId: draft.id,
    baseHash: draft.textHash,
    explanatoryText: "Shorter context.",
  });
  await updateClause(t.db, asOwner, {
    clauseVersionId: draft.clauses[0]!.id,
    baseHash: draft.clauses[0]!.textHash,
    text: "Clause 1, shorter.",
  });
  return { ...r, asOwner, versionId: draft.id, ids, c1, c2 };
}

describe("citing feedback", () => {
  it("offers the explanatory text's feedback first for the text, and general feedback to every change", async () => {
    const s = await studyWithFeedback();
    const ws = (await getJustificationWorkspace(t.db, s.asOwner))!;
    const describe = (items: typeof ws.feedback) =>
      items.map(
        (f) =>
          `${f.on.kind === "clause" ? `clause ${f.on.number}` : f.on.kind}: ${f.reason || f.suggestion}`,
      );
    const [text, clause1, clause2] = ws.targets;
    expect(text!.key).toBe("text");
    expect(describe(citableFeedback(ws.feedback, text!))).toEqual([
      "text: The text is too long.",
      "whole: Thank you for the careful work.",
      "whole: The whole is too vague.",
      "clause 1: Because.",
      "clause 1: Clause 1, shorter.",
      "clause 2: Because.",
    ]);
    // Clause 1's own feedback, then the general feedback; not clause 2's, not the draft's.
    expect(clause1!.kind).toBe("EDITED");
    expect(describe(citableFeedback(ws.feedback, clause1!))).toEqual([
      "clause 1: Because.",
      "clause 1: Clause 1, shorter.",
      "text: The text is too long.",
      "whole: Thank you for the careful work.",
      "whole: The whole is too vague.",
    ]);
    // Clause 2 was contested (1 of 2 cannot live with it at 75%) and stayed.
    expect(clause2).toMatchObject({ kind: "UNCHANGED", contested: true, required: true });
  });
});

describe("the justify page's one save", () => {
  it("justifies several changes at once, ticked items sharing one disposition", async () => {
    const s = await studyWithFeedback();
    const ws = (await getJustificationWorkspace(t.db, s.asOwner))!;
    const c1Key = ws.targets[1]!.key;
    const form = (extra: Record<string, string>) =>
      saveJustificationsSchema.parse({ versionId: s.versionId, ...extra });
    const first = form({
      "j.text.base": "",
      "j.text.justification": "Shorter, as asked.",
      "j.text.changeClass": "EDITORIAL",
      "j.text.disposition": "ACCEPTED",
      [`j.text.cite.${s.ids.e0}:text`]: "on",
      [`j.text.cite.${s.ids.e2}:comments`]: "on",
      [`j.text.as.${s.ids.e2}:comments`]: "OUT_OF_SCOPE",
      [`j.${c1Key}.base`]: "",
      [`j.${c1Key}.justification`]: "The suggested wording, taken as is.",
      [`j.${c1Key}.disposition`]: "ACCEPTED",
      [`j.${c1Key}.cite.${s.ids.e1}:${s.c1.id}`]: "on",
      [`j.${c1Key}.cite.${s.ids.e0}:comments`]: "on",
    });
    expect(await saveJustifications(t.db, s.asOwner, first)).toEqual({ saved: 2, cleared: 0 });
    let after = (await getJustificationWorkspace(t.db, s.asOwner))!;
    const [text, clause1, clause2] = after.targets;
    expect(text!.justification).toMatchObject({
      text: "Shorter, as asked.",
      changeClass: "EDITORIAL",
    });
    expect(text!.justification!.links.sort((a, b) => a.item.localeCompare(b.item))).toEqual(
      [
        { item: `${s.ids.e0}:text`, disposition: "ACCEPTED" },
        { item: `${s.ids.e2}:comments`, disposition: "OUT_OF_SCOPE" },
      ].sort((a, b) => a.item.localeCompare(b.item)),
    );
    expect(clause1!.justification!.links).toHaveLength(2);
    expect(clause2!.justification).toBeNull();

    // The same form again changes nothing; a form loaded before someone else's save is
    // refused on that change, and nothing of it is written.
    expect(await saveJustifications(t.db, s.asOwner, first)).toEqual({ saved: 0, cleared: 0 });
    const stale = form({ "j.text.base": "", "j.text.justification": "Another reason." });
    await expect(saveJustifications(t.db, s.asOwner, stale)).rejects.toMatchObject({
      code: "CONFLICT",
      field: "targets.text.justification",
      messageKey: "justify.errors.changedMeanwhile",
    });

    // A page loaded before clause 1 was justified, its clause-1 fields untouched: left alone.
    const untouched = form({ [`j.${c1Key}.base`]: "", [`j.${c1Key}.justification`]: "" });
    expect(await saveJustifications(t.db, s.asOwner, untouched)).toEqual({ saved: 0, cleared: 0 });
    // A refused save stays refused on a retry (the form keeps what it was loaded with).
    await expect(saveJustifications(t.db, s.asOwner, stale)).rejects.toMatchObject({
      messageKey: "justify.errors.changedMeanwhile",
    });

    // Emptying a change's text (from the current state) removes its justification.
    const cleared = form({
      [`j.${c1Key}.base`]: justificationFingerprint(clause1!.justification),
      [`j.${c1Key}.justification`]: "",
    });
    expect(await saveJustifications(t.db, s.asOwner, cleared)).toEqual({ saved: 0, cleared: 1 });
    after = (await getJustificationWorkspace(t.db, s.asOwner))!;
    expect(after.targets[1]!.justification).toBeNull();
    expect(after.targets[0]!.justification!.text).toBe("Shorter, as asked.");
  });

  it("refuses feedback a change may not cite, and a draft's", async () => {
    const s = await studyWithFeedback();
    const ws = (await getJustificationWorkspace(t.db, s.asOwner))!;
    const c1Key = ws.targets[1]!.key;
    const draft = await t.db.response.findFirstOrThrow({
      where: { roundId: s.roundId, state: "DRAFT" },
      select: { id: true },
    });
    for (const item of [`${s.ids.e1}:${s.c2.id}`, `${draft.id}:text`, `${draft.id}:comments`]) {
      const input = saveJustificationsSchema.parse({
        versionId: s.versionId,
        [`j.${c1Key}.justification`]: "Why.",
        [`j.${c1Key}.disposition`]: "DECLINED",
        [`j.${c1Key}.cite.${item}`]: "on",
      });
      await expect(saveJustifications(t.db, s.asOwner, input)).rejects.toMatchObject({
        messageKey: "justify.errors.feedbackNotCitable",
      });
    }
    expect(await t.db.changeJustification.count({ where: { versionId: s.versionId } })).toBe(0);
  });

  it("says the version can go to the next round, or be published when the last planned round is done", async () => {
    const s = await studyWithFeedback();
    await t.db.study.update({ where: { id: s.studyId }, data: { plannedRounds: 3 } });
    expect((await getJustificationWorkspace(t.db, s.asOwner))!.afterLastPlannedRound).toBe(false);
    await t.db.study.update({ where: { id: s.studyId }, data: { plannedRounds: 1 } });
    expect((await getJustificationWorkspace(t.db, s.asOwner))!.afterLastPlannedRound).toBe(true);
  });
});
