import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { checkHealth } from "./check-health.ts";
import { startDraining } from "./draining.ts";

let t: TestDb;
const db = async () => t.db;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());
afterEach(() => {
  delete (globalThis as Record<string, unknown>).__livewithDraining;
});

describe("the readiness a load balancer checks", () => {
  it("is ready with the database up and every migration of the build applied", async () => {
    expect(await checkHealth(db)).toEqual({
      ok: true,
      database: "up",
      migrations: "current",
      draining: false,
    });
  });

  it("is not ready while stopping, though the database is fine", async () => {
    startDraining();
    expect(await checkHealth(db)).toMatchObject({ ok: false, database: "up", draining: true });
  });

  it("is not ready while its database cannot be reached", async () => {
    const unreachable = async () => {
      throw new Error("connect ECONNREFUSED");
    };
    expect(await checkHealth(unreachable)).toMatchObject({ ok: false, database: "down" });
  });

  it("is not ready before the deploy has run this build's migrations", async () => {
    await t.db.$executeRaw`
      DELETE FROM "_prisma_migrations"
      WHERE migration_name = (SELECT max(migration_name) FROM "_prisma_migrations")`;
    expect(await checkHealth(db)).toMatchObject({ ok: false, migrations: "pending" });
  });
});
