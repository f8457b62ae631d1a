import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formDataToObject } from "@/lib/forms/form-state.ts";
import { tallyResponses } from "@/lib/consensus/internal/round-tallies.ts";
import { createOpenRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { getResponsePage } from "./get-response-page.ts";
import { saveResponseDraft } from "./save-response-draft.ts";
import { responseSchema } from "./schemas.ts";
import { submitResponse } from "./submit-response.ts";

// Issue 13, bug 1: browsers send a textarea's line breaks as CRLF, so an untouched,
// pre-filled "suggested rewording" box on a multi-paragraph text came back different from
// the stored wording and was counted as a suggestion. Both form paths parse the same
// FormData: the autosave endpoint (drafts, with JavaScript) and the form's POST (submit,
// also without JavaScript).

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const crlf = (text: string) => text.replace(/\n/g, "\r\n");

/** The form as a browser posts it: every box pre-filled with the wording, in CRLF. */
function browserForm(
  fields: { explanatoryText: string; clauses: { id: string; text: string }[] },
  intent: "save" | "submit",
  revision = 0,
): FormData {
  const form = new FormData();
  form.set("revision", String(revision));
  form.set("intent", intent);
  form.set("text.position", "CAN_LIVE_WITH");
  form.set("text.reason", "");
  form.set("text.suggestion", crlf(fields.explanatoryText));
  for (const c of fields.clauses) {
    form.set(`clause.${c.id}.position`, "CAN_LIVE_WITH");
    form.set(`clause.${c.id}.reason`, "");
    form.set(`clause.${c.id}.suggestion`, crlf(c.text));
  }
  form.set("overallPosition", "CAN_LIVE_WITH");
  form.set("generalComments", "First line.\r\nSecond line.\rThird line.");
  return form;
}

async function roundWithParagraphs() {
  const f = await createOpenRound(t.db, { experts: 3 });
  const explanatoryText = "First paragraph.\n\nSecond paragraph,\nwith a line break.";
  await t.db.version.update({ where: { id: f.versionId }, data: { explanatoryText } });
  const clauseText = "Lends tools\nto members.";
  await t.db.clauseVersion.update({ where: { id: f.clauses[0]!.id }, data: { text: clauseText } });
  const clauses = f.clauses.map((c, i) => ({ id: c.id, text: i === 0 ? clauseText : c.text }));
  return { ...f, explanatoryText, clauseTexts: clauses };
}

describe("line endings from the browser", () => {
  it("are LF once past the form boundary, CRLF and lone CR alike", () => {
    const form = new FormData();
    form.set("a", "one\r\ntwo\rthree\nfour");
    form.set("$ACTION_ID_x", "ignored");
    expect(formDataToObject(form)).toEqual({ a: "one\ntwo\nthree\nfour" });
  });

  it("leave an untouched multi-paragraph box no suggestion, on both form paths", async () => {
    const f = await roundWithParagraphs();
    const fields = { explanatoryText: f.explanatoryText, clauses: f.clauseTexts };
    const parse = (form: FormData) => responseSchema.parse(formDataToObject(form));

    // With JavaScript: the autosave endpoint saves a draft from the form's FormData.
    const draft = await saveResponseDraft(
      t.db,
      f.members[0]!.token,
      1,
      parse(browserForm(fields, "save")),
    );
    expect(draft.status).toBe("saved");
    // Without (or with) JavaScript: the form's POST submits.
    for (const member of f.members.slice(1)) {
      const sent = await submitResponse(
        t.db,
        member.token,
        1,
        parse(browserForm(fields, "submit")),
      );
      expect(sent).toMatchObject({ status: "saved", response: { state: "SUBMITTED" } });
    }

    for (const member of f.members) {
      const page = await getResponsePage(t.db, member.token, 1);
      if (page?.kind !== "answer") throw new Error("expected the answer page");
      expect(page.response!.text.suggestion).toBe("");
      for (const c of f.clauseTexts) expect(page.response!.clause[c.id]!.suggestion).toBe("");
      expect(page.response!.generalComments).toBe("First line.\nSecond line.\nThird line.");
    }
    const stored = await t.db.clauseResponse.count({
      where: { response: { roundId: f.roundId }, suggestion: { not: "" } },
    });
    expect(stored).toBe(0);
    expect((await tallyResponses(t.db, f.roundId)).text.suggestions).toBe(0);
  });

  it("keep a real rewording, with its line breaks as LF", async () => {
    const f = await roundWithParagraphs();
    const form = browserForm(
      { explanatoryText: f.explanatoryText, clauses: f.clauseTexts },
      "submit",
    );
    form.set("text.suggestion", "First paragraph.\r\n\r\nA better second paragraph.");
    await submitResponse(
      t.db,
      f.members[0]!.token,
      1,
      responseSchema.parse(formDataToObject(form)),
    );
    const row = await t.db.response.findFirstOrThrow({
      where: { roundId: f.roundId },
      select: { textSuggestion: true },
    });
    expect(row.textSuggestion).toBe("First paragraph.\n\nA better second paragraph.");
    expect((await tallyResponses(t.db, f.roundId)).text.suggestions).toBe(1);
  });
});
