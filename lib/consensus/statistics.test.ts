import { describe, expect, it } from "vitest";
import {
  consensusStatus,
  quantile,
  share,
  summariseRatings,
  type ConsensusRule,
  type RatingBin,
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
  const rule: ConsensusRule = { threshold: 75, medianMin: null, iqrMax: null };
  const tally = (canLiveWith: number, cannotLiveWith: number) => ({
    canLiveWith,
    cannotLiveWith,
    ratings: null,
  });

  it("counts exactly the threshold as consensus", () => {
    expect(consensusStatus(tally(3, 1), rule)).toBe("CONSENSUS");
    expect(consensusStatus(tally(2, 1), rule)).toBe("NO_CONSENSUS");
    // 0.7 * 100 is 70.00000000000001 in floating point; 7 of 10 must still meet 70%.
    expect(consensusStatus(tally(7, 3), { ...rule, threshold: 70 })).toBe("CONSENSUS");
    expect(consensusStatus(tally(6, 3), { ...rule, threshold: 67 })).toBe("NO_CONSENSUS");
  });

  it("never calls an unanswered part a consensus", () => {
    expect(consensusStatus(tally(0, 0), rule)).toBe("NO_DATA");
    expect(consensusStatus(tally(1, 0), rule)).toBe("CONSENSUS");
  });

  it("adds the rating criteria when the protocol sets them", () => {
    const withRatings = { ...rule, medianMin: 7, iqrMax: 1.5 };
    const narrow = summariseRatings(bins(7, 8, 8, 8, 9));
    const wide = summariseRatings(bins(9, 7, 8, 9, 7));
    const low = summariseRatings(bins(5, 6, 6, 6, 7));
    expect(consensusStatus({ ...tally(5, 0), ratings: narrow }, withRatings)).toBe("CONSENSUS");
    expect(consensusStatus({ ...tally(5, 0), ratings: wide }, withRatings)).toBe("NO_CONSENSUS");
    expect(consensusStatus({ ...tally(5, 0), ratings: low }, withRatings)).toBe("NO_CONSENSUS");
    // Criteria without collected ratings fall back to the share alone.
    expect(consensusStatus(tally(5, 0), withRatings)).toBe("CONSENSUS");
  });
});
