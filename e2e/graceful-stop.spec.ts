import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { SERVER_LOG_ENV } from "./support/server-logs.ts";
import { e2eServers, isEmbedded, PORT_BASE } from "./support/servers.ts";

// A server asked to stop (a deploy, a scale-down) finishes what it is doing and exits: the
// request in flight gets its answer, and the exit comes within ten seconds. A third server on
// the shared PostgreSQL database, started and stopped by this spec alone.
const { second } = e2eServers();

async function waitUntilReady(base: string) {
  await expect
    .poll(async () => (await fetch(`${base}/api/health`).catch(() => null))?.status ?? 0, {
      timeout: 60_000,
      intervals: [250],
    })
    .toBe(200);
}

test("a stopping server answers the request in flight, then exits within ten seconds", async () => {
  test.skip(isEmbedded || !second, "the extra server shares the suite's PostgreSQL database");
  test.setTimeout(120_000);
  const port = PORT_BASE + 3;
  const base = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...second!.env,
    PORT: String(port),
    NEXTAUTH_URL: base,
    [SERVER_LOG_ENV]: "",
  };
  delete env.LIVEWITH_E2E_SHARES_DATABASE_OF;
  const server = spawn(path.resolve("node_modules/.bin/tsx"), ["server.ts"], {
    env,
    stdio: "ignore",
  });
  const exited = new Promise<number | null>((resolve) => server.on("exit", resolve));
  const db = new pg.Client({ connectionString: second!.env.DATABASE_URL });
  await db.connect();
  try {
    await waitUntilReady(base);

    // Hold the readiness check's query on a lock, so that its request is in flight for sure…
    await db.query("BEGIN");
    await db.query('LOCK TABLE "_prisma_migrations" IN ACCESS EXCLUSIVE MODE');
    const inFlight = fetch(`${base}/api/health`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // …when the server is told to stop.
    const stoppedAt = Date.now();
    server.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 500));
    // It takes no new request…
    await expect(fetch(`${base}/api/health`)).rejects.toThrow();
    // …and answers the one in flight, saying it is no longer ready, once its query can run.
    await db.query("COMMIT");
    const answer = await inFlight;
    expect(answer.status).toBe(503);
    expect(await answer.json()).toMatchObject({ draining: true, database: "up" });
    expect(await exited).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(10_000);
  } finally {
    await db.end();
    if (server.exitCode === null) server.kill("SIGKILL");
  }
});
