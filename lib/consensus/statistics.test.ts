import { describe, expect, it } from "vitest";
import {
  consensusStatus,
  isUnresolved,
  quantile,
  share,
  summariseRatings,
  wholeVerdict,
  type ConsensusRule,
  type RatingBin,
  type RatingSummary,
} from "./statistics.ts";

const bins = (...values: number[]): RatingBin[] => {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count }));
};

describe("quantile and summariseRatings (type 7, worked by hand)", () => {
  it("interpolates between order statistics of an even sample", () => {
    // 1 2 3 4: median at h=1.5 → 2.5; Q1 at h=0.75 → 1.75; Q3 at h=2.25 → 3.25.
    expect(summariseRatings(bins(4, 1, 3, 2))).toEqual({
      n: 4,
      median: 2.5,
      q1: 1.75,
      q3: 3.25,
      iqr: 1.5,
    });
  });

  it("lands on order statistics of an odd sample with repeated values", () => {
    // 7 7 8 9 9: h = 1, 2, 3 exactly.
    expect(summariseRatings(bins(9, 7, 8, 9, 7))).toEqual({
      n: 5,
      median: 8,
      q1: 7,
      q3: 9,
      iqr: 2,
    });
  });

  it("handles tiny and empty samples", () => {
    expect(summariseRatings(bins(5))).toEqual({ n: 1, median: 5, q1: 5, q3: 5, iqr: 0 });
    // 2 9: median 5.5, Q1 = 2 + 0.25·7 = 3.75, Q3 = 2 + 0.75·7 = 7.25.
    expect(summariseRatings(bins(2, 9))).toEqual({
      n: 2,
      median: 5.5,
      q1: 3.75,
      q3: 7.25,
      iqr: 3.5,
    });
    expect(summariseRatings([])).toBeNull();
    expect(quantile([{ value: 3, count: 0 }], 0.5)).toBeNull();
  });

  it("reads bins in any order and ignores empty ones", () => {
    const scrambled: RatingBin[] = [
      { value: 9, count: 3 },
      { value: 1, count: 0 },
      { value: 6, count: 1 },
    ];
    // 6 9 9 9: Q1 at h=0.75 → 6 + 0.75·3 = 8.25.
    expect(quantile(scrambled, 0.25)).toBe(8.25);
    expect(quantile(scrambled, 0)).toBe(6);
    expect(quantile(scrambled, 1)).toBe(9);
  });
});

describe("share", () => {
  it("is a fraction, or null when nobody answered", () => {
    expect(share(3, 4)).toBe(0.75);
    expect(share(0, 5)).toBe(0);
    expect(share(0, 0)).toBeNull();
  });
});

