import { describe, expect, it } from "vitest";
import { consensusRuleOf, type ConsensusRuleRow } from "./consensus-rule.ts";
import { consensusStatus } from "./statistics.ts";

const row = (ratings: Pick<ConsensusRuleRow, "ratingMedianMin" | "ratingIqrMax">) =>
  ({
    partsRule: "SHARE",
    consensusThreshold: 75,
    wholeRule: "NO_OBJECTION",
    wholeThreshold: 100,
    ...ratings,
  }) satisfies ConsensusRuleRow;

describe("the protocol's consensus rule", () => {
  it("keeps rating criteria the protocol left out as none, not zero", () => {
    // Number(null) is 0: an IQR limit of 0 would refuse every clause whose ratings vary.
    const rule = consensusRuleOf(row({ ratingMedianMin: null, ratingIqrMax: null }));
    expect(rule).toEqual({
      parts: { kind: "SHARE", threshold: 75 },
      whole: { kind: "NO_OBJECTION", threshold: 100 },
      medianMin: null,
      iqrMax: null,
    });
    const ratings = { n: 9, median: 5, q1: 3, q3: 7, iqr: 4 };
    expect(consensusStatus({ canLiveWith: 8, cannotLiveWith: 1, ratings }, rule, "part")).toBe(
      "CONSENSUS",
    );
  });

  it("reads decimal criteria as numbers", () => {
    const decimal = (text: string) => ({ toString: () => text });
    const rule = consensusRuleOf(
      row({ ratingMedianMin: decimal("7.5"), ratingIqrMax: decimal("1.25") }),
    );
    expect([rule.medianMin, rule.iqrMax]).toEqual([7.5, 1.25]);
  });
});
