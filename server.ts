// The Livewith server: Next.js behind a small Node HTTP server, so that (1) the embedded
// database is locked before anything else starts, (2) secrets are resolved and checked at
// start-up, and (3) pages can trust the client's socket address (used to keep /dev/mail
// local). Usage: tsx server.ts [--dev]   (PORT, HOST from the environment)
import { rmSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import { resolveDbConfig, describeDbConfig } from "./lib/db/config.ts";
import { acquireDataDirLock, DataDirInUseError } from "./lib/db/pglite-lock.ts";
import { loadEnv } from "./lib/env-schema.ts";
import { servePublicPage } from "./lib/http/public-page-cache.ts";
import { REMOTE_ADDRESS_HEADER } from "./lib/http/remote-address.ts";
import { MissingSecretsError, resolveSecrets } from "./lib/secrets.ts";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

try {
  const env = loadEnv(process.env);
  const config = resolveDbConfig(env.DATABASE_URL, env.DATA_DIR);
  if (config.kind === "pglite") acquireDataDirLock(config.dataDir);
  const secrets = resolveSecrets(env, config, env.DATA_DIR);
  process.env.NEXTAUTH_SECRET = secrets.authSecret;
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  console.log(`Database: ${describeDbConfig(config)}`);
} catch (error) {
  if (error instanceof DataDirInUseError || error instanceof MissingSecretsError)
    fail(error.message);
  fail(error instanceof Error ? error.message : String(error));
}

// Next keeps the public pages it rendered on disk, but forgets on exit which of them were
// purged since. Start with none, so a page from before a restart is never taken as current.
rmSync(path.join(process.cwd(), ".next", "server", "route-cache"), {
  recursive: true,
  force: true,
});
const app = next({ dev, dir: process.cwd(), hostname: "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((req, res) => {
  // Only this server may set the header: a client-sent value is replaced.
  req.headers[REMOTE_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
  if (!dev && servePublicPage(req, res)) return;
  void handle(req, res);
});
server.listen(port, host, () => {
  console.log(`Livewith is ready on http://localhost:${port}`);
});

const shutdown = () => server.close(() => process.exit(0));
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
