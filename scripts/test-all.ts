// `npm test`: every check, in the order that fails fastest. Runs against the embedded
// database by default, or the PostgreSQL server in DATABASE_URL.
import { spawnSync } from "node:child_process";

const steps: [string, string[]][] = [
  ["lint", ["eslint", ".", "--max-warnings", "0"]],
  ["typecheck", ["tsc", "--noEmit"]],
  ["migrations match the schema", ["tsx", "scripts/db.ts", "check"]],
  ["unit and integration tests", ["vitest", "run"]],
  ["production build", ["next", "build"]],
  ["end-to-end tests", ["playwright", "test"]],
];

const target = process.env.DATABASE_URL?.startsWith("postgres")
  ? "PostgreSQL"
  : "the embedded database";
console.log(`Running all tests against ${target}.`);
const timings: string[] = [];
for (const [name, args] of steps) {
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
