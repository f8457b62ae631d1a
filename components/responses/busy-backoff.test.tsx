import { describe, expect, it } from "vitest";
import { busyBackoffMs } from "./use-response-autosave.ts";

describe("the retry wait after a busy answer", () => {
  it("doubles from about 1 s, stops growing at 30 s, and spreads retries with jitter", () => {
    const low = (n: number) => busyBackoffMs(n, () => 0);
    const high = (n: number) => busyBackoffMs(n, () => 1);
    expect([1, 2, 3, 4].map(high)).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect([1, 2, 3].map(low)).toEqual([500, 1_000, 2_000]);
    expect(high(10)).toBe(30_000);
    expect(low(10)).toBe(15_000);
  });
});
