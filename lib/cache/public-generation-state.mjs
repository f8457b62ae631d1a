// Which cached public pages a server may still serve. Several servers share one counter in
// the database (the "public" row of CacheGeneration): a change that a public page shows bumps
// it, and each server reads it every second (watch-public-generation.ts). A page cached under
// an older generation is never served again; and when a server has not managed to read the
// counter for a few seconds it serves no cached page at all, since it cannot know whether
// another server purged them in the meantime (a database outage then costs renders, not
// correctness). With one process (the embedded database) nothing is watched and only the
// local purges count.
//
// Plain JavaScript on globalThis: server.ts (outside Next), the app's bundles and Next's cache
// handler (next-cache-handler.mjs, loaded by path) must all see the same state.

/** After this long without a successful read of the counter, no cached page is served. */
export const STALE_AFTER_MS = 3_000;

const KEY = "__livewithPublicGeneration";

function state() {
  return (globalThis[KEY] ??= { generation: 0, checkedAt: 0, watched: false });
}

/** The generation a page cached now is stored under. */
export function currentGeneration() {
  return state().generation;
}

/** Whether a page cached under `generation` may be served at `now` (ms). */
export function isServable(generation, now = Date.now()) {
  const s = state();
  if (generation !== s.generation) return false;
  return !s.watched || now - s.checkedAt < STALE_AFTER_MS;
}

/**
 * Records the counter as read from the database at `now`. From the first call on, the state
 * is "watched": pages are servable only while such reads keep coming.
 */
export function noteGeneration(generation, now = Date.now()) {
  const s = state();
  s.watched = true;
  s.checkedAt = now;
  if (generation > s.generation) s.generation = generation;
}

/** Moves past every page cached so far, in this process (a local purge). */
export function advanceGeneration() {
  state().generation += 1;
}

/** Back to a fresh, unwatched state: for tests. */
export function resetGenerationState() {
  globalThis[KEY] = { generation: 0, checkedAt: 0, watched: false };
}
