import crypto from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { getTranslator } from "@/lib/i18n/translator.ts";
import { spend, type BudgetName } from "./rate-limits.ts";
import { checkBody, clientAddress, isCrossSiteWrite, isWrite } from "./request-policy.ts";
import { logger } from "@/lib/log/logger.ts";

// The checks server.ts runs on every request before Next.js sees it: cross-site writes,
// body sizes, request budgets. Whatever is refused here never reaches a page, an action or
// the database (beyond one counter).

export type EdgeOptions = { appOrigin: string | undefined; trustedProxyHops: number };

/** Answers the request itself (returns true) when it must not go further. */
export async function guardRequest(
  req: IncomingMessage,
  res: ServerResponse,
  options: EdgeOptions,
): Promise<boolean> {
  if (isCrossSiteWrite(req, options.appOrigin)) {
    log("cross-site write refused", req);
    res.setHeader("Connection", "close");
    refuse(req, res, 403, "crossSite");
    return true;
  }
  const body = checkBody(req);
  if (!body.ok) {
    log(`body refused (${body.status}, limit ${body.limit})`, req);
    // The body is never read: close the connection rather than drain it.
    res.setHeader("Connection", "close");
    refuse(req, res, body.status, body.status === 411 ? "lengthRequired" : "tooLarge", {
      limit: Math.round(body.limit / (1024 * 1024)),
    });
    return true;
  }
  for (const [budget, key] of budgetsFor(req, options)) {
    const spent = await spend(budget, key);
    if (spent.allowed) continue;
    log(`rate limit ${budget} reached`, req);
    if (budget === "authAddress" && (req.url ?? "").startsWith("/api/auth/signin/")) {
      // Sign-in answers the same whatever happens, so nothing can be learnt from it.
      res.writeHead(303, { Location: "/signin/check-email", "Cache-Control": "no-store" });
      res.end();
      return true;
    }
    res.setHeader("Retry-After", String(spent.retryAfterSeconds));
    // A refused write's body is not read: close rather than drain it.
    if (isWrite(req.method)) res.setHeader("Connection", "close");
    refuse(req, res, 429, "tooMany", { minutes: Math.ceil(spent.retryAfterSeconds / 60) });
    return true;
  }
  return false;
}

/** The budgets a request spends, with their keys. Personal links are keyed by a hash. */
export function budgetsFor(req: IncomingMessage, options: EdgeOptions): [BudgetName, string][] {
  const path = (req.url ?? "/").split("?")[0]!;
  const address = clientAddress(req.headers, req.socket.remoteAddress, options.trustedProxyHops);
  if (isWrite(req.method) && path.startsWith("/api/auth/")) return [["authAddress", address]];
  const link = /^\/respond\/([^/]+)/.exec(path)?.[1];
  if (link) {
    // One budget per link, however its characters are percent-encoded.
    const hash = crypto.createHash("sha256").update(decoded(link)).digest("base64url").slice(0, 32);
    return [
      ["expertLink", hash],
      ["expertAddress", address],
    ];
  }
  if (
    (req.method === "GET" || req.method === "HEAD") &&
    /^\/s\/[^/]+\/[^/]+\.(json|csv)$/.test(path)
  )
    return [["publicData", address]];
  return [];
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

type Reason = "crossSite" | "lengthRequired" | "tooLarge" | "tooMany";

/**
 * A short answer in the shape the caller reads: JSON for fetches (autosave, server actions
 * with JavaScript), a small page for a form posted without JavaScript.
 */
function refuse(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  reason: Reason,
  values: Record<string, number> = {},
) {
  const t = getTranslator("edge", "en");
  const message = t(reason, values);
  const wantsHtml =
    !req.headers["next-action"] && String(req.headers.accept ?? "").includes("text/html");
  res.statusCode = status;
  res.setHeader("Cache-Control", "no-store");
  if (!wantsHtml) {
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    res.end(JSON.stringify({ status: "error", error: { key: `edge.${reason}`, values }, message }));
    return;
  }
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.end(
    `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
      `<title>${escapeHtml(t("title"))}</title><main>` +
      `<h1>${escapeHtml(t("title"))}</h1><p>${escapeHtml(message)}</p><p>${escapeHtml(t("back"))}</p></main></html>`,
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function log(what: string, req: IncomingMessage) {
  // Method and route shape only: never a token, an address or a query string.
  const path = (req.url ?? "/").split("?")[0]!.replace(/^\/respond\/[^/]+/, "/respond/<link>");
  logger.warn(`edge: ${what}`, { method: req.method, path });
}
