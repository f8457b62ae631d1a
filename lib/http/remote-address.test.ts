import { describe, expect, it } from "vitest";
import { isLoopbackAddress } from "./remote-address.ts";

describe("loopback detection for local-only pages", () => {
  it("accepts loopback in IPv4, IPv6 and mapped form", () => {
    for (const a of ["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1"]) {
      expect(isLoopbackAddress(a)).toBe(true);
    }
  });

  it("refuses everything else, including a missing address", () => {
    for (const a of [
      "10.0.0.5",
      "192.168.1.2",
      "::ffff:10.0.0.1",
      "fe80::1",
      "",
      null,
      undefined,
      "127.0.0.1.evil",
    ]) {
      expect(isLoopbackAddress(a)).toBe(false);
    }
  });
});
