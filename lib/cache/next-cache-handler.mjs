// Next.js's cache of rendered public pages (the `cacheHandler` in next.config.ts), kept in
// memory and bound to the shared generation (public-generation-state.mjs): a page stored under
// an older generation, or while this server has lost touch with the counter, is a miss, so
// Next renders it anew. This replaces Next's default on-disk cache, which is per machine and
// which another server's purge could not reach. Plain JavaScript: Next loads it by path.
import { currentGeneration, isServable } from "./public-generation-state.mjs";

// The public pages are the only cached ones; a study has a dozen. Oldest dropped first.
const MAX_ENTRIES = 2_000;

// Module scope: Next makes a handler per request but the entries must outlive it.
const entries = new Map();

export default class PublicPageCacheHandler {
  async get(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    if (!isServable(entry.generation)) {
      entries.delete(key);
      return null;
    }
    return { value: entry.value, lastModified: entry.lastModified, tags: entry.tags };
  }

  async set(key, data, ctx) {
    entries.delete(key);
    if (data === null || data === undefined) return;
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value);
    entries.set(key, {
      value: data,
      lastModified: Date.now(),
      tags: ctx?.tags ?? [],
      generation: currentGeneration(),
    });
  }

  // revalidatePath("/", "layout") arrives here as tags; every cached page is public and a
  // purge means all of them (lib/publication/refresh-public-pages.ts).
  async revalidateTag() {
    entries.clear();
  }

  resetRequestCache() {}
}
