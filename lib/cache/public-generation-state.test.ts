import { afterEach, describe, expect, it } from "vitest";
import {
  STALE_AFTER_MS,
  advanceGeneration,
  currentGeneration,
  isServable,
  noteGeneration,
  resetGenerationState,
} from "./public-generation-state.mjs";
import PublicPageCacheHandler from "./next-cache-handler.mjs";

afterEach(() => resetGenerationState());

describe("the shared generation of cached public pages", () => {
  it("serves, with one process, what was cached since the last local purge", () => {
    expect(isServable(0)).toBe(true);
    advanceGeneration();
    expect(currentGeneration()).toBe(1);
    expect([isServable(0), isServable(1)]).toEqual([false, true]);
  });

  it("serves, once watched, only while the counter keeps being read", () => {
    noteGeneration(4, 10_000);
    expect(isServable(4, 10_000 + STALE_AFTER_MS - 1)).toBe(true);
    // No successful read for STALE_AFTER_MS: another server may have purged meanwhile.
    expect(isServable(4, 10_000 + STALE_AFTER_MS)).toBe(false);
    noteGeneration(4, 20_000);
    expect(isServable(4, 20_001)).toBe(true);
  });

  it("drops what was cached before another server's purge, and never goes back", () => {
    noteGeneration(4, 1_000);
    noteGeneration(5, 2_000);
    expect([isServable(4, 2_001), isServable(5, 2_001)]).toEqual([false, true]);
    // A read that raced an older answer (a slow query) does not undo the purge.
    noteGeneration(4, 3_000);
    expect(currentGeneration()).toBe(5);
  });
});

describe("Next's cache of public pages", () => {
  const page = { kind: "APP_PAGE", html: "<p>v1</p>" };

  it("keeps a page until a purge, here or on another server", async () => {
    const handler = new PublicPageCacheHandler();
    await handler.set("/s/study", page, { tags: ["_N_T_/s/study"] });
    expect(await handler.get("/s/study")).toMatchObject({ value: page, tags: ["_N_T_/s/study"] });
    // A purge on this server (revalidatePath arrives as tags).
    await handler.revalidateTag(["_N_T_/layout"]);
    expect(await handler.get("/s/study")).toBeNull();
    // Another server's purge: the counter moved on.
    await handler.set("/s/study", page, {});
    noteGeneration(currentGeneration() + 1);
    expect(await handler.get("/s/study")).toBeNull();
    // Stored under the new generation, it is served again.
    await handler.set("/s/study", page, {});
    expect(await handler.get("/s/study")).toMatchObject({ value: page });
  });
});
