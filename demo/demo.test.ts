import { afterAll, beforeAll, expect, it } from "vitest";
import { getRoundResults } from "@/lib/consensus/get-round-results.ts";
import { asMember } from "@/test/support/access.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { createDemoClosedRound } from "./create-demo-closed-round.ts";
import { DEMO_CLOSED_SLUG } from "./demo-content.ts";
import { contestedClauses, getPublicStudy } from "@/lib/publication/get-public-study.ts";
import { createDemoPublishedStudy, DEMO_PUBLISHED_SLUG } from "./create-demo-published-study.ts";
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
  const results = await getRoundResults(t.db, await asMember(t.db, user.id, study.id), 1);
  // Every panel member but the last answered; the first three cannot live with clause 2.
  expect(results.respondents).toBe(demoPanel.length - 1);
  expect(results.clauses[1]).toMatchObject({
    canLiveWith: demoPanel.length - 4,
    cannotLiveWith: 3,
    status: "NO_CONSENSUS",
  });
  expect(results.clauses[0]!.status).toBe("CONSENSUS");
});

it("seeds a published study with two rounds, a justified version 2 and three named experts", async () => {
  await createDemoStudy(t.db);
  expect(await createDemoPublishedStudy(t.db)).toEqual({ created: true });
  expect(await createDemoPublishedStudy(t.db)).toEqual({ created: false });
  const study = (await getPublicStudy(t.db, DEMO_PUBLISHED_SLUG))!;
  expect(study.versions.map((v) => [v.number, v.clauses.length])).toEqual([
    [1, 4],
    [2, 5],
  ]);
  expect(study.versions[1]!.changes.map((c) => [c.heading, c.answered])).toEqual([
    ["Clause 2: reworded (was clause 2)", { ACCEPTED: 1, PARTLY_ACCEPTED: 1, DECLINED: 1 }],
    ["Clauses 3 and 4: split from clause 3", {}],
  ]);
  expect(study.rounds.map((r) => [r.number, r.respondents, r.invited])).toEqual([
    [1, demoPanel.length - 1, demoPanel.length],
    [2, demoPanel.length - 2, demoPanel.length],
  ]);
  expect(contestedClauses(study)!.clauses.map((c) => [c.number, c.cannotLiveWith])).toEqual([
    [5, 3],
  ]);
  expect(study.acknowledgements).toEqual({
    named: [0, 2, 4]
      .map((i) => ({ name: demoPanel[i]!.name, affiliation: demoPanel[i]!.organisation }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    further: demoPanel.length - 1 - 3,
  });
  expect(study.rounds[0]!.summary).toContain("What changes in version 2, and why");
});
