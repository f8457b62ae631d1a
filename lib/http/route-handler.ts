import { randomUUID } from "node:crypto";
import { isAppError, statusOf } from "@/lib/errors.ts";
import { describeError, logger } from "@/lib/log/logger.ts";

/**
 * The shared edge of the route handlers: an AppError becomes its status (the domain's own
 * refusal: not logged), anything else a 500 that is logged with the request's id, which the
 * reply carries too so a facilitator's report of a failure can be matched to its log line.
 * The request edge (server.ts) gives every request its id; a handler called without it
 * (tests) gets a fresh one.
 */
export function routeHandler<C>(
  route: string,
  run: (request: Request, context: C) => Promise<Response>,
): (request: Request, context: C) => Promise<Response> {
  return async (request, context) => {
    try {
      return await run(request, context);
    } catch (error) {
      const requestId = request.headers.get("x-request-id") ?? randomUUID();
      if (!isAppError(error))
        logger.error("route handler failed", { route, requestId, error: describeError(error) });
      return failure(error, requestId);
    }
  };
}

/** The reply for an error: its status, nothing of its text, never cached. */
function failure(error: unknown, requestId: string): Response {
  return new Response(null, {
    status: statusOf(error),
    headers: { "Cache-Control": "no-store", "X-Request-Id": requestId },
  });
}
