import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { e2eServers, MAILDIR_ENV } from "./e2e/support/servers.ts";

// Two servers on the production build, each on its own fresh database:
//  - "smtp":  SMTP_URL points at the sink started in global setup (real SMTP path);
//  - "local": no SMTP, so messages land in the local mailbox (/dev/mail), as in the demo.
const maildir =
  process.env[MAILDIR_ENV] ?? path.join(os.tmpdir(), `livewith-e2e-mail-${process.pid}`);
process.env[MAILDIR_ENV] = maildir;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  globalSetup: "./e2e/support/global-setup.ts",
  use: {
    trace: "retain-on-failure",
    actionTimeout: 15_000,
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's Chromium (Playwright cannot download its own browsers here).
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-gpu",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: Object.values(e2eServers()).map((server) => ({
    command: "npx tsx scripts/e2e-server.ts",
    url: `${server.baseURL}/api/health`,
    env: server.env,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
  })),
});
