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
  // One spec file at a time by default: on two cores the browser, three servers and the
  // database are CPU-bound, and two workers took longer in all (docs/TESTING.md). Specs
  // share only the servers (each makes its own facilitator, experts and studies and reads
  // mail by its own addresses), so LIVEWITH_E2E_WORKERS=2 works where there are cores.
  fullyParallel: false,
  workers: Number(process.env.LIVEWITH_E2E_WORKERS ?? 1),
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
  // One project. (A second one for two-servers.spec.ts, run after the rest through
  // `dependencies`, was tried: asked for two spec files, Playwright ran the whole dependency
  // project first, and CI's filtered @embedded pass must not grow to every spec.) With one
  // worker the files run in name order: two-servers, which takes the demo study's pages
  // down for a while, comes after phone-width, which reads them.
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
