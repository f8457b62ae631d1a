// Starts one app server for the Playwright suite on a fresh database: a new PGlite
// directory, or (DATABASE_URL=postgres://…) a freshly created database of that name.
// Then migrations and the demo seed, then `tsx server.ts` on the production build. Or, with
// LIVEWITH_E2E_SHARES_DATABASE_OF, a second server on a database another one prepared.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { resolveDbConfig } from "../lib/db/config.ts";
import { loadEnv } from "../lib/env-schema.ts";
import { adminQuery } from "../test/support/postgres.ts";

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", args, { stdio: "inherit", env: process.env });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited ${code}`)),
    );
  });
}

/** Resolves once the server at `url` answers its health check (it prepared the database). */
async function waitForHealth(url: string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not become healthy`);
}

const env = loadEnv(process.env);
const config = resolveDbConfig(env.DATABASE_URL, env.DATA_DIR);
// A second server on another server's database (PostgreSQL only) waits for that one to have
// created, migrated and seeded it, and prepares nothing itself.
const sharedWith = process.env.LIVEWITH_E2E_SHARES_DATABASE_OF;
if (sharedWith) {
  await waitForHealth(sharedWith);
} else {
  if (config.kind === "pglite") {
    fs.rmSync(env.DATA_DIR, { recursive: true, force: true });
  } else {
    const name = new URL(config.url).pathname.slice(1);
    await adminQuery(config.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await adminQuery(config.url, `CREATE DATABASE "${name}"`);
  }
  await run(["tsx", "scripts/db.ts", "deploy"]);
  await run(["tsx", "--conditions=react-server", "prisma/seed.ts"]);
}

// The server's output goes to the terminal as before and, for the end-of-run check that it
// holds no personal data (e2e/support/server-logs.ts), to a file.
const logPath = process.env.LIVEWITH_E2E_SERVER_LOG;
// tsx itself, not through npx: tsx hands a SIGTERM on to the server (npx does not), so that
// the run's teardown can stop the server gracefully through this wrapper.
const server = spawn(path.resolve("node_modules/.bin/tsx"), ["server.ts"], {
  stdio: logPath ? ["inherit", "pipe", "pipe"] : "inherit",
  env: process.env,
});
if (logPath) {
  // Each server starts its own file afresh: a log from an earlier run must not be scanned.
  fs.mkdirSync(path.dirname(logPath), { recursive: true });
  fs.writeFileSync(logPath, "");
  // Written synchronously: nothing is left in a buffer when the server stops and the run's
  // teardown reads the file.
  const tee = (terminal: NodeJS.WriteStream) => (chunk: Buffer) => {
    terminal.write(chunk);
    fs.appendFileSync(logPath, chunk);
  };
  server.stdout?.on("data", tee(process.stdout));
  server.stderr?.on("data", tee(process.stderr));
}
// The run's teardown stops the servers itself before it drops their databases (a server
// stopped by Playwright afterwards would log every failed query meanwhile): it finds this
// process by the file beside the data directory.
const pidFile = `${env.DATA_DIR}.pid`;
fs.writeFileSync(pidFile, String(process.pid));
server.on("exit", () => fs.rmSync(pidFile, { force: true }));
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
