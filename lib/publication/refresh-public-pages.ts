import "server-only";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { announcePublicChange } from "@/lib/cache/public-generation.ts";
import { clearPublicPageCache } from "@/lib/http/public-page-cache.ts";
import { describeError, logger } from "@/lib/log/logger.ts";

// Longer than any public page takes to render (the heaviest, a study's home, renders in
// well under a second at the size of the report bench).
const RENDER_WINDOW_MS = 5_000;

/**
 * Drops the cached public pages so the next visitor gets them freshly rendered, on this
 * server at once and on every other server sharing the database within a second (the
 * shared generation, lib/cache/). Called by the action pipeline after a mutation that
 * reports `public-pages` (lib/actions/purge-affected.ts). The public pages are the only
 * cached ones (every other page is dynamic), so purging from the root costs nothing else.
 *
 * Twice: a render that began before the change (a visitor's request, a link prefetch)
 * can finish after the first purge and store the old page as new, because Next dates an
 * entry by when it was stored. The second purge, once such renders are over, drops it.
 */
export async function refreshPublicPages(): Promise<void> {
  await purge();
  after(async () => {
    await new Promise((resolve) => setTimeout(resolve, RENDER_WINDOW_MS));
    await purge();
  });
}

async function purge() {
  revalidatePath("/", "layout");
  clearPublicPageCache();
  // The change itself is committed: a failed announcement must not report it as failed.
  // The second purge announces again; meanwhile a server that cannot read the counter
  // serves no cached page (public-generation-state.mjs).
  await announcePublicChange().catch((error: unknown) =>
    logger.error("public pages: could not announce a change", { error: describeError(error) }),
  );
}
