import { afterAll, beforeAll, expect, it } from "vitest";
import { getRoundResults } from "@/lib/consensus/get-round-results.ts";
import { createTestDb, type TestDb } from "@/lib/testing/test-db.ts";
import { createDemoClosedRound, DEMO_CLOSED_SLUG } from "./create-demo-closed-round.ts";
import { createDemoStudy } from "./create-demo-study.ts";
import { DEMO_FACILITATOR_EMAIL, demoPanel } from "./demo-content.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

it("seeds a study whose closed round 1 has results to explore, once", async () => {
  await createDemoStudy(t.db);
  expect(await createDemoClosedRound(t.db)).toEqual({ created: true });
  expect(await createDemoClosedRound(t.db)).toEqual({ created: false });
  const study = await t.db.study.findUniqueOrThrow({ where: { slug: DEMO_CLOSED_SLUG } });
  const user = await t.db.user.findUniqueOrThrow({ where: { email: DEMO_FACILITATOR_EMAIL } });
  const results = await getRoundResults(t.db, user.id, study.id, 1);
  // Every panel member but the last answered; the first three cannot live with clause 2.
  expect(results.respondents).toBe(demoPanel.length - 1);
  expect(results.clauses[1]).toMatchObject({
    canLiveWith: demoPanel.length - 4,
    cannotLiveWith: 3,
    status: "NO_CONSENSUS",
  });
  expect(results.clauses[0]!.status).toBe("CONSENSUS");
});
