import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpenRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
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

describe("the audit trail of an expert's answers", () => {
  it("logs the steps a facilitator follows (started, submitted, reopened), not each autosave", async () => {
    const f = await createOpenRound(t.db);
    const token = f.members[0]!.token;
    const save = (revision: number, overall: string, intent = "save") =>
      (intent === "submit" ? submitResponse : saveResponseDraft)(
        t.db,
        token,
        1,
        input(revision, { overallPosition: overall }, intent),
      );
    await save(0, "CAN_LIVE_WITH"); // revision 1: started
    await save(1, "CANNOT_LIVE_WITH"); // 2: an autosave, not logged
    await save(2, "CANNOT_LIVE_WITH", "submit"); // 3: submitted
    await save(3, "CAN_LIVE_WITH"); // 4: changed after submitting: reopened
    await save(4, ""); // 5: an autosave of the reopened draft, not logged
    await save(5, "CAN_LIVE_WITH", "submit"); // 6: submitted again
    const events = await t.db.auditEvent.findMany({
      where: { studyId: f.studyId, action: { startsWith: "response." } },
      select: { action: true, data: true },
    });
    const logged = events
      .map((e) => [(e.data as { revision: number }).revision, e.action] as const)
      .sort(([a], [b]) => a - b);
    expect(logged).toEqual([
      [1, "response.started"],
      [3, "response.submitted"],
      [4, "response.reopened"],
      [6, "response.submitted"],
    ]);
  });
});
