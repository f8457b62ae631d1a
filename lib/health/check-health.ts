import "server-only";
import fs from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/app-db.ts";
import { isDraining } from "./draining.ts";

export type Readiness = {
  ok: boolean;
  database: "up" | "down";
  /** Every migration of this build applied ("current"), or some not yet ("pending"). */
  migrations: "current" | "pending" | "unknown";
  /** Asked to stop: finishing the requests in flight, taking no new ones. */
  draining: boolean;
};

// The migrations this build expects: the folders beside the schema. A deploy runs them once
// (npm run db:deploy) before starting the new servers; a server whose database lacks one of
// them is not ready, so a load balancer keeps it out until the deploy has migrated.
const expected = (() => {
  const dir = path.join(process.cwd(), "prisma", "migrations");
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return null;
  }
})();

/** Whether this server should receive requests: the readiness a load balancer checks. */
export async function checkHealth(db: () => Promise<Db>): Promise<Readiness> {
  try {
    const applied = await (
      await db()
    ).$queryRaw<{ name: string }[]>`
      SELECT migration_name AS "name" FROM "_prisma_migrations"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const done = new Set(applied.map((m) => m.name));
    const migrations =
      expected === null ? "unknown" : expected.every((m) => done.has(m)) ? "current" : "pending";
    // Read last: a stop that came while the query waited counts.
    const draining = isDraining();
    return { ok: !draining && migrations !== "pending", database: "up", migrations, draining };
  } catch {
    return { ok: false, database: "down", migrations: "unknown", draining: isDraining() };
  }
}
