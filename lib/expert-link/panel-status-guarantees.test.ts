import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAcknowledgements } from "@/lib/publication/internal/list-acknowledgements.ts";
import { writeResponse } from "@/test/support/results-fixtures.ts";
import { createOpenRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { resolveExpertLink } from "./resolve-expert-link.ts";

// Issue 17: guarantees that mutation testing showed no test pinned. Each test fails when
// the rule it names is dropped from the code (tried by hand: see docs/TESTING.md).

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const STATUSES = ["PROPOSED", "INVITED", "ACCEPTED", "DECLINED", "WITHDRAWN", "EXCLUDED"] as const;

describe("an expert's personal link", () => {
  it("works only while the expert is invited, accepted or declined (to change their mind)", async () => {
    const r = await createOpenRound(t.db, { experts: 1 });
    const [member] = r.members;
    const works: Record<string, boolean> = {};
    for (const status of STATUSES) {
      await t.db.panelMember.update({ where: { id: member!.id }, data: { status } });
      works[status] = (await resolveExpertLink(t.db, member!.token)) !== null;
    }
    expect(works).toEqual({
      PROPOSED: false,
      INVITED: true,
      ACCEPTED: true,
      DECLINED: true,
      WITHDRAWN: false,
      EXCLUDED: false,
    });
  });
});

describe("the public acknowledgements", () => {
  it("never name an expert who consented but then withdrew or was excluded", async () => {
    const r = await createOpenRound(t.db, { experts: 4 });
    const names = ["Ada Named", "Ben Withdrawn", "Cy Excluded", "Di Unnamed"];
    for (const [i, member] of r.members.entries()) {
      await t.db.panelMember.update({
        where: { id: member.id },
        data: {
          name: names[i]!,
          acknowledgeConsent: i < 3,
          acknowledgeAffiliation: `Org ${i}`,
          status: i === 1 ? "WITHDRAWN" : i === 2 ? "EXCLUDED" : "ACCEPTED",
        },
      });
      await writeResponse(t.db, {
        roundId: r.roundId,
        panelMemberId: member.id,
        state: "SUBMITTED",
        overall: "CAN_LIVE_WITH",
        clauses: [],
      });
    }
    expect(await listAcknowledgements(t.db, r.studyId)).toEqual({
      named: [{ name: "Ada Named", affiliation: "Org 0" }],
      further: 3,
    });
  });
});
