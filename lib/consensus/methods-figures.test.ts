import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPublicStudy } from "@/lib/publication/get-public-study.ts";
import {
  publicAggregateCsv,
  publicAggregateJson,
} from "@/lib/publication/public-aggregate-data.ts";
import { getReport, reportMarkdown } from "@/lib/report/get-report.ts";
import type { StudyAccess } from "@/lib/guards.ts";
import { asMember } from "@/test/support/access.ts";
import { createReplayStudy } from "@/test/support/panel-replay-fixture.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { getAgreementHeatmap } from "./get-agreement-heatmap.ts";
import { getParticipationFunnel } from "./get-participation-funnel.ts";
import { getRoundResults } from "./get-round-results.ts";

// The figures a methods section reports, on the replay of the real panel (50 invited and
// accepted; 44, 43 and 45 respondents; 47 took part at least once; in the last round all 45
// can live with the whole text, 17 flag a part, 28 do neither), stated alike by the results
// page's data, the public pages' data, results.json/csv and the report.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const lastRound = { respondents: 45, canLiveWithWhole: 45, flagging: 17, neither: 28 };

describe("a replayed 50-expert, 3-round study (whole text and parts: no objection)", () => {
  let study: Awaited<ReturnType<typeof createReplayStudy>>;
  let asOwner: StudyAccess;
  beforeAll(async () => {
    study = await createReplayStudy(t.db);
    asOwner = await asMember(t.db, study.ownerId, study.studyId);
  });

  it("gives the results page each round's figures and the study's funnel", async () => {
    const rounds = await Promise.all([1, 2, 3].map((n) => getRoundResults(t.db, asOwner, n)));
    expect(rounds.map((r) => r.figures)).toEqual([
      // Round 1 and 2: experts 0–9 cannot live with clause 1 (and suggest a rewording).
      { respondents: 44, canLiveWithWhole: 44, flagging: 10, neither: 34 },
      { respondents: 43, canLiveWithWhole: 43, flagging: 10, neither: 33 },
      lastRound,
    ]);
    const funnel = await getParticipationFunnel(t.db, asOwner);
    expect(funnel).toMatchObject({
      invited: 50,
      accepted: 50,
      tookPartAny: 47,
      tookPartEvery: 41,
      tookPartLast: 45,
      flagged: 17,
    });
    expect(funnel.rounds.map((r) => [r.respondents, r.lost, r.returned, r.joined])).toEqual([
      [44, null, null, null],
      [43, 3, 0, 2], // 41, 45 and 46 did not come back; 42 and 43 answer for the first time
      [45, 0, 1, 1], // 41 comes back after missing round 2; 44 answers for the first time
    ]);
    // Every step adds up: previous − lost + returned + joined = this round.
    for (const [i, r] of funnel.rounds.entries()) {
      const previous = funnel.rounds[i - 1];
      if (previous)
        expect(previous.respondents - r.lost! + r.returned! + r.joined!).toBe(r.respondents);
    }
  });

  it("labels the last round: consensus on the whole text, clauses 2 and 3 contested", async () => {
    const results = await getRoundResults(t.db, asOwner, 3);
    expect(results.overall.status).toBe("CONSENSUS");
    expect(results.text?.status).toBe("NO_OBJECTION");
    expect(results.clauses.map((c) => [c.position, c.cannotLiveWith, c.status])).toEqual([
      [1, 0, "NO_OBJECTION"],
      [2, 6, "CONTESTED"],
      [3, 8, "CONTESTED"],
      [4, 0, "NO_OBJECTION"],
    ]);
    // The heatmap judges each clause by the same rule, round by round.
    const heatmap = await getAgreementHeatmap(t.db, asOwner);
    expect(heatmap.rows.map((r) => r.cells.map((c) => c?.status))).toEqual([
      ["CONTESTED", "CONTESTED", "NO_OBJECTION"],
      ["NO_OBJECTION", "NO_OBJECTION", "CONTESTED"],
      ["NO_OBJECTION", "NO_OBJECTION", "CONTESTED"],
      ["NO_OBJECTION", "NO_OBJECTION", "NO_OBJECTION"],
    ]);
  });

  it("states the same figures on the public pages and in results.json and results.csv", async () => {
    const pub = (await getPublicStudy(t.db, study.slug))!;
    expect(pub.funnel).toEqual({ invited: 50, accepted: 50, tookPartAny: 47, tookPartLast: 45 });
    expect(pub.rounds.map((r) => r.figures.respondents)).toEqual([44, 43, 45]);
    expect(pub.rounds[2]!.figures).toEqual(lastRound);
    expect(pub.rule).toMatchObject({
      parts: { kind: "NO_OBJECTION" },
      whole: { kind: "NO_OBJECTION" },
    });

    const json = publicAggregateJson(pub, (p) => `https://x.test${p}`);
    expect(json.participation).toEqual(pub.funnel);
    expect(json.consensusRule.whole).toEqual({
      kind: "NO_OBJECTION",
      minimumShareCanLiveWith: null,
    });
    const round3 = json.rows.filter((r) => r.round === 3);
    expect(round3.map((r) => [r.part, r.clauseNumber, r.consensus, r.rule])).toEqual([
      ["text", null, "NO_OBJECTION", "NO_OBJECTION"],
      ["clause", 1, "NO_OBJECTION", "NO_OBJECTION"],
      ["clause", 2, "CONTESTED", "NO_OBJECTION"],
      ["clause", 3, "CONTESTED", "NO_OBJECTION"],
      ["clause", 4, "NO_OBJECTION", "NO_OBJECTION"],
      ["overall", null, "CONSENSUS", "NO_OBJECTION"],
    ]);
    for (const row of round3) {
      expect([row.respondents, row.canLiveWithWhole, row.flagging, row.neither]).toEqual([
        45, 45, 17, 28,
      ]);
    }
    // Every column is documented in the file itself.
    expect(Object.keys(json.columns)).toEqual(Object.keys(round3[0]!));
    expect(json.columns.flagging).toMatch(/could not live with the explanatory text or a clause/);

    const csv = publicAggregateCsv(pub)
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/);
    expect(csv[0]).toMatch(/,seated,rule,threshold,canLiveWithWhole,flagging,neither$/);
    expect(csv.find((l) => l.startsWith("3,3,clause,2,"))).toMatch(
      /,CONTESTED,45,50,NO_OBJECTION,,45,17,28$/,
    );
  });

  it("states them in the report: the rule, per-round figures and the contested parts", async () => {
    const md = reportMarkdown(await getReport(t.db, asOwner));
    expect(md).toContain(
      "A part (the explanatory text or a clause) is listed as contested when any expert who answered it cannot live with it.",
    );
    expect(md).toContain(
      "The text as a whole reaches consensus when every expert who answered can live with it.",
    );
    expect(md).toContain(
      "Of the 50 experts invited, 50 accepted; 47 answered at least one round, 41 answered every round and 45 answered the last round.",
    );
    const round3 = md.slice(md.indexOf("### Round 3"));
    expect(round3).toContain("**Consensus on the whole text**");
    expect(round3).toContain("| Took part (submitted) | 45 |");
    expect(round3).toContain("| Could live with the text as a whole | 45 |");
    expect(round3).toContain("| Could not live with a part or suggested a rewording | 17 |");
    expect(round3).toContain("| Did neither | 28 |");
    expect(round3).toContain("| Clause 2 | 39 | 6 | 0 | 87% | Contested |");
    expect(round3).toContain("| The text as a whole | 45 | 0 | 0 | 100% | Consensus |");
    const contested = md.slice(md.indexOf("## Where consensus was not reached"));
    expect(contested).toContain("Consensus on the whole text in round 3, the last round: 45 of 45");
    expect(contested).toContain(
      "- Clause 2 (Contested): 39 of 45 who answered could live with it (87%); 6 could not.",
    );
    expect(contested).toContain(
      "- Clause 3 (Contested): 37 of 45 who answered could live with it (82%); 8 could not.",
    );
    expect(contested.split("\n## ")[0]).not.toContain("Clause 1 (");
  });
});

