import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { BUDGETS, closeRateLimits, configureRateLimits } from "@/lib/http/edge/rate-limits.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { queueSignInEmail } from "./queue-sign-in-email.ts";

// Issue 15: 200 parallel sign-in requests for one address queued 200 emails.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  configureRateLimits(t.url);
});
afterAll(async () => {
  await closeRateLimits();
  await t.close();
});

const url = (email: string) =>
  `http://localhost:3000/api/auth/callback/email?token=t&email=${encodeURIComponent(email)}`;

describe("sign-in links for one address", () => {
  it("are sent at most the hourly budget, however many are asked for at once", async () => {
    const known = `known-${Date.now()}@example.org`;
    await t.db.user.create({ data: { email: known } });
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, () => queueSignInEmail(t.db, known, url(known))),
    );
    // The caller cannot tell a sent link from a withheld one.
    expect(new Set(outcomes)).toEqual(new Set([undefined]));
    const sent = await t.db.outboundEmail.count({ where: { to: known, kind: "SIGN_IN" } });
    expect(sent).toBe(BUDGETS.signInAddress.points);
    // Letter case does not open a second budget.
    await queueSignInEmail(t.db, known.toUpperCase(), url(known));
    expect(
      await t.db.outboundEmail.count({
        where: { kind: "SIGN_IN", to: { in: [known, known.toUpperCase()] } },
      }),
    ).toBe(BUDGETS.signInAddress.points);
  });

  it("cannot be used up by someone else asking from elsewhere, and stay bounded from many places", async () => {
    const owner = `owner-${Date.now()}@example.org`;
    await t.db.user.create({ data: { email: owner } });
    const ask = (client: string, times: number) =>
      Promise.all(
        Array.from({ length: times }, () => queueSignInEmail(t.db, owner, url(owner), client)),
      );
    const sent = () => t.db.outboundEmail.count({ where: { to: owner, kind: "SIGN_IN" } });
    await ask("203.0.113.9", 20); // someone else, flooding
    expect(await sent()).toBe(BUDGETS.signInAddress.points);
    await ask("198.51.100.7", 1); // the owner, from their own address
    expect(await sent()).toBe(BUDGETS.signInAddress.points + 1);
    // From many addresses at once, the address's total caps the flood.
    for (let i = 0; i < 12; i++) await ask(`192.0.2.${i}`, BUDGETS.signInAddress.points);
    expect(await sent()).toBe(BUDGETS.signInAddressTotal.points);
  });

  it("are never sent to an address that may not sign in, with the same answer", async () => {
    const stranger = `stranger-${Date.now()}@not-allowed.example`;
    vi.stubEnv("SIGNUP_POLICY", "allowlist");
    vi.stubEnv("SIGNUP_ALLOWLIST", "@team.example");
    vi.resetModules();
    try {
      const fresh = await import("./queue-sign-in-email.ts");
      const outcomes = await Promise.all(
        Array.from({ length: 5 }, () => fresh.queueSignInEmail(t.db, stranger, url(stranger))),
      );
      expect(new Set(outcomes)).toEqual(new Set([undefined]));
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
    expect(await t.db.outboundEmail.count({ where: { to: stranger } })).toBe(0);
  });
});
