// Runs once when the server starts: background work that belongs to the app process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startOutboxWorker } = await import("@/lib/email/outbox-worker.ts");
  const { startRoundScheduler } = await import("@/lib/jobs/round-scheduler.ts");
  const { startPublicGenerationWatch } = await import("@/lib/cache/public-generation.ts");
  startOutboxWorker();
  startRoundScheduler();
  startPublicGenerationWatch();
}

/**
 * Every error Next.js catches while rendering or running an action or route, logged once:
 * the digest the error page shows the user ("reference …"), the request id server.ts gave
 * the request (X-Request-Id), and the route's shape. Never a token from the path.
 */
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
) {
  const digest =
    typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : "-";
  const path = request.path.split("?")[0]!.replace(/^\/respond\/[^/]+/, "/respond/<link>");
  // Imported here: this file is also loaded where the logger's Node modules are not.
  const { describeError, logger } = await import("@/lib/log/logger.ts");
  logger.error("request failed", {
    reference: digest,
    requestId: String(request.headers["x-request-id"] ?? "-"),
    method: request.method,
    path,
    error: describeError(error),
  });
}
