import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { getDb } from "@/lib/db/app-db.ts";
import { env } from "@/lib/env.ts";
import { describeError, logger } from "@/lib/log/logger.ts";
import { advanceGeneration, noteGeneration } from "./public-generation-state.mjs";

// The database side of the shared public-page generation (public-generation-state.mjs).

/** How often each server reads the counter: a purge reaches every server within this. */
export const WATCH_INTERVAL_MS = 1_000;

/** Moves the shared counter on, after a change the public pages show; the new generation. */
export async function bumpPublicGeneration(db: Db): Promise<number> {
  const [row] = await db.$queryRaw<{ generation: number }[]>`
    INSERT INTO "CacheGeneration" ("name", "generation", "changedAt")
    VALUES ('public', 1, now())
    ON CONFLICT ("name") DO UPDATE
      SET "generation" = "CacheGeneration"."generation" + 1, "changedAt" = now()
    RETURNING "generation"`;
  return row!.generation;
}

export async function readPublicGeneration(db: Db): Promise<number> {
  const [row] = await db.$queryRaw<{ generation: number }[]>`
    SELECT "generation" FROM "CacheGeneration" WHERE "name" = 'public'`;
  return row?.generation ?? 0;
}

/** Several servers can share a PostgreSQL database; the embedded one has a single process. */
const shared = () => Boolean(env().DATABASE_URL);

/**
 * Tells every server that the public pages changed: on PostgreSQL through the counter (this
 * server takes the new generation at once, the others within WATCH_INTERVAL_MS); on the
 * embedded database only this process serves pages.
 */
export async function announcePublicChange(): Promise<void> {
  if (!shared()) {
    advanceGeneration();
    return;
  }
  noteGeneration(await bumpPublicGeneration(await getDb()));
}

type WatchState = { started: boolean; reading: boolean; failing: boolean };
const watch = ((globalThis as Record<string, unknown>).__livewithGenerationWatch ??= {
  started: false,
  reading: false,
  failing: false,
}) as WatchState;

/** Reads the counter now and then every WATCH_INTERVAL_MS (PostgreSQL only). */
export function startPublicGenerationWatch(): void {
  if (watch.started || !shared()) return;
  watch.started = true;
  const read = async () => {
    if (watch.reading) return;
    watch.reading = true;
    try {
      noteGeneration(await readPublicGeneration(await getDb()));
      if (watch.failing) logger.info("public pages: cache generation readable again");
      watch.failing = false;
    } catch (error) {
      // Cached pages stop being served STALE_AFTER_MS after the last good read.
      if (!watch.failing)
        logger.warn("public pages: cannot read the cache generation", {
          error: describeError(error),
        });
      watch.failing = true;
    } finally {
      watch.reading = false;
    }
  };
  setInterval(() => void read(), WATCH_INTERVAL_MS).unref();
  void read();
}
