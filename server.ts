// The Livewith server: Next.js behind a small Node HTTP server, so that (1) the embedded
// database is locked before anything else starts, (2) secrets are resolved and checked at
// start-up, (3) pages can trust the client's socket address (used to keep /dev/mail
// local), and (4) every request passes one edge before Next sees it: cross-site writes,
// body sizes and request budgets are refused there (lib/http/edge/guard-request.ts), and
// every response leaves with the security headers and, for pages, a CSP that hashes their
// inline scripts (lib/http/edge/secure-response.ts). Compression happens here too, after
// the CSP has seen the page. Usage: tsx server.ts [--dev]   (PORT, HOST from the environment)
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import compression from "compression";
import next from "next";
import { resolveDbConfig, describeDbConfig } from "./lib/db/config.ts";
import { acquireDataDirLock, DataDirInUseError } from "./lib/db/pglite-lock.ts";
import { loadEnv } from "./lib/env-schema.ts";
import { guardRequest, type EdgeOptions } from "./lib/http/edge/guard-request.ts";
import { configureRateLimits } from "./lib/http/edge/rate-limits.ts";
import { clientAddress } from "./lib/http/edge/request-policy.ts";
import {
  applyPagePolicy,
  capPublicCaching,
  setSecurityHeaders,
  type SecurityOptions,
} from "./lib/http/edge/secure-response.ts";
import {
  backgroundWorkSettled,
  handBackClaims,
  isDraining,
  startDraining,
} from "./lib/health/draining.ts";
import { servePublicPage } from "./lib/http/public-page-cache.ts";
import { REMOTE_ADDRESS_HEADER } from "./lib/http/remote-address.ts";
import { MissingSecretsError, resolveSecrets } from "./lib/secrets.ts";
import { describeError, logger } from "./lib/log/logger.ts";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

function fail(message: string): never {
  logger.error(message);
  process.exit(1);
}

let edge: EdgeOptions;
let security: SecurityOptions;
try {
  const env = loadEnv(process.env);
  const config = resolveDbConfig(env.DATABASE_URL, env.DATA_DIR);
  if (config.kind === "pglite") acquireDataDirLock(config.dataDir);
  const secrets = resolveSecrets(env, config, env.DATA_DIR);
  process.env.NEXTAUTH_SECRET = secrets.authSecret;
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  const appOrigin = new URL(process.env.NEXTAUTH_URL).origin;
  edge = { appOrigin, trustedProxyHops: env.TRUSTED_PROXY_HOPS };
  security = { https: appOrigin.startsWith("https:"), dev };
  configureRateLimits(env.DATABASE_URL, env.RATE_LIMIT_SCALE);
  logger.info(`Database: ${describeDbConfig(config)}`);
} catch (error) {
  if (error instanceof DataDirInUseError || error instanceof MissingSecretsError)
    fail(error.message);
  fail(error instanceof Error ? error.message : String(error));
}

// Rendered public pages live in memory (lib/cache/next-cache-handler.mjs). Next's default
// cache kept them on disk and forgot on exit which were purged: a build or a version from
// before may have left such files, so none is ever taken as current.
rmSync(path.join(process.cwd(), ".next", "server", "route-cache"), {
  recursive: true,
  force: true,
});
const app = next({ dev, dir: process.cwd(), hostname: "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

const compress = compression();

const server = http.createServer((req, res) => {
  // Only this server may set these headers: client-sent values are replaced.
  // The client's address: the socket's, or behind TRUSTED_PROXY_HOPS proxies the one they
  // report. The local mailbox and the request budgets both go by it, so a reverse proxy
  // on this machine does not make every visitor "local".
  req.headers[REMOTE_ADDRESS_HEADER] = clientAddress(
    req.headers,
    req.socket.remoteAddress,
    edge.trustedProxyHops,
  );
  // One id per request, in the response and in any error logged for it (instrumentation.ts).
  const requestId = randomUUID();
  req.headers["x-request-id"] = requestId;
  res.setHeader("X-Request-Id", requestId);
  setSecurityHeaders(res, security);
  void (async () => {
    if (await guardRequest(req, res, edge)) return;
    // The stored copy already carries its compressed body and headers (its CSP included).
    if (!dev && servePublicPage(req, res)) return;
    // Layers, inner to outer: the public-page recorder (keeps what goes out), compression,
    // the page policy (sees the page before it is compressed).
    capPublicCaching(req.url, res);
    compress(req as never, res as never, () => {});
    // A HEAD has no body to hash; its headers (Content-Length included) pass as Next set them.
    if (req.method !== "HEAD") applyPagePolicy(res, security);
    await handle(req, res);
  })().catch((error: unknown) => {
    logger.error("request failed", { requestId, error: describeError(error) });
    if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("Internal error");
  });
});
server.listen(port, host, () => {
  logger.info(`Livewith is ready on http://localhost:${port}`);
});

// Stopping (a deploy, a scale-down): the readiness check fails at once so a load balancer
// sends nothing new, the background loops take no new work, and the process exits once the
// requests in flight have their answers (an expert's submission is acknowledged) and the
// background work in hand is done (an email being sent, a report file being made). Past
// STOP_WITHIN_MS whatever is still open is cut; a report file still being made is first
// handed back to the queue for another server. (An email cut mid-send keeps its lease: it
// may have reached the SMTP server, and is retried only when the lease runs out.)
const STOP_WITHIN_MS = 9_000;
const HAND_BACK_WITHIN_MS = 500;
const shutdown = (signal: string) => {
  if (isDraining()) return;
  startDraining();
  logger.info(`${signal}: finishing the requests and background work in flight, then stopping`);
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  void Promise.all([closed, backgroundWorkSettled()]).then(() => process.exit(0));
  setTimeout(() => {
    logger.warn("stopping with requests or background work still open");
    server.closeAllConnections();
    void handBackClaims(HAND_BACK_WITHIN_MS).finally(() => process.exit(0));
  }, STOP_WITHIN_MS - HAND_BACK_WITHIN_MS).unref();
};
process.on("SIGINT", () => shutdown("SIGINT"));
process.on("SIGTERM", () => shutdown("SIGTERM"));
