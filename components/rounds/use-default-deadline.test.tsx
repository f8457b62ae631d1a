import { describe, expect, it } from "vitest";
import { defaultDeadline } from "./use-default-deadline.ts";

describe("the default deadline", () => {
  it("is the planned number of days ahead at 17:00, on the calendar of the given zone", () => {
    const now = new Date("2026-11-30T23:30:00Z");
    expect(defaultDeadline(14, now, "UTC")).toBe("2026-12-14T17:00");
    // Already 1 December in Tokyo: two weeks later is the 15th there.
    expect(defaultDeadline(14, now, "Asia/Tokyo")).toBe("2026-12-15T17:00");
    expect(defaultDeadline(1, now, "America/New_York")).toBe("2026-12-01T17:00");
  });
});
