import path from "node:path";
import { SERVER_LOG_DIR, SERVER_LOG_ENV } from "./server-logs.ts";

export const MAILDIR_ENV = "LIVEWITH_E2E_MAILDIR";
// Ports are configurable so that several checkouts can run their suites side by side.
export const PORT_BASE = Number(process.env.LIVEWITH_E2E_PORT_BASE ?? 3100);
export const SMTP_PORT = Number(process.env.LIVEWITH_E2E_SMTP_PORT ?? PORT_BASE - 501);
/** Addresses in this domain may create accounts on the "smtp" server; others may not. */
export const ALLOWED_DOMAIN = "allowed.e2e.test";

export type E2EServer = {
  name: string;
  baseURL: string;
  dataDir: string;
  env: Record<string, string>;
};

function databaseFor(name: string): string {
  const base = process.env.DATABASE_URL;
  if (!base || !/^postgres(ql)?:\/\//.test(base)) return "";
  const url = new URL(base);
  url.pathname = `/${url.pathname.slice(1)}_e2e_${name}`;
  return url.toString();
}

function server(name: string, port: number, extra: Record<string, string>): E2EServer {
  const baseURL = `http://localhost:${port}`;
  const dataDir = path.resolve(".data", `e2e-${name}`);
  return {
    name,
    baseURL,
    dataDir,
    env: {
      PORT: String(port),
      NODE_ENV: "production",
      DATA_DIR: dataDir,
      DATABASE_URL: databaseFor(name),
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: "e2e-only-secret-not-for-deployments-0123456789",
      OUTBOX_POLL_SECONDS: "1",
      // Rounds that close within a test: short deadlines, a scheduler that looks often.
      SCHEDULER_POLL_SECONDS: "2",
      ROUND_MIN_LEAD_SECONDS: "15",
      [SERVER_LOG_ENV]: path.join(SERVER_LOG_DIR, `${name}.log`),
      ...extra,
    },
  };
}

export const isEmbedded = !databaseFor("x");

/** How the second server names its database connections, so a test can cut them. */
export const SECOND_SERVER_APP_NAME = "livewith-e2e-second";

/**
 * The second server's database under another connection name (`name`): what cuts the
 * second server's connections, in a spec running beside, leaves these alone.
 */
export function renamedUrl(server: E2EServer, name: string): string {
  return server.env.DATABASE_URL!.replace(SECOND_SERVER_APP_NAME, name);
}

/** A test's own connection to the shared database (locks, checks), named as such. */
export const testClientUrl = (server: E2EServer) => renamedUrl(server, "livewith-e2e-test");

export function e2eServers() {
  const smtpEnv = {
    SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
    SIGNUP_POLICY: "allowlist",
    SIGNUP_ALLOWLIST: `@${ALLOWED_DOMAIN}`,
  };
  const smtp = server("smtp", PORT_BASE, smtpEnv);
  return {
    smtp,
    local: server("local", PORT_BASE + 1, { SMTP_URL: "", SIGNUP_POLICY: "open" }),
    // On PostgreSQL, a second server on the "smtp" server's database, as behind a load
    // balancer: every spec on "smtp" then runs with two servers' background work, and
    // e2e/two-servers.spec.ts checks what one server's change does to the other's pages.
    ...(isEmbedded
      ? {}
      : {
          second: server("second", PORT_BASE + 2, {
            ...smtpEnv,
            DATABASE_URL: `${smtp.env.DATABASE_URL!}?application_name=${SECOND_SERVER_APP_NAME}`,
            LIVEWITH_E2E_SHARES_DATABASE_OF: `${smtp.baseURL}/api/health`,
          }),
        }),
  };
}
