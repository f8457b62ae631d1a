import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function canSignInWith(allowlist: string, email: string) {
  vi.stubEnv("SIGNUP_POLICY", "allowlist");
  vi.stubEnv("SIGNUP_ALLOWLIST", allowlist);
  const { canSignIn } = await import("./can-sign-in.ts");
  return canSignIn(t.db, email);
}

describe("who may sign in", () => {
  it("existing facilitators always; new addresses only when the allow-list has them", async () => {
    const existing = `existing-${Date.now()}@elsewhere.org`;
    await t.db.user.create({ data: { email: existing } });
    expect(await canSignInWith("@team.org", existing)).toBe(true);
    expect(await canSignInWith("@team.org", `New-${Date.now()}@Team.org`)).toBe(true);
    expect(await canSignInWith("@team.org", `new-${Date.now()}@elsewhere.org`)).toBe(false);
  });
});
