import { afterEach, describe, expect, it, vi } from "vitest";
import { logger, scrub } from "./logger.ts";

// Log lines are JSON, filtered by LOG_LEVEL, and never carry an e-mail address or a link token.

const out: string[] = [];
const err: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  out.length = 0;
  err.length = 0;
});
function capture() {
  vi.spyOn(process.stdout, "write").mockImplementation((c) => (out.push(String(c)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((c) => (err.push(String(c)), true));
}
const token = "Ab3_dE5-fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5zA7bC"; // 43 base64url characters

describe("logger", () => {
  it("writes one JSON line per entry, warnings and errors on stderr", () => {
    capture();
    vi.stubEnv("LOG_LEVEL", "info");
    logger.info("ready", { port: 3000 });
    logger.error("failed", { route: "r" });
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0]!)).toMatchObject({ level: "info", msg: "ready", port: 3000 });
    expect(out[0]!.endsWith("\n")).toBe(true);
    expect(JSON.parse(err[0]!)).toMatchObject({ level: "error", msg: "failed", route: "r" });
  });

  it("drops entries below LOG_LEVEL, and everything when silent", () => {
    capture();
    vi.stubEnv("LOG_LEVEL", "warn");
    logger.info("hidden");
    logger.debug("hidden too");
    logger.warn("shown");
    vi.stubEnv("LOG_LEVEL", "silent");
    logger.error("not even this");
    expect(out).toEqual([]);
    expect(err.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(["shown"]);
  });

  it("masks e-mail addresses and link tokens in the message and in nested fields", () => {
    capture();
    vi.stubEnv("LOG_LEVEL", "debug");
    logger.warn(`link /respond/${token}/rounds/1 for ada.l@example.org`, {
      error: new Error(`no member for ${token}`),
      to: ["grace@navy.example.com"],
    });
    const line = err[0]!;
    expect(line).not.toContain(token);
    expect(line).not.toMatch(/ada\.l@|grace@/);
    expect(JSON.parse(line)).toMatchObject({
      msg: "link /respond/[token]/rounds/1 for [email]",
      error: { message: "no member for [token]" },
      to: ["[email]"],
    });
  });

  it("leaves ids and ordinary words alone", () => {
    expect(scrub("study cmx4ash1m000ck87d0666bpy1 round 2")).toBe(
      "study cmx4ash1m000ck87d0666bpy1 round 2",
    );
  });
});
