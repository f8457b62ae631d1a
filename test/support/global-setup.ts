import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { pgliteFactory } from "../../lib/db/adapter.ts";
import { resolveDbConfig } from "../../lib/db/config.ts";
import { deployMigrations, deployMigrationsWith } from "../../lib/db/migrations.ts";
import { adminQuery, uniqueDbName, withDatabase } from "./postgres.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** PostgreSQL: the migrated template database to clone. PGlite: a dump to load. */
    testDbTemplate: { kind: "postgres"; url: string } | { kind: "pglite"; dumpPath: string };
  }
}

// Migrating takes seconds, so do it once and give every test file a copy.
export default async function setup(project: TestProject) {
  const config = resolveDbConfig(process.env.DATABASE_URL);
  if (config.kind === "postgres") {
    const name = uniqueDbName("lw_tpl");
    await adminQuery(config.url, `CREATE DATABASE "${name}"`);
    const url = withDatabase(config.url, name);
    await deployMigrations({ kind: "postgres", url });
    project.provide("testDbTemplate", { kind: "postgres", url });
    return async () => {
      await adminQuery(config.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
  }
  const pg = new PGlite("memory://");
  await deployMigrationsWith(pgliteFactory(pg));
  const dump = await pg.dumpDataDir("none");
  await pg.close();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "livewith-test-"));
  const dumpPath = path.join(dir, "template.tar");
  fs.writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  project.provide("testDbTemplate", { kind: "pglite", dumpPath });
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
