import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";
import { e2eServers, isEmbedded, PORT_BASE } from "./support/servers.ts";

const { local } = e2eServers();

// Tagged @embedded: CI runs it in its embedded pass (on PostgreSQL it skips).
test(
  "a second server on the same embedded directory fails at once and harms nothing",
  { tag: "@embedded" },
  async ({ request }) => {
    test.skip(!isEmbedded, "only the embedded database is single-process");
    const started = Date.now();
    const second = spawn("npx", ["tsx", "server.ts"], {
      env: { ...process.env, ...local.env, PORT: String(PORT_BASE + 99) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    second.stdout.on("data", (d) => (output += d));
    second.stderr.on("data", (d) => (output += d));
    const code = await new Promise<number | null>((resolve) => second.on("exit", resolve));

    expect(code).toBe(1);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(output).toMatch(
      /The embedded database in .* is in use by process \d+\. Stop that process, or set DATABASE_URL/,
    );

    // The running server still has its data.
    const health = await request.get(`${local.baseURL}/api/health`);
    expect(await health.json()).toMatchObject({ ok: true, database: "up" });
    const mailbox = await request.get(`${local.baseURL}/dev/mail`);
    expect(mailbox.status()).toBe(200);
  },
);
