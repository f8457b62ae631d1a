import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
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
    checkServerLogs(Object.values(e2eServers()).map((s) => s.name));
  };
}
