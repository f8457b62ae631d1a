import { z } from "zod";

// Kept free of "server-only" so scripts (migrations, seed, server.ts) can parse the same env.
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.preprocess(emptyToUndefined, z.string().optional()),
  // PostgreSQL connections this server may open (default 20; see README, "Configuration").
  DATABASE_POOL_SIZE: z.preprocess(
    emptyToUndefined,
    z.coerce.number().int().min(1).max(500).optional(),
  ),
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default(".data")),
  // The server log's threshold (lib/log/logger.ts reads it; JSON lines on stdout/stderr).
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  ),
  NEXTAUTH_URL: z.preprocess(emptyToUndefined, z.url().optional()),
  NEXTAUTH_SECRET: z.preprocess(emptyToUndefined, z.string().min(32).optional()),
  SMTP_URL: z.preprocess(emptyToUndefined, z.string().optional()),
  MAIL_FROM: z.preprocess(
    emptyToUndefined,
    z.string().default("Livewith <no-reply@livewith.local>"),
  ),
  // "open": anyone may create a facilitator account; "allowlist": only SIGNUP_ALLOWLIST.
  SIGNUP_POLICY: z.preprocess(emptyToUndefined, z.enum(["open", "allowlist"]).default("open")),
  // Comma-separated addresses (ana@example.org) and domains (@example.org or example.org).
  SIGNUP_ALLOWLIST: z.preprocess(emptyToUndefined, z.string().default("")),
  // Seconds between outbox polls; the worker also wakes immediately when mail is queued.
  OUTBOX_POLL_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  // Seconds between runs of the round scheduler (auto-close at the deadline, reminders).
  SCHEDULER_POLL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  // A round's deadline must be at least this far ahead when it is set (browser tests use seconds).
  ROUND_MIN_LEAD_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 3600)
    .default(3600),
  // How many reverse proxies in front of the app append to X-Forwarded-For (0: clients
  // connect directly). The client address used for request budgets is read that many
  // entries from the right; anything further left could be forged by the client.
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // Multiplies every request budget (lib/http/edge/rate-limits.ts BUDGETS): above 1 for
  // many users behind one address, below 1 to be stricter.
  RATE_LIMIT_SCALE: z.coerce.number().min(0.1).max(100).default(1),
});

export type AppEnv = z.infer<typeof envSchema>;

export function loadEnv(source: Record<string, string | undefined>): AppEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