describe("consensusStatus", () => {
  const share = (threshold: number) => ({ kind: "SHARE" as const, threshold });
  const noObjection = { kind: "NO_OBJECTION" as const, threshold: 75 };
  const rule: ConsensusRule = { parts: share(75), whole: share(90), medianMin: null, iqrMax: null };
  const tally = (canLiveWith: number, cannotLiveWith: number) => ({
    canLiveWith,
    cannotLiveWith,
    ratings: null,
  });

  it("counts exactly the threshold as consensus", () => {
    expect(consensusStatus(tally(3, 1), rule, "part")).toBe("CONSENSUS");
    expect(consensusStatus(tally(2, 1), rule, "part")).toBe("NO_CONSENSUS");
    // 0.7 * 100 is 70.00000000000001 in floating point; 7 of 10 must still meet 70%.
    expect(consensusStatus(tally(7, 3), { ...rule, parts: share(70) }, "part")).toBe("CONSENSUS");
    expect(consensusStatus(tally(6, 3), { ...rule, parts: share(67) }, "part")).toBe(
      "NO_CONSENSUS",
    );
  });

  it("judges the whole text by its own rule and the parts by theirs", () => {
    // 85 of 100: enough for the parts' 75%, not for the whole text's 90%.
    expect(consensusStatus(tally(85, 15), rule, "part")).toBe("CONSENSUS");
    expect(consensusStatus(tally(85, 15), rule, "whole")).toBe("NO_CONSENSUS");
    expect(consensusStatus(tally(9, 1), rule, "whole")).toBe("CONSENSUS");
  });

  it("under no objection, names a part contested by a single objection, whatever the share", () => {
    const strict: ConsensusRule = { ...rule, parts: noObjection, whole: noObjection };
    expect(consensusStatus(tally(44, 1), strict, "part")).toBe("CONTESTED");
    expect(consensusStatus(tally(45, 0), strict, "part")).toBe("NO_OBJECTION");
    // The whole text is always a matter of consensus, even under "no objection".
    expect(consensusStatus(tally(45, 0), strict, "whole")).toBe("CONSENSUS");
    expect(consensusStatus(tally(44, 1), strict, "whole")).toBe("NO_CONSENSUS");
    expect(consensusStatus(tally(0, 0), strict, "part")).toBe("NO_DATA");
    expect(consensusStatus(tally(0, 0), strict, "whole")).toBe("NO_DATA");
  });

  it("never calls an unanswered part a consensus", () => {
    expect(consensusStatus(tally(0, 0), rule, "part")).toBe("NO_DATA");
    expect(consensusStatus(tally(1, 0), rule, "part")).toBe("CONSENSUS");
  });

  it("adds the rating criteria to the parts when the protocol sets them", () => {
    const withRatings = { ...rule, medianMin: 7, iqrMax: 1.5 };
    const narrow = summariseRatings(bins(7, 8, 8, 8, 9));
    const wide = summariseRatings(bins(9, 7, 8, 9, 7));
    const low = summariseRatings(bins(5, 6, 6, 6, 7));
    const part = (ratings: RatingSummary | null, r: ConsensusRule = withRatings) =>
      consensusStatus({ ...tally(5, 0), ratings }, r, "part");
    expect(part(narrow)).toBe("CONSENSUS");
    expect(part(wide)).toBe("NO_CONSENSUS");
    expect(part(low)).toBe("NO_CONSENSUS");
    // Criteria without collected ratings fall back to the share alone.
    expect(part(null)).toBe("CONSENSUS");
    // Under no objection, a clause nobody objects to but rated too low is still contested.
    expect(part(low, { ...withRatings, parts: noObjection })).toBe("CONTESTED");
    expect(part(narrow, { ...withRatings, parts: noObjection })).toBe("NO_OBJECTION");
  });

  it("counts a median or IQR exactly at the protocol's limit as meeting it, and rates only the parts", () => {
    // 6, 7, 8, 9 (type 7): q1 = 6.75, median = 7.5, q3 = 8.25, IQR = 1.5.
    const edge = summariseRatings(bins(6, 7, 8, 9));
    expect(edge).toMatchObject({ median: 7.5, iqr: 1.5 });
    const limits = { ...rule, medianMin: 7.5, iqrMax: 1.5 };
    expect(consensusStatus({ ...tally(4, 0), ratings: edge }, limits, "part")).toBe("CONSENSUS");
    expect(
      consensusStatus({ ...tally(4, 0), ratings: edge }, { ...limits, medianMin: 7.6 }, "part"),
    ).toBe("NO_CONSENSUS");
    expect(
      consensusStatus({ ...tally(4, 0), ratings: edge }, { ...limits, iqrMax: 1.4 }, "part"),
    ).toBe("NO_CONSENSUS");
    // The text as a whole is never rated: ratings handed to it change nothing.
    const low = summariseRatings(bins(1, 1, 2));
    expect(consensusStatus({ ...tally(4, 0), ratings: low }, limits, "whole")).toBe("CONSENSUS");
  });

  it("sorts verdicts into met and not met", () => {
    expect(
      (["CONSENSUS", "NO_CONSENSUS", "NO_OBJECTION", "CONTESTED", "NO_DATA"] as const).map((s) => [
        isUnresolved(s),
        wholeVerdict(s),
      ]),
    ).toEqual([
      [false, "CONSENSUS"],
      [true, "NO_CONSENSUS"],
      [false, "CONSENSUS"],
      [true, "NO_CONSENSUS"],
      [false, "NO_DATA"],
    ]);
  });
});
