import { describe, expect, it } from "vitest";
import { GRACE_SECONDS, isAcceptingResponses, isDueToClose } from "./round-window.ts";

const closesAt = new Date("2027-03-01T12:00:00Z");
const at = (seconds: number) => new Date(closesAt.getTime() + seconds * 1000);

describe("round window", () => {
  it("accepts answers while open, up to the deadline plus the grace", () => {
    expect(isAcceptingResponses({ state: "OPEN", closesAt }, at(-3600))).toBe(true);
    expect(isAcceptingResponses({ state: "OPEN", closesAt }, at(GRACE_SECONDS))).toBe(true);
    expect(isAcceptingResponses({ state: "OPEN", closesAt }, at(GRACE_SECONDS + 1))).toBe(false);
  });

  it("never accepts answers in a scheduled or closed round", () => {
    expect(isAcceptingResponses({ state: "SCHEDULED", closesAt }, at(-60))).toBe(false);
    expect(isAcceptingResponses({ state: "CLOSED", closesAt }, at(-60))).toBe(false);
  });

  it("is due to close only once the grace has passed", () => {
    expect(isDueToClose({ state: "OPEN", closesAt }, at(GRACE_SECONDS))).toBe(false);
    expect(isDueToClose({ state: "OPEN", closesAt }, at(GRACE_SECONDS + 1))).toBe(true);
    expect(isDueToClose({ state: "CLOSED", closesAt }, at(3600))).toBe(false);
  });
});
