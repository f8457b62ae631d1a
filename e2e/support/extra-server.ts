import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect } from "@playwright/test";
import { SERVER_LOG_ENV } from "./server-logs.ts";
import { e2eServers, PORT_BASE, renamedUrl } from "./servers.ts";

export type ExtraServer = {
  base: string;
  process: ChildProcess;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
  /** Kills it if it is still running. */
  stop: () => void;
};

/**
 * One more production server on the suite's PostgreSQL database, for a spec that stops it
 * or runs it with other settings. `slot` picks its port past the suite's own servers (each
 * spec its own slot, so that specs may run side by side).
 */
export async function startExtraServer(
  slot: number,
  settings: Record<string, string> = {},
): Promise<ExtraServer> {
  const { second } = e2eServers();
  const port = PORT_BASE + 2 + slot;
  const base = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...second!.env,
    // Its own connection name: cutting the second server's connections must spare it.
    DATABASE_URL: renamedUrl(second!, `livewith-e2e-extra-${slot}`),
    PORT: String(port),
    NEXTAUTH_URL: base,
    [SERVER_LOG_ENV]: "",
    ...settings,
  };
  delete env.LIVEWITH_E2E_SHARES_DATABASE_OF;
  // A server left from an earlier run on this port would answer the health check in this
  // one's place, with another build and database: say so instead.
  const taken = await fetch(`${base}/api/health`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${port} already has a server (left by an earlier run?)`);
  // Its own process group: tsx runs the server in a child process, which a SIGKILL to tsx
  // alone would leave running (an orphan that kept the port after the run).
  const server = spawn(path.resolve("node_modules/.bin/tsx"), ["server.ts"], {
    env,
    stdio: "ignore",
    detached: true,
  });
  const exited = new Promise<number | null>((resolve) => server.on("exit", resolve));
  const stop = () => {
    try {
      process.kill(-server.pid!, "SIGKILL");
    } catch {
      // Already gone, the whole group.
    }
  };
  try {
    await waitUntilReady(base);
  } catch (error) {
    stop();
    throw error;
  }
  return { base, process: server, exited, stop };
}

export async function waitUntilReady(base: string) {
  await expect
    .poll(async () => (await fetch(`${base}/api/health`).catch(() => null))?.status ?? 0, {
      timeout: 60_000,
      intervals: [250],
    })
    .toBe(200);
}
