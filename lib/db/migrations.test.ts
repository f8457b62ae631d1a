import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { pgliteFactory } from "./adapter.ts";
import { resolveDbConfig } from "./config.ts";
import {
  deployMigrations,
  deployMigrationsWith,
  getMigrationStatus,
} from "./migrations.ts";
import { adminQuery, uniqueDbName, withDatabase } from "../../test/support/postgres.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "livewith-migrations-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A copy of prisma/ whose schema gained a model that no migration creates. */
function driftedCopy(): string {
  const dir = path.join(tmp, `drift-${Date.now()}`);
  fs.cpSync(path.join(root, "prisma"), path.join(dir, "prisma"), { recursive: true });
  fs.appendFileSync(
    path.join(dir, "prisma", "schema.prisma"),
    "\nmodel DriftCheck {\n  id String @id\n}\n",
  );
  return dir;
}

// The schema engine is CPU-heavy WebAssembly; on a busy 2-core machine a diff takes a while.
describe("migrations", { timeout: 120_000 }, () => {
  it("keep semicolons out of comments (the PostgreSQL adapter splits scripts at each one)", () => {
    const dir = path.join(root, "prisma", "migrations");
    const offending = fs
      .readdirSync(dir)
      .filter((name) => fs.existsSync(path.join(dir, name, "migration.sql")))
      .flatMap((name) =>
        fs
          .readFileSync(path.join(dir, name, "migration.sql"), "utf8")
          .split("\n")
          .filter((line) => /--.*;/.test(line))
          .map((line) => `${name}: ${line}`),
      );
    expect(offending).toEqual([]);
  });

  // One drifted diff, through the command CI runs: each diff replays every migration into
  // a fresh in-memory PGlite (seconds of CPU), so the case without drift is left to
  // `npm test`'s own "migrations match the schema" step, the same command on this checkout.
  it("make `npm run db:check` fail with the missing SQL when the schema changes without one", async () => {
    const dir = driftedCopy();
    const script = path.join(root, "scripts", "db.ts");
    const tsx = path.join(root, "node_modules", ".bin", "tsx");
    const failed = await run(tsx, [script, "check"], { cwd: dir }).then(
      () => ({ code: 0, stderr: "" }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("without a migration");
    expect(failed.stderr).toContain('CREATE TABLE "DriftCheck"');
  });

  it("apply to an empty database once; a second deploy applies nothing", async () => {
    const config = resolveDbConfig(process.env.DATABASE_URL);
    if (config.kind === "postgres") {
      const name = uniqueDbName("lw_migrate");
      await adminQuery(config.url, `CREATE DATABASE "${name}"`);
      const target = { kind: "postgres" as const, url: withDatabase(config.url, name) };
      try {
        const first = await deployMigrations(target);
        expect(first.length).toBeGreaterThan(0);
        expect(await deployMigrations(target)).toEqual([]);
        expect(await getMigrationStatus(target)).toMatchObject({ pending: [], failed: [] });
      } finally {
        await adminQuery(config.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }
      return;
    }
    const dataDir = path.join(tmp, "embedded");
    const target = { kind: "pglite" as const, dataDir };
    const first = await deployMigrations(target);
    expect(first.length).toBeGreaterThan(0);
    expect(await deployMigrations(target)).toEqual([]);
    expect(await getMigrationStatus(target)).toMatchObject({ pending: [], failed: [] });
  });

  it("record a failing migration as failed, not applied", async () => {
    const dir = path.join(tmp, `broken-${Date.now()}`);
    fs.cpSync(path.join(root, "prisma"), path.join(dir, "prisma"), { recursive: true });
    const broken = path.join(dir, "prisma", "migrations", "99990101000000_broken");
    fs.mkdirSync(broken);
    fs.writeFileSync(
      path.join(broken, "migration.sql"),
      'ALTER TABLE "NoSuchTable" ADD COLUMN x int;',
    );
    const pg = new PGlite("memory://");
    try {
      const paths = {
        schemaPath: path.join(dir, "prisma", "schema.prisma"),
        migrationsDir: path.join(dir, "prisma", "migrations"),
      };
      await expect(deployMigrationsWith(pgliteFactory(pg), paths)).rejects.toThrow();
      const { rows } = await pg.query<{ finished: boolean }>(
        `SELECT finished_at IS NOT NULL AS finished FROM "_prisma_migrations" WHERE migration_name = '99990101000000_broken'`,
      );
      expect(rows).toEqual([{ finished: false }]);
    } finally {
      await pg.close();
    }
  });
});
