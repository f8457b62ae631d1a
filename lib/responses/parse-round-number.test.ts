import { describe, expect, it } from "vitest";
import { parseRoundNumber } from "./parse-round-number.ts";

// One parser for every round URL, the expert's and the facilitators': a round has one address.
describe("parseRoundNumber", () => {
  it("reads the canonical numbers", () => {
    expect(["1", "2", "10", "9999"].map(parseRoundNumber)).toEqual([1, 2, 10, 9999]);
  });

  it("refuses every other spelling, which Number() would have taken", () => {
    for (const raw of ["0", "01", "1.0", "1e1", " 1", "1 ", "+1", "0x1", "", "10000", "-1", "١"])
      expect(parseRoundNumber(raw), JSON.stringify(raw)).toBeNull();
  });
});
