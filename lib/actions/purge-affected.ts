import "server-only";
import { refreshPublicPages } from "@/lib/publication/refresh-public-pages.ts";
import type { Affected } from "./affected.ts";

/** Purges what a mutation said it changed; nothing for a mutation that changed none. */
export async function purgeAffected(affects: readonly Affected[] | undefined): Promise<void> {
  if (affects?.includes("public-pages")) await refreshPublicPages();
}
