import { describe, expect, it } from "vitest";
import type { ConsensusRuleKind } from "@/lib/consensus/statistics.ts";
import { getTranslator } from "@/lib/i18n/translator.ts";
import type { PublicRound } from "@/lib/publication/internal/list-public-rounds.ts";
import {
  clausePart,
  partsRule,
  publicPart,
  publicRound,
  reportData,
} from "@/test/support/report-data.ts";
import { composeResultItems } from "./compose-report-results.ts";

// "Where consensus was not reached" in the report, from hand-built last rounds: only the
// last round counts, the parts' rule names the verdicts, and a part nobody answered is
// never counted as consensus. Every expected sentence is written out.

const t = getTranslator("report.text");
const compose = (rounds: PublicRound[] = [], kind: ConsensusRuleKind = "SHARE") =>
  composeResultItems(reportData({ history: { rule: partsRule(kind), rounds } }), t);
const withRule = (kind: ConsensusRuleKind, rounds: PublicRound[]) => compose(rounds, kind);

describe("the contested item", () => {
  it("lists the last round's unresolved parts, the explanatory text first", () => {
    const rounds = [
      // An earlier round's disagreement is history, not the outcome.
      publicRound({
        number: 1,
        text: publicPart([1, 4, 0], 0.2, "NO_CONSENSUS"),
        clauses: [clausePart(1, publicPart([1, 4, 0], 0.2, "NO_CONSENSUS"))],
        overall: publicPart([1, 4, 0], 0.2, "NO_CONSENSUS"),
      }),
      publicRound({
        number: 2,
        text: publicPart([3, 2, 1], 0.6, "NO_CONSENSUS"),
        clauses: [
          clausePart(1, publicPart([6, 1, 0], 6 / 7, "CONSENSUS")),
          clausePart(2, publicPart([4, 3, 0], 4 / 7, "NO_CONSENSUS")),
          clausePart(3, publicPart([2, 4, 1], 2 / 6, "NO_CONSENSUS")),
        ],
        overall: publicPart([6, 1, 1], 6 / 7, "NO_CONSENSUS"),
      }),
    ];
    // "Answered" counts who could and who could not live with it, never the blank answers.
    expect(withRule("SHARE", rounds).contested).toBe(
      [
        "No consensus on the whole text in round 2, the last round: 6 of 7 experts who answered could live with the text as a whole (86%).",
        "Parts that did not reach consensus:",
        [
          "- The explanatory text (No consensus): 3 of 5 who answered could live with it (60%); 2 could not.",
          "- Clause 2 (No consensus): 4 of 7 who answered could live with it (57%); 3 could not.",
          "- Clause 3 (No consensus): 2 of 6 who answered could live with it (33%); 4 could not.",
        ].join("\n"),
      ].join("\n\n"),
    );
  });

  it("speaks of contested parts under a no-objection rule", () => {
    const rounds = [
      publicRound({
        number: 1,
        clauses: [
          clausePart(1, publicPart([5, 0, 0], 1, "NO_OBJECTION")),
          clausePart(2, publicPart([4, 1, 0], 0.8, "CONTESTED")),
        ],
        overall: publicPart([4, 1, 0], 0.8, "CONTESTED"),
      }),
    ];
    expect(withRule("NO_OBJECTION", rounds).contested).toBe(
      [
        "No consensus on the whole text in round 1, the last round: 4 of 5 experts who answered could live with the text as a whole (80%).",
        "Contested parts (at least one expert who answered could not live with them):",
        "- Clause 2 (Contested): 4 of 5 who answered could live with it (80%); 1 could not.",
      ].join("\n\n"),
    );
  });

  it("says every part reached consensus when none is unresolved, an explanatory text included", () => {
    const rounds = [
      publicRound({ number: 1, overall: publicPart([1, 4, 0], 0.2, "NO_CONSENSUS") }),
      publicRound({
        number: 2,
        text: publicPart([5, 0, 0], 1, "CONSENSUS"),
        clauses: [clausePart(1, publicPart([7, 1, 0], 0.875, "CONSENSUS"))],
        overall: publicPart([7, 1, 0], 0.875, "CONSENSUS"),
      }),
    ];
    expect(withRule("SHARE", rounds).contested).toBe(
      "Consensus on the whole text in round 2, the last round: 7 of 8 experts who answered could live with the text as a whole (88%).\n\nEvery part reached consensus in round 2.",
    );
  });

  it("says nobody objected under a no-objection rule when no part is contested", () => {
    const rounds = [
      publicRound({
        number: 1,
        text: publicPart([6, 0, 2], 1, "NO_OBJECTION"),
        clauses: [clausePart(1, publicPart([6, 0, 2], 1, "NO_OBJECTION"))],
        overall: publicPart([6, 0, 2], 1, "NO_OBJECTION"),
      }),
    ];
    expect(withRule("NO_OBJECTION", rounds).contested).toBe(
      "Consensus on the whole text in round 1, the last round: 6 of 6 experts who answered could live with the text as a whole (100%).\n\nNo expert objected to any part in round 1.",
    );
  });

  // Nobody answering is "no data", never consensus: such parts are named apart.
  it("names the parts nobody answered apart, and claims consensus only for the answered", () => {
    const rounds = [
      publicRound({
        number: 2,
        text: publicPart([5, 0, 1], 1, "CONSENSUS"),
        clauses: [
          clausePart(1, publicPart([6, 0, 0], 1, "CONSENSUS")),
          clausePart(2, publicPart([0, 0, 6], null, "NO_DATA")),
        ],
        overall: publicPart([6, 0, 0], 1, "CONSENSUS"),
      }),
    ];
    expect(withRule("SHARE", rounds).contested).toBe(
      [
        "Consensus on the whole text in round 2, the last round: 6 of 6 experts who answered could live with the text as a whole (100%).",
        "Every part that was answered reached consensus in round 2.",
        "No expert answered this part in round 2, so it has no verdict:",
        "- Clause 2",
      ].join("\n\n"),
    );
    expect(withRule("NO_OBJECTION", rounds).contested).toContain(
      "No expert objected to any part that was answered in round 2.",
    );
  });

  it("lists unanswered parts after the unresolved ones, the explanatory text first", () => {
    const rounds = [
      publicRound({
        number: 1,
        text: publicPart([0, 0, 4], null, "NO_DATA"),
        clauses: [
          clausePart(1, publicPart([1, 3, 0], 0.25, "NO_CONSENSUS")),
          clausePart(2, publicPart([0, 0, 4], null, "NO_DATA")),
        ],
        overall: publicPart([1, 3, 0], 0.25, "NO_CONSENSUS"),
      }),
    ];
    expect(withRule("SHARE", rounds).contested).toBe(
      [
        "No consensus on the whole text in round 1, the last round: 1 of 4 experts who answered could live with the text as a whole (25%).",
        "Parts that did not reach consensus:",
        "- Clause 1 (No consensus): 1 of 4 who answered could live with it (25%); 3 could not.",
        "No expert answered these parts in round 1, so they have no verdict:",
        "- The explanatory text\n- Clause 2",
      ].join("\n\n"),
    );
  });

  it("says of a round nobody answered only that no part has a verdict", () => {
    const none = publicPart([0, 0, 3], null, "NO_DATA");
    const rounds = [
      publicRound({
        number: 1,
        clauses: [clausePart(1, none), clausePart(2, none)],
        overall: none,
      }),
    ];
    expect(withRule("SHARE", rounds).contested).toBe(
      [
        "No answers on the text as a whole in round 1, the last round: 0 of 0 experts who answered could live with the text as a whole (—).",
        "No expert answered these parts in round 1, so they have no verdict:",
        "- Clause 1\n- Clause 2",
      ].join("\n\n"),
    );
  });

  it("is empty before a round has closed", () => {
    expect(compose().contested).toBe("");
  });
});
