import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { responseSchema } from "@/lib/responses/schemas.ts";
import { saveResponseDraft } from "@/lib/responses/save-response-draft.ts";
import { submitResponse } from "@/lib/responses/submit-response.ts";
import { createOpenRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { getExpertLanding } from "./get-expert-landing.ts";

// The expert's page reads its state from what is stored: their answers in the open round,
// the rounds closed, the study's status. Each expert sees their own state only.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const stageOf = async (token: string) => (await getExpertLanding(t.db, token))!.stage;
const answers = (revision: number, intent: "save" | "submit", comments = "") =>
  responseSchema.parse({
    revision: String(revision),
    intent,
    overallPosition: "CAN_LIVE_WITH",
    generalComments: comments,
  });

describe("the expert's page through a study", () => {
  it("follows each expert's own answers, then the rounds and the study", async () => {
    const f = await createOpenRound(t.db, { experts: 3 });
    const [drafter, submitter, silent] = f.members as [
      (typeof f.members)[0],
      (typeof f.members)[0],
      (typeof f.members)[0],
    ];
    expect(await stageOf(silent.token)).toMatchObject({ kind: "roundOpen", answer: "none" });

    await saveResponseDraft(t.db, drafter.token, 1, answers(0, "save"));
    expect(await stageOf(drafter.token)).toMatchObject({ kind: "roundOpen", answer: "draft" });

    await submitResponse(t.db, submitter.token, 1, answers(0, "submit"));
    const submitted = await stageOf(submitter.token);
    expect(submitted).toMatchObject({ kind: "roundOpen", answer: "submitted" });
    expect(submitted.kind === "roundOpen" && submitted.submittedAt).toBeInstanceOf(Date);
    // Another expert's answers change nothing on this one's page.
    expect(await stageOf(silent.token)).toMatchObject({ kind: "roundOpen", answer: "none" });

    await saveResponseDraft(t.db, submitter.token, 1, answers(1, "save", "Second thoughts."));
    expect(await stageOf(submitter.token)).toMatchObject({ kind: "roundOpen", answer: "changed" });
    await submitResponse(t.db, submitter.token, 1, answers(2, "submit", "Second thoughts."));
    expect(await stageOf(submitter.token)).toMatchObject({
      kind: "roundOpen",
      answer: "submitted",
    });

    await t.db.round.update({
      where: { id: f.roundId },
      data: { state: "CLOSED", closedAt: new Date() },
    });
    expect(await stageOf(silent.token)).toEqual({ kind: "betweenRounds", lastClosedRound: 1 });

    const study = await t.db.study.update({
      where: { id: f.studyId },
      data: { status: "PUBLISHED", publishedAt: new Date() },
      select: { slug: true },
    });
    expect(await stageOf(silent.token)).toEqual({ kind: "finished", publicSlug: study.slug });
  });
});
