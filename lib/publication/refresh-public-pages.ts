import "server-only";
import { revalidatePath } from "next/cache";
import { clearPublicPageCache } from "@/lib/http/public-page-cache.ts";

/**
 * Drops the cached public pages so the next visitor gets them freshly rendered. Call from
 * server actions after anything they show changes: publishing, unpublishing, an expert's
 * acknowledgement consent, a summary sent. The public pages are the only cached ones
 * (every other page is dynamic), so purging from the root costs nothing else.
 */
export function refreshPublicPages(): void {
  revalidatePath("/", "layout");
  clearPublicPageCache();
}
