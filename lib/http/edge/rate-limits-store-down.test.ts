import { afterAll, describe, expect, it } from "vitest";
import { BUDGETS, closeRateLimits, configureRateLimits, spend } from "./rate-limits.ts";

// The shared counters live in PostgreSQL. When it cannot answer — down, or every store
// connection busy past its wait during a burst — the budgets must still hold, counted by
// this server alone, rather than let a flood through exactly when the service is weakest.

afterAll(() => closeRateLimits());

describe("rate limits with the store unreachable", () => {
  it("counts in this server and refuses past the budget", async () => {
    // Nothing listens on port 1: every store query fails at once.
    configureRateLimits("postgres://nobody@127.0.0.1:1/none");
    const points = BUDGETS.signInAddress.points;
    const answers = [];
    for (let i = 0; i <= points; i++) answers.push(await spend("signInAddress", "a@b.test"));
    expect(answers.slice(0, points).every((a) => a.allowed)).toBe(true);
    expect(answers[points]).toMatchObject({ allowed: false });
    // Another key has its own count.
    expect((await spend("signInAddress", "c@d.test")).allowed).toBe(true);
  });
});
