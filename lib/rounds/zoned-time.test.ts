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
