import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { adminQuery } from "../../test/support/postgres.ts";
import { startSmtpSink } from "../../test/support/smtp-sink.ts";
import { checkServerLogs } from "./server-logs.ts";
import { e2eServers, MAILDIR_ENV, SMTP_PORT } from "./servers.ts";

// A real SMTP server in the test process; each received message becomes a JSON file that
// the specs (in worker processes) read.
export default async function globalSetup() {
  const maildir = process.env[MAILDIR_ENV]!;
  fs.rmSync(maildir, { recursive: true, force: true });
  fs.mkdirSync(maildir, { recursive: true });
  const sink = await startSmtpSink(SMTP_PORT, (mail) => {
    const file = path.join(maildir, `${Date.now()}-${crypto.randomBytes(4).toString("hex")}.json`);
    fs.writeFileSync(file, JSON.stringify(mail));
  });
  return async () => {
    await sink.stop();
    fs.rmSync(maildir, { recursive: true, force: true });
    // The whole run's server output, scanned once every test is over.
    const servers = Object.values(e2eServers());
    checkServerLogs(servers.map((s) => s.name));
    // On PostgreSQL each server made its own database (the second server shares one): the
    // run leaves none behind. The servers are stopped first, so that none is left querying a
    // database that is gone.
    await Promise.all(servers.map((s) => stopServer(s.dataDir)));
    for (const { env } of servers) {
      if (!env.DATABASE_URL || env.LIVEWITH_E2E_SHARES_DATABASE_OF) continue;
      const name = new URL(env.DATABASE_URL).pathname.slice(1);
      await adminQuery(env.DATABASE_URL, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  };
}

/**
 * Stops the server whose wrapper (scripts/e2e-server.ts) left its pid beside `dataDir`: the
 * wrapper hands the SIGTERM on to the server and exits once the server has.
 */
async function stopServer(dataDir: string) {
  const file = `${dataDir}.pid`;
  if (!fs.existsSync(file)) return;
  const pid = Number(fs.readFileSync(file, "utf8"));
  const signal = (name: NodeJS.Signals | 0) => {
    try {
      process.kill(pid, name);
      return true;
    } catch {
      return false; // gone
    }
  };
  if (!signal("SIGTERM")) return;
  // server.ts stops within ten seconds (e2e/graceful-stop.spec.ts).
  for (let i = 0; i < 120 && signal(0); i++) await new Promise((r) => setTimeout(r, 100));
}
