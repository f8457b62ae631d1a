import "server-only";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { clearPublicPageCache } from "@/lib/http/public-page-cache.ts";

// Longer than any public page takes to render (the heaviest, a study's home, renders in
// well under a second at the size of the report bench).
const RENDER_WINDOW_MS = 5_000;

/**
 * Drops the cached public pages so the next visitor gets them freshly rendered. Call from
 * server actions after anything they show changes: publishing, unpublishing, an expert's
 * acknowledgement consent, a summary sent. The public pages are the only cached ones
 * (every other page is dynamic), so purging from the root costs nothing else.
 *
 * Twice: a render that began before the change (a visitor's request, a link prefetch)
 * can finish after the first purge and store the old page as new, because Next dates an
 * entry by when it was stored. The second purge, once such renders are over, drops it.
 */
export function refreshPublicPages(): void {
  purge();
  after(async () => {
    await new Promise((resolve) => setTimeout(resolve, RENDER_WINDOW_MS));
    purge();
  });
}

function purge() {
  revalidatePath("/", "layout");
  clearPublicPageCache();
}
