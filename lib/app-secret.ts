import "server-only";
import { resolveDbConfig } from "@/lib/db/config.ts";
import { env } from "@/lib/env.ts";
import { resolveSecrets } from "@/lib/secrets.ts";

/** The server secret (NEXTAUTH_SECRET, or the one generated for the embedded database). */
export function appSecret(): string {
  const e = env();
  return resolveSecrets(e, resolveDbConfig(e.DATABASE_URL, e.DATA_DIR), e.DATA_DIR).authSecret;
}
