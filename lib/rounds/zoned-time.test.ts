import { describe, expect, it } from "vitest";
import { isValidTimeZone, zonedTimeToUtc } from "./zoned-time.ts";

describe("zoned time", () => {
  it("converts a wall-clock time in a zone to the UTC instant", () => {
    expect(zonedTimeToUtc("2027-01-15T17:00", "Europe/Paris").toISOString()).toBe(
      "2027-01-15T16:00:00.000Z",
    );
    expect(zonedTimeToUtc("2027-07-15T17:00", "Europe/Paris").toISOString()).toBe(
      "2027-07-15T15:00:00.000Z",
    );
    expect(zonedTimeToUtc("2027-07-15T17:00", "America/Santiago").toISOString()).toBe(
      "2027-07-15T21:00:00.000Z",
    );
    expect(zonedTimeToUtc("2027-07-15T17:00", "UTC").toISOString()).toBe(
      "2027-07-15T17:00:00.000Z",
    );
    expect(zonedTimeToUtc("2027-01-15T09:30", "Asia/Kolkata").toISOString()).toBe(
      "2027-01-15T04:00:00.000Z",
    );
  });

  it("refuses malformed input and unknown zones", () => {
    expect(() => zonedTimeToUtc("15/01/2027 17:00", "UTC")).toThrow(RangeError);
    expect(isValidTimeZone("Europe/Paris")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});

describe("zoned time with seconds", () => {
  it("keeps the seconds of a datetime-local value with step=1", () => {
    expect(zonedTimeToUtc("2027-01-15T17:00:45", "Europe/Paris").toISOString()).toBe(
      "2027-01-15T16:00:45.000Z",
    );
  });
});

describe("zoned time next to a daylight-saving change", () => {
  // Europe/Paris in 2027: clocks go from 02:00 to 03:00 on 28 March (01:00 UTC) and from
  // 03:00 back to 02:00 on 31 October (01:00 UTC). A deadline set within the hour of a
  // change is where a one-pass conversion reads the wrong offset.
  const paris = (local: string) => zonedTimeToUtc(local, "Europe/Paris").toISOString();

  it("uses the offset in force at that wall-clock time, on either side of the change", () => {
    expect(paris("2027-03-28T01:30")).toBe("2027-03-28T00:30:00.000Z");
    expect(paris("2027-03-28T03:30")).toBe("2027-03-28T01:30:00.000Z");
    expect(paris("2027-10-31T01:30")).toBe("2027-10-30T23:30:00.000Z");
    expect(paris("2027-10-31T03:30")).toBe("2027-10-31T02:30:00.000Z");
  });

  it("moves a time the spring change skips an hour on, and reads a repeated one as the later", () => {
    // 02:30 never happens on 28 March: it becomes 03:30 summer time.
    expect(paris("2027-03-28T02:30")).toBe("2027-03-28T01:30:00.000Z");
    // 02:30 happens twice on 31 October (00:30 and 01:30 UTC): the second, winter time.
    expect(paris("2027-10-31T02:30")).toBe("2027-10-31T01:30:00.000Z");
  });
});
