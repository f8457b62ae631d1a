import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n/translator.ts";
import {
  clausePart,
  funnelRound,
  threeFunnelRounds,
  publicPart,
  publicRound,
  partsRule,
  reportData,
} from "@/test/support/report-data.ts";
import { composeResultItems } from "./compose-report-results.ts";

// The report's result items from hand-built rounds, with every expected sentence and table
// written out: a count in the wrong column, a part left out or a verdict from the wrong
// round shows as a changed line. (The report tests check the same items end to end.)

const t = getTranslator("report.text");
type Over = NonNullable<Parameters<typeof reportData>[0]>;
// Every study has a rule; a share rule unless a test is about the kind.
const compose = (over: Over = {}) =>
  composeResultItems(
    reportData({ ...over, history: { rule: partsRule("SHARE"), ...over.history } }),
    t,
  );

describe("the participation item", () => {
  const funnel = {
    invited: 12,
    accepted: 10,
    tookPartAny: 9,
    tookPartEvery: 6,
    tookPartLast: 7,
    rounds: threeFunnelRounds(),
  };
  const rounds = [publicRound({ number: 1 }), publicRound({ number: 2 })];

  it("gives each closed round's response rate, how the panel moved since, and who took part", () => {
    expect(compose({ history: { rounds }, funnel }).participation).toBe(
      [
        [
          "- Round 1: 8 of 10 (80%)",
          "- Round 2: 7 of 9 (78%). Of the 8 who answered round 1, 3 did not answer this round; 2 came back after missing a round and 0 answered for the first time (8 − 3 + 2 + 0 = 7).",
        ].join("\n"),
        "Of the 12 experts invited, 10 accepted; 9 answered at least one round, 6 answered every round and 7 answered the last round.",
      ].join("\n\n"),
    );
  });

  it("states nothing before a round has closed", () => {
    expect(compose({ funnel }).participation).toBe("");
  });

  it("shows a round seated with nobody as a dash, and zero counts as zeros", () => {
    const empty = { rounds: [funnelRound({ number: 1 })] };
    expect(compose({ history: { rounds: rounds.slice(0, 1) }, funnel: empty }).participation).toBe(
      "- Round 1: 0 of 0 (—)\n\nOf the 0 experts invited, 0 accepted; 0 answered at least one round, 0 answered every round and 0 answered the last round.",
    );
  });
});

describe("the results item", () => {
  const figures = (
    respondents: number,
    canLiveWithWhole: number,
    flagging: number,
    neither: number,
  ) => ({
    respondents,
    canLiveWithWhole,
    flagging,
    neither,
  });
  const FIGURES_HEAD = "| Figure | Experts |\n| --- | --- |";
  const PARTS_HEAD = [
    "| Part | Can live with it | Cannot live with it | No answer | Share who can live with it | Status |",
    "| --- | --- | --- | --- | --- | --- |",
  ].join("\n");

  it("gives each round its verdict, who took part and how, and every part in order", () => {
    const rounds = [
      publicRound({
        number: 1,
        figures: figures(8, 5, 4, 3),
        text: publicPart([7, 1, 0], 0.875, "CONSENSUS"),
        clauses: [
          clausePart(1, publicPart([6, 1, 1], 6 / 7, "CONSENSUS")),
          clausePart(2, publicPart([4, 4, 0], 0.5, "NO_CONSENSUS")),
        ],
        overall: publicPart([5, 3, 0], 0.625, "NO_CONSENSUS"),
      }),
      // No explanatory text in this version: no row for it.
      publicRound({
        number: 2,
        figures: figures(8, 6, 2, 5),
        clauses: [
          clausePart(1, publicPart([7, 0, 1], 1, "CONSENSUS")),
          clausePart(3, publicPart([5, 2, 1], 5 / 7, "CONSENSUS")),
        ],
        overall: publicPart([6, 1, 1], 6 / 7, "CONSENSUS"),
      }),
    ];
    expect(compose({ history: { rounds } }).results).toBe(
      [
        "### Round 1",
        "**No consensus on the whole text**",
        [
          FIGURES_HEAD,
          "| Took part (submitted) | 8 |",
          "| Could live with the text as a whole | 5 |",
          "| Could not live with a part or suggested a rewording | 4 |",
          "| Did neither | 3 |",
        ].join("\n"),
        [
          PARTS_HEAD,
          "| The explanatory text | 7 | 1 | 0 | 88% | Consensus |",
          "| Clause 1 | 6 | 1 | 1 | 86% | Consensus |",
          "| Clause 2 | 4 | 4 | 0 | 50% | No consensus |",
          "| The text as a whole | 5 | 3 | 0 | 63% | No consensus |",
        ].join("\n"),
        "### Round 2",
        "**Consensus on the whole text**",
        [
          FIGURES_HEAD,
          "| Took part (submitted) | 8 |",
          "| Could live with the text as a whole | 6 |",
          "| Could not live with a part or suggested a rewording | 2 |",
          "| Did neither | 5 |",
        ].join("\n"),
        [
          PARTS_HEAD,
          "| Clause 1 | 7 | 0 | 1 | 100% | Consensus |",
          "| Clause 3 | 5 | 2 | 1 | 71% | Consensus |",
          "| The text as a whole | 6 | 1 | 1 | 86% | Consensus |",
        ].join("\n"),
      ].join("\n\n"),
    );
  });

  it("names the whole text's verdict as consensus or not under a no-objection rule, and an empty round as such", () => {
    const rounds = [
      publicRound({ number: 1, overall: publicPart([5, 0, 0], 1, "NO_OBJECTION") }),
      publicRound({ number: 2, overall: publicPart([4, 1, 0], 0.8, "CONTESTED") }),
      publicRound({ number: 3 }),
    ];
    const results = compose({ history: { rule: partsRule("NO_OBJECTION"), rounds } }).results;
    expect(results.match(/^\*\*.*\*\*$/gm)).toEqual([
      "**Consensus on the whole text**",
      "**No consensus on the whole text**",
      "**No answers on the text as a whole**",
    ]);
    expect(results).toContain("| The text as a whole | 5 | 0 | 0 | 100% | No objection |");
    expect(results).toContain("| The text as a whole | 4 | 1 | 0 | 80% | Contested |");
    expect(results).toContain(
      `### Round 3\n\n**No answers on the text as a whole**\n\n${FIGURES_HEAD}\n| Took part (submitted) | 0 |`,
    );
    expect(results).toContain(
      `${PARTS_HEAD}\n| The text as a whole | 0 | 0 | 0 | — | No answers |`,
    );
  });

  it("is empty before a round has closed", () => {
    expect(compose().results).toBe("");
  });
});
