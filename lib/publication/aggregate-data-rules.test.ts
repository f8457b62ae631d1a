import { describe, expect, it } from "vitest";
import type { ConsensusRule } from "@/lib/consensus/statistics.ts";
import type { PublicStudy } from "./get-public-study.ts";
import type { PublicPart } from "./internal/list-public-rounds.ts";
import { publicAggregateJson, publicAggregateRows } from "./public-aggregate-data.ts";

// The public results file states, on each row, the rule that judged it. The parts (text
// and clauses) and the text as a whole have rules of their own, so the study below gives
// them different kinds and thresholds: a row that took the other rule's would show.

const part = (canShare: number | null): PublicPart => ({
  canLiveWith: 2,
  cannotLiveWith: 1,
  noAnswer: 0,
  canShare,
  status: "CONSENSUS",
  median: null,
});

const studyWith = (rule: ConsensusRule) =>
  ({
    slug: "green-labs",
    title: "Green labs: a shared definition",
    rule,
    funnel: {},
    versions: [{ number: 1, clauses: [{ number: 1, clauseId: "c1" }] }],
    rounds: [
      {
        number: 1,
        versionNumber: 1,
        invited: 3,
        respondents: 3,
        figures: { canLiveWithWhole: 2, flagging: 1, neither: 0 },
        text: part(2 / 3),
        clauses: [{ ...part(1 / 3), number: 1, text: "Labs share tools." }],
        overall: part(0.5),
      },
    ],
  }) as unknown as PublicStudy;

const judged = (rule: ConsensusRule) =>
  publicAggregateRows(studyWith(rule)).map((r) => [r.part, r.rule, r.threshold]);

describe("the rule on each row of the public results", () => {
  it("is the parts' rule for the text and clauses, the whole text's for 'overall'", () => {
    const rule = { medianMin: null, iqrMax: null };
    expect(
      judged({
        ...rule,
        parts: { kind: "SHARE", threshold: 80 },
        whole: { kind: "NO_OBJECTION", threshold: 90 },
      }),
    ).toEqual([
      ["text", "SHARE", 80],
      ["clause", "SHARE", 80],
      ["overall", "NO_OBJECTION", null],
    ]);
    expect(
      judged({
        ...rule,
        parts: { kind: "NO_OBJECTION", threshold: 90 },
        whole: { kind: "SHARE", threshold: 70 },
      }),
    ).toEqual([
      ["text", "NO_OBJECTION", null],
      ["clause", "NO_OBJECTION", null],
      ["overall", "SHARE", 70],
    ]);
  });

  // Both parts under SHARE, with different thresholds: the threshold, not only the kind,
  // must come from the rule that judged the row.
  it("carries the threshold of that rule when both are shares", () => {
    expect(
      judged({
        parts: { kind: "SHARE", threshold: 80 },
        whole: { kind: "SHARE", threshold: 60 },
        medianMin: null,
        iqrMax: null,
      }),
    ).toEqual([
      ["text", "SHARE", 80],
      ["clause", "SHARE", 80],
      ["overall", "SHARE", 60],
    ]);
  });
});

describe("the public results file", () => {
  const rule: ConsensusRule = {
    parts: { kind: "SHARE", threshold: 80 },
    whole: { kind: "SHARE", threshold: 60 },
    medianMin: 7,
    iqrMax: 2,
  };

  // Shares are fractions rounded to three decimals: readable, and the same in CSV and JSON.
  it("rounds each share to three decimals and keeps it a fraction", () => {
    const rows = publicAggregateRows(studyWith(rule));
    expect(rows.map((r) => r.canShare)).toEqual([0.667, 0.333, 0.5]);
  });

  it("names the study, links its public page and states the rating criteria", () => {
    const json = publicAggregateJson(studyWith(rule), (p) => `https://x.test${p}`);
    expect(json.study).toEqual({
      title: "Green labs: a shared definition",
      url: "https://x.test/s/green-labs",
    });
    expect(json.consensusRule).toEqual({
      parts: { kind: "SHARE", minimumShareCanLiveWith: 0.8 },
      whole: { kind: "SHARE", minimumShareCanLiveWith: 0.6 },
      ratings: { medianMin: 7, iqrMax: 2 },
    });
  });
});