describe("the same panel under “75% per part, 90% for the whole text”", () => {
  it("reaches consensus on every part and on the whole text", async () => {
    const study = await createReplayStudy(t.db, {
      partsRule: "SHARE",
      consensusThreshold: 75,
      wholeRule: "SHARE",
      wholeThreshold: 90,
    });
    const asOwner = await asMember(t.db, study.ownerId, study.studyId);
    const results = await getRoundResults(t.db, asOwner, 3);
    expect(results.figures).toEqual(lastRound);
    expect(results.overall.status).toBe("CONSENSUS");
    // Clause 2: 39 of 45 (87%); clause 3: 37 of 45 (82%): both at least 75%.
    expect([results.text!.status, ...results.clauses.map((c) => c.status)]).toEqual([
      "CONSENSUS",
      "CONSENSUS",
      "CONSENSUS",
      "CONSENSUS",
      "CONSENSUS",
    ]);
    const md = reportMarkdown(await getReport(t.db, asOwner));
    expect(md).toContain(
      "A part (the explanatory text or a clause) reaches consensus when at least 75% of the experts who answered it can live with it.",
    );
    expect(md).toContain(
      "The text as a whole reaches consensus when at least 90% of the experts who answered can live with it.",
    );
    expect(md).toContain("Every part reached consensus in round 3.");
    const pub = (await getPublicStudy(t.db, study.slug))!;
    const json = publicAggregateJson(pub, (p) => p);
    expect(json.consensusRule.parts).toEqual({ kind: "SHARE", minimumShareCanLiveWith: 0.75 });
    expect(json.consensusRule.whole).toEqual({ kind: "SHARE", minimumShareCanLiveWith: 0.9 });
    expect(json.rows.filter((r) => r.round === 3).every((r) => r.consensus === "CONSENSUS")).toBe(
      true,
    );
  });
});
