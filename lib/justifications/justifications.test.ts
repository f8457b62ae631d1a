import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asMember } from "@/test/support/access.ts";
import { addMember } from "@/test/support/fixtures.ts";
import { writeResponse } from "@/test/support/results-fixtures.ts";
import { createOpenRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { openRound } from "@/lib/rounds/open-round.ts";
import { createNextVersion } from "@/lib/versions/create-next-version.ts";
import { getVersionForEditing } from "@/lib/versions/get-version-for-editing.ts";
import { hashText } from "@/lib/versions/hash-text.ts";
import { splitClause } from "@/lib/versions/split-clause.ts";
import { updateClause } from "@/lib/versions/update-clause.ts";
import { getJustificationWorkspace } from "./get-justification-workspace.ts";
import { computeRoundResults } from "@/lib/consensus/internal/compute-round-results.ts";
import { composeSummary } from "@/lib/summaries/compose-summary.ts";
import { getJustifiedChanges } from "./get-justified-changes.ts";
import { saveJustification } from "./save-justification.ts";
import { citedLinks, saveJustificationsSchema } from "./schemas.ts";
import { fieldErrorsFromZod } from "@/lib/forms/form-state.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const DAY = 86_400_000;
const openInput = () => ({
  closesAt: new Date(Date.now() + 7 * DAY),
  reminderDays: [1],
  collectRatings: false,
});

describe("justifying version 2", () => {
  it("owes a reason for each change and each contested unchanged clause before the round", async () => {
    // Four experts submit: clause 2 is contested (3 of 4 cannot live with it). A fifth
    // expert's unsent draft must never be citable.
    const r = await createOpenRound(t.db, { experts: 5, clauses: 3 });
    const [c1, c2, c3] = r.clauses;
    for (const [i, member] of r.members.entries()) {
      await writeResponse(t.db, {
        roundId: r.roundId,
        panelMemberId: member.id,
        state: i === 4 ? "DRAFT" : "SUBMITTED",
        clauses: [
          {
            clauseVersionId: c1!.id,
            answer: { position: i === 4 ? "CANNOT_LIVE_WITH" : "CAN_LIVE_WITH" },
          },
          {
            clauseVersionId: c2!.id,
            answer: { position: i === 0 ? "CAN_LIVE_WITH" : "CANNOT_LIVE_WITH" },
          },
          { clauseVersionId: c3!.id, answer: { position: "CAN_LIVE_WITH" } },
        ],
      });
    }
    await t.db.round.update({ where: { id: r.roundId }, data: { state: "CLOSED" } });
    const owner = await t.db.membership.findFirstOrThrow({ where: { studyId: r.studyId } });
    const studyId = r.studyId;
    const asOwner = await asMember(t.db, owner.userId, studyId);
    await createNextVersion(t.db, asOwner);

    let ws = await getJustificationWorkspace(t.db, asOwner);
    expect(ws!.round!.number).toBe(1);
    expect(ws!.targets.map((x) => [x.kind, x.from, x.contested, x.required])).toEqual([
      ["UNCHANGED", [2], true, true],
    ]);
    // Three reasons on clause 2, none from the unsent draft on clause 1.
    expect(ws!.feedback.map((f) => f.on.kind === "clause" && f.on.number)).toEqual([2, 2, 2]);
    await expect(openRound(t.db, asOwner, openInput())).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "justify.errors.missing",
      values: { number: 2, count: 1 },
    });

    const draft = await getVersionForEditing(t.db, asOwner);
    await updateClause(t.db, asOwner, {
      clauseVersionId: draft.clauses[0]!.id,
      baseHash: draft.clauses[0]!.textHash,
      text: "Clause one, clearer.",
    });
    ws = await getJustificationWorkspace(t.db, asOwner);
    expect(ws!.targets.map((x) => [x.kind, x.to])).toEqual([
      ["EDITED", [1]],
      ["UNCHANGED", [2]],
    ]);
    const [edited, contested] = ws!.targets;
    const reasons = ws!.feedback;
    const base = { versionId: draft.id, changeClass: "EDITORIAL" as const };

    // Feedback on clause 2 cannot be cited for clause 1; nor can a draft, nor another study's.
    await expect(
      saveJustification(t.db, asOwner, {
        ...base,
        target: edited!.key,
        justification: "Clearer.",
        links: [{ item: reasons[0]!.id, disposition: "ACCEPTED" }],
      }),
    ).rejects.toMatchObject({ messageKey: "justify.errors.feedbackNotCitable" });
    const draftItem = await t.db.clauseResponse.findFirstOrThrow({
      where: { response: { state: "DRAFT", roundId: r.roundId } },
    });
    await expect(
      saveJustification(t.db, asOwner, {
        ...base,
        target: contested!.key,
        justification: "Kept.",
        links: [
          { item: `${draftItem.responseId}:${draftItem.clauseVersionId}`, disposition: "DECLINED" },
        ],
      }),
    ).rejects.toMatchObject({ messageKey: "justify.errors.feedbackNotCitable" });
    const observer = await addMember(t.db, studyId, "OBSERVER");
    const one = { ...base, target: edited!.key, justification: "Clearer.", links: [] };
    const asObserver = await asMember(t.db, observer.id, studyId);
    await expect(saveJustification(t.db, asObserver, one)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // An owner of another study gets no access to this one.
    const stranger = await addMember(t.db, (await createOpenRound(t.db)).studyId, "OWNER");
    await expect(asMember(t.db, stranger.id, studyId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    await saveJustification(t.db, asOwner, one);
    const links = reasons.map((f, i) => ({
      item: f.id,
      disposition: i === 0 ? ("PARTLY_ACCEPTED" as const) : ("DECLINED" as const),
    }));
    const kept = { ...base, changeClass: "SUBSTANTIVE" as const, target: contested!.key, links };
    await saveJustification(t.db, asOwner, { ...kept, justification: "First try." });
    await saveJustification(t.db, asOwner, { ...kept, justification: "Kept: see summary." });

    ws = await getJustificationWorkspace(t.db, asOwner);
    expect(ws!.targets.map((x) => x.justification?.text)).toEqual([
      "Clearer.",
      "Kept: see summary.",
    ]);
    expect(ws!.targets[1]!.justification!.links).toHaveLength(3);
    // Saving again replaced the justification rather than adding one.
    expect(await t.db.changeJustification.count({ where: { versionId: draft.id } })).toBe(2);

    // The list that goes into round 1's summary.
    expect(await getJustifiedChanges(t.db, asOwner, 1)).toEqual({
      version: 2,
      items: [
        {
          heading: "Clause 1: reworded (was clause 1)",
          changeClass: "EDITORIAL",
          text: "Clearer.",
        },
        {
          heading: "Clause 2: unchanged",
          changeClass: "SUBSTANTIVE",
          text: "Kept: see summary.",
        },
      ],
    });
    const summary = composeSummary({
      body: "Thanks.",
      quotations: [],
      results: await computeRoundResults(t.db, studyId, 1),
      changes: await getJustifiedChanges(t.db, asOwner, 1),
      shuffle: false,
    });
    expect(summary).toContain(
      "## What changes in version 2, and why\n\n- **Clause 1: reworded (was clause 1)** (editorial): Clearer.\n- **Clause 2: unchanged** (substantive): Kept: see summary.",
    );

    await openRound(t.db, asOwner, openInput());
    // Locked with the version: justifications are final once the panel has it.
    await expect(
      saveJustification(t.db, asOwner, { ...one, justification: "Changed my mind." }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("reads every change of the page's one form, with shared and own dispositions", () => {
    const parsed = saveJustificationsSchema.parse({
      versionId: "v",
      "j.text.base": "",
      "j.text.changeClass": "EDITORIAL",
      "j.text.justification": " Why \r\n it changed ",
      "j.text.disposition": "ACCEPTED",
      "j.text.cite.r1:text": "on",
      "j.text.as.r1:text": "",
      "j.text.cite.r2:comments": "on",
      "j.text.as.r2:comments": "DECLINED",
      "j.text.as.r3:text": "OUT_OF_SCOPE",
      "j.cv2.justification": "",
      "j.cv2.disposition": "",
    });
    expect(parsed.targets.text!.justification).toBe("Why \n it changed");
    expect(citedLinks(parsed.targets.text!)).toEqual([
      { item: "r1:text", disposition: "ACCEPTED" },
      { item: "r2:comments", disposition: "DECLINED" },
    ]);
    expect(parsed.targets.cv2).toMatchObject({ justification: "", cited: [] });
    const refused = (values: Record<string, string>) =>
      saveJustificationsSchema.safeParse({ versionId: "v", ...values });
    // An unknown disposition, a name the form never uses, ticks without a text, ticks
    // without any disposition: all refused, each on the field to mend.
    expect(refused({ "j.text.disposition": "MAYBE" }).success).toBe(false);
    expect(refused({ "j.text.extra": "x" }).success).toBe(false);
    const errors = (values: Record<string, string>) => {
      const r = refused(values);
      return r.success ? {} : fieldErrorsFromZod(r.error);
    };
    expect(errors({ "j.a.cite.r1:text": "on", "j.a.disposition": "ACCEPTED" })).toEqual({
      "targets.a.justification": { key: "justify.errors.citedWithoutText" },
    });
    expect(errors({ "j.a.cite.r1:text": "on", "j.a.justification": "Why." })).toEqual({
      "targets.a.disposition": { key: "justify.errors.dispositionRequired" },
    });
  });

  it("asks again when a justified change becomes another kind of change", async () => {
    const r = await createOpenRound(t.db, { clauses: 2 });
    const studyId = r.studyId;
    await t.db.round.update({ where: { id: r.roundId }, data: { state: "CLOSED" } });
    const owner = await t.db.membership.findFirstOrThrow({ where: { studyId } });
    const asOwner = await asMember(t.db, owner.userId, studyId);
    await createNextVersion(t.db, asOwner);
    const draft = await getVersionForEditing(t.db, asOwner);
    const first = draft.clauses[0]!;
    await updateClause(t.db, asOwner, {
      clauseVersionId: first.id,
      baseHash: first.textHash,
      text: "Reworded.",
    });
    await saveJustification(t.db, asOwner, {
      versionId: draft.id,
      target: first.id,
      changeClass: "EDITORIAL",
      justification: "Clearer.",
      links: [],
    });
    let ws = await getJustificationWorkspace(t.db, asOwner);
    expect(ws!.targets.map((x) => [x.kind, x.justification?.text])).toEqual([
      ["EDITED", "Clearer."],
    ]);
    await splitClause(t.db, asOwner, {
      clauseVersionId: first.id,
      baseHash: hashText("Reworded."),
      first: "Part one.",
      second: "Part two.",
    });
    ws = await getJustificationWorkspace(t.db, asOwner);
    expect(ws!.targets.map((x) => [x.kind, x.to, x.justification])).toEqual([
      ["SPLIT", [1, 2], null],
    ]);
  });
});
