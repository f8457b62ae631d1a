import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { bumpPublicGeneration, readPublicGeneration } from "./public-generation.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("the public pages' generation in the database", () => {
  it("starts at 0 and moves on by one per announced change, as every server reads it", async () => {
    expect(await readPublicGeneration(t.db)).toBe(0);
    expect(await bumpPublicGeneration(t.db)).toBe(1);
    expect(await bumpPublicGeneration(t.db)).toBe(2);
    expect(await readPublicGeneration(t.db)).toBe(2);
  });

  it("counts every one of concurrent announcements (on PostgreSQL, truly at once)", async () => {
    const before = await readPublicGeneration(t.db);
    const after = await Promise.all(Array.from({ length: 8 }, () => bumpPublicGeneration(t.db)));
    expect(new Set(after).size).toBe(8);
    expect(await readPublicGeneration(t.db)).toBe(before + 8);
  });
});
