import "server-only";
import type { AppEnv as AppEnvT } from "./env-schema.ts";
import { loadEnv } from "./env-schema.ts";

export type { AppEnv } from "./env-schema.ts";

// Parsed once per process; nothing else reads process.env.
let cached: AppEnvT | undefined;

export function env() {
  cached ??= loadEnv(process.env);
  return cached;
}
