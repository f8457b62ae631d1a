import crypto from "node:crypto";
import pg from "pg";
import { loadEnv } from "@/lib/env-schema.ts";
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { describeError, logger } from "@/lib/log/logger.ts";

// Request budgets. On PostgreSQL the counters live in one table (RateLimit, created by a
// migration) that every app server shares, so N servers behind a load balancer enforce one
// budget; the embedded database is one process by construction and counts in memory.
// Not "server-only": server.ts (the edge) and the app's bundles share the limiters through
// globalThis.

const MINUTE = 60;

/** Each budget: how many requests per key (`points`) within `duration` seconds. */
export const BUDGETS = {
  /**
   * Sign-in emails per address and client address: beyond this, the same neutral answer
   * and no email. Keyed on both, so that someone else asking for links cannot use up the
   * owner's; the per-address total below bounds a flood from many places.
   */
  signInAddress: { points: 5, duration: 60 * MINUTE },
  /** Sign-in emails per address, from anywhere. */
  signInAddressTotal: { points: 30, duration: 60 * MINUTE },
  /** Any POST to the sign-in routes, per client address. */
  authAddress: { points: 200, duration: 15 * MINUTE },
  /** Requests under one personal link (pages, autosave, forms). */
  expertLink: { points: 600, duration: 10 * MINUTE },
  /** Requests under any personal link from one client address (a whole panel may share a NAT). */
  expertAddress: { points: 6000, duration: 10 * MINUTE },
  /**
   * Downloads of the public JSON and CSV files per client address, counted by each server
   * on its own: the files are served from memory, and a shared counter would cost a database
   * write per download, more than the file. With N servers a client may get N times as many.
   */
  publicData: { points: 120, duration: MINUTE, perServer: true },
} as const satisfies Record<string, { points: number; duration: number; perServer?: true }>;

export type BudgetName = keyof typeof BUDGETS;

type Limiters = Record<BudgetName, RateLimiterAbstract>;
type Holder = { limiters?: Limiters; pool?: pg.Pool; url?: string };

const holder = ((globalThis as Record<string, unknown>).__livewithRateLimits ??= {}) as Holder;

/**
 * Sets the store up once per process: PostgreSQL when the app runs on it, memory otherwise.
 * `scale` multiplies every budget (RATE_LIMIT_SCALE), e.g. for a panel behind one NAT.
 */
export function configureRateLimits(databaseUrl: string | undefined, scale = 1): Limiters {
  const postgres = databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl);
  if (holder.url !== databaseUrl) void closeRateLimits();
  if (postgres && !holder.pool) {
    holder.pool = new pg.Pool({
      connectionString: databaseUrl,
      max: 4,
      connectionTimeoutMillis: 2000,
    });
    // An idle connection dropped by the server or a proxy is an "error" event; unheard,
    // it would end the process. The next request gets a new connection.
    holder.pool.on("error", (error) =>
      logger.error("rate limits: connection lost", { error: describeError(error) }),
    );
  }
  holder.url = databaseUrl;
  const make = (name: BudgetName): RateLimiterAbstract => {
    const budget = {
      points: Math.max(1, Math.round(BUDGETS[name].points * scale)),
      duration: BUDGETS[name].duration,
      keyPrefix: name,
    };
    const shared = holder.pool && !("perServer" in BUDGETS[name]);
    return shared
      ? new RateLimiterPostgres({
          ...budget,
          storeClient: holder.pool!,
          storeType: "pool",
          tableName: "RateLimit",
          tableCreated: true,
          // Rows are deleted an hour after their window ends: counters are kept no longer.
          clearExpiredByTimeout: true,
          // When the store fails (unreachable, or its connections all busy past their wait
          // under a burst), this server counts on its own instead of letting everyone through.
          insuranceLimiter: new StoreDownLimiter(name, budget),
        })
      : new RateLimiterMemory(budget);
  };
  holder.limiters = Object.fromEntries(
    (Object.keys(BUDGETS) as BudgetName[]).map((name) => [name, make(name)]),
  ) as Limiters;
  return holder.limiters;
}

/** The in-memory count a server falls back on; says so in the log at most once a minute. */
class StoreDownLimiter extends RateLimiterMemory {
  private lastLogged = 0;
  private since = 0;
  constructor(
    private readonly budget: BudgetName,
    options: ConstructorParameters<typeof RateLimiterMemory>[0],
  ) {
    super(options);
  }
  override consume(...args: Parameters<RateLimiterMemory["consume"]>) {
    this.since++;
    if (Date.now() - this.lastLogged >= 60_000) {
      logger.error("rate limits: store failed, counting in this server", {
        budget: this.budget,
        requests: this.since,
      });
      this.lastLogged = Date.now();
      this.since = 0;
    }
    return super.consume(...args);
  }
}

function limiters(): Limiters {
  // server.ts configures them at start; anything else (scripts, tests) from the environment.
  if (holder.limiters) return holder.limiters;
  const env = loadEnv(process.env);
  return configureRateLimits(env.DATABASE_URL, env.RATE_LIMIT_SCALE);
}

export type Spent = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Spends one request of `key`'s budget. A store that fails (the database is unreachable or
 * saturated) hands the count to this server's memory (StoreDownLimiter); should even that
 * fail, the request goes through: the limits protect the service, and refusing everyone
 * would be the outage they guard against.
 */
export async function spend(name: BudgetName, key: string): Promise<Spent> {
  try {
    await limiters()[name].consume(storedKey(key));
    return { allowed: true };
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)),
      };
    }
    logger.error("rate limits: store failed", { budget: name, error: describeError(error) });
    return { allowed: true };
  }
}

export async function closeRateLimits(): Promise<void> {
  const pool = holder.pool;
  holder.pool = undefined;
  holder.limiters = undefined;
  await pool?.end();
}

/** Forgets a key's count (tests). */
export async function resetBudget(name: BudgetName, key: string): Promise<void> {
  await limiters()[name].delete(storedKey(key));
}

/**
 * Keys are stored hashed: the table then holds no email or client address in clear, and
 * every key fits its column whatever its length.
 */
function storedKey(key: string): string {
  return crypto.createHash("sha256").update(key).digest("base64url");
}
