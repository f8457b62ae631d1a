import "server-only";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client.ts";
import { env } from "@/lib/env.ts";
import { resolveDbConfig } from "@/lib/db/config.ts";
import { createPrismaClient } from "@/lib/db/client.ts";

/** The client or a transaction: every lib/ function takes one of these first. */
export type Db = PrismaClient | Prisma.TransactionClient;

type Holder = { promise?: Promise<PrismaClient> };
// One client per process, created on first use so that importing this module (e.g. in
// `next build` workers) opens nothing. globalThis survives hot reloads and duplicate
// module instances in the server bundles.
const holder = ((globalThis as Record<string, unknown>).__livewithDb ??= {}) as Holder;

export function getDb(): Promise<PrismaClient> {
  holder.promise ??= (async () => {
    const e = env();
    const config = resolveDbConfig(e.DATABASE_URL, e.DATA_DIR, e.DATABASE_POOL_SIZE);
    return (await createPrismaClient(config)).client;
  })();
  holder.promise.catch(() => (holder.promise = undefined));
  return holder.promise;
}
