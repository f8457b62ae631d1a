// `npm test`: every check, in the order that fails fastest. Runs against the embedded
// database by default, or the PostgreSQL server in DATABASE_URL.
import { spawnSync } from "node:child_process";

// --database-only: the steps whose outcome depends on the database, for a second pass on
// another database after a full one (CI). Lint, types, the migration check and the build
// are the same on every database: the build renders no page from the database.
const databaseOnly = process.argv.includes("--database-only");
// --embedded-e2e-only: of the browser tests, only those tagged @embedded (what only the
// embedded database does, and the newcomer's demo on it). CI's embedded pass uses it
// because its PostgreSQL pass runs every browser test; see .ci/run.
const e2eArgs = process.argv.includes("--embedded-e2e-only")
  ? ["playwright", "test", "--grep", "@embedded"]
  : ["playwright", "test"];
const steps: [string, string[], boolean][] = [
  ["lint", ["eslint", ".", "--max-warnings", "0"], false],
  ["typecheck", ["tsc", "--noEmit"], false],
  ["migrations match the schema", ["tsx", "scripts/db.ts", "check"], false],
  ["unit and integration tests", ["vitest", "run"], true],
  ["production build", ["next", "build"], false],
  ["end-to-end tests", e2eArgs, true],
];

const target = process.env.DATABASE_URL?.startsWith("postgres")
  ? "PostgreSQL"
  : "the embedded database";
console.log(`Running all tests against ${target}.`);
const timings: string[] = [];
for (const [name, args, usesDatabase] of steps) {
  if (databaseOnly && !usesDatabase) continue;
  console.log(`\n▶ ${name}: npx ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync("npx", args, { stdio: "inherit", env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  timings.push(`  ${name}: ${seconds}s`);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}
console.log(`\n✔ All checks passed against ${target}.\n${timings.join("\n")}`);
