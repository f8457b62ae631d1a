import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import { pgliteFactory } from "../../lib/db/adapter.ts";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { countingFactory, type QueryLog } from "./counting-adapter.ts";
import { adminQuery, uniqueDbName, withDatabase } from "./postgres.ts";

export type TestDb = {
  db: PrismaClient;
  close: () => Promise<void>;
  /** The database's URL on PostgreSQL; undefined for the embedded one (in this process). */
  url?: string;
  /** Every statement the client sent, with `{ countQueries: true }`. */
  queries: QueryLog;
};

/**
 * A fresh, migrated database for one test file: a clone of the template on PostgreSQL,
 * or an in-memory PGlite loaded from the template's dump.
 */
export async function createTestDb(options: { countQueries?: boolean } = {}): Promise<TestDb> {
  const template = inject("testDbTemplate");
  const queries: QueryLog = { statements: [] };
  const wrap = (f: SqlMigrationAwareDriverAdapterFactory) =>
    options.countQueries ? countingFactory(f, queries) : f;
  if (template.kind === "postgres") {
    const name = uniqueDbName("lw_test");
    const templateName = new URL(template.url).pathname.slice(1);
    await withRetry(() =>
      adminQuery(template.url, `CREATE DATABASE "${name}" TEMPLATE "${templateName}"`),
    );
    const url = withDatabase(template.url, name);
    const db = new PrismaClient({ adapter: wrap(new PrismaPg({ connectionString: url })) });
    return {
      db,
      url,
      queries,
      close: async () => {
        await db.$disconnect();
        await adminQuery(template.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      },
    };
  }
  const pg = await PGlite.create({ loadDataDir: new Blob([fs.readFileSync(template.dumpPath)]) });
  const db = new PrismaClient({ adapter: wrap(pgliteFactory(pg)) });
  return {
    db,
    queries,
    close: async () => {
      await db.$disconnect();
      await pg.close();
    },
  };
}

// Two files cloning the template at the same moment can briefly collide on it.
async function withRetry(run: () => Promise<void>, attempts = 5): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      return await run();
    } catch (error) {
      if (i >= attempts || !/being accessed by other users/.test(String(error))) throw error;
      await new Promise((r) => setTimeout(r, 200 * i));
    }
  }
}
