import type { IncomingHttpHeaders } from "node:http";

// What the server in front of Next.js (server.ts) decides from a request's method, path and
// headers alone, before any body is read or any database is touched. Pure, so the rules are
// tested without a server. Not "server-only": server.ts runs outside Next's bundles.

const KB = 1024;
const MB = 1024 * KB;

/** The largest body any form of the app can honestly send: the expert's answers (100
 * clauses × reason + rewording, in a 3-byte script), a 500,000-character panel CSV, or
 * the justify page of a large round (a field per citable feedback item per change). */
export const LARGE_FORM_BYTES = 2 * MB;
export const DEFAULT_BODY_BYTES = 1 * MB;
export const AUTH_BODY_BYTES = 16 * KB;

export type RequestLike = { method?: string; url?: string; headers: IncomingHttpHeaders };

export const isWrite = (method: string | undefined) =>
  method !== undefined && !["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase());

const pathOf = (url: string | undefined) => (url ?? "/").split("?")[0]!;

/** The most a request to this path may send. Server actions post to the page's own path. */
export function bodyLimit(req: RequestLike): number {
  const path = pathOf(req.url);
  if (path.startsWith("/api/auth/")) return AUTH_BODY_BYTES;
  if (/^\/respond\/[^/]+\/rounds\/[^/]+(\/autosave)?$/.test(path)) return LARGE_FORM_BYTES;
  if (/^\/studies\/[^/]+\/panel\/import$/.test(path)) return LARGE_FORM_BYTES;
  // The justify page posts every change with a field per feedback item it may cite.
  if (/^\/studies\/[^/]+\/text\/justify$/.test(path)) return LARGE_FORM_BYTES;
  return DEFAULT_BODY_BYTES;
}

export type BodyVerdict = { ok: true } | { ok: false; status: 411 | 413; limit: number };

/**
 * A write must say how long its body is, and not be longer than its route allows. Node's
 * parser holds a request to its Content-Length, so refusing here means the body is never
 * read: no memory, no parsing, no database work. Browsers always send the length of a form
 * or fetch body; only hand-made clients stream without one.
 */
export function checkBody(req: RequestLike): BodyVerdict {
  if (!isWrite(req.method)) return { ok: true };
  const limit = bodyLimit(req);
  const length = req.headers["content-length"];
  if (length === undefined) {
    const chunked = /chunked/i.test(String(req.headers["transfer-encoding"] ?? ""));
    return chunked ? { ok: false, status: 411, limit } : { ok: true };
  }
  const bytes = Number(length);
  if (!Number.isFinite(bytes) || bytes < 0) return { ok: false, status: 413, limit };
  return bytes > limit ? { ok: false, status: 413, limit } : { ok: true };
}

/**
 * A write sent by a page of another site: a browser says so in Origin (or, without it, in
 * Sec-Fetch-Site). "null" (sandboxed or privacy-stripped contexts) counts as another site.
 * Requests without either come from non-browser clients, which carry no victim's cookies.
 */
export function isCrossSiteWrite(req: RequestLike, appOrigin: string | undefined): boolean {
  if (!isWrite(req.method)) return false;
  const origin = req.headers.origin;
  if (origin !== undefined) {
    if (origin === "null") return true;
    if (appOrigin && origin === appOrigin) return false;
    const host = req.headers["x-forwarded-host"] ?? req.headers.host;
    try {
      return new URL(origin).host !== host;
    } catch {
      return true;
    }
  }
  const site = req.headers["sec-fetch-site"];
  return site === "cross-site" || site === "same-site";
}

/**
 * The client's address. Behind `hops` trusted proxies, each appends the address it saw to
 * X-Forwarded-For, so the client is the hops-th entry from the right; anything further left
 * was written by the client and is not believed.
 */
export function clientAddress(
  headers: IncomingHttpHeaders,
  socketAddress: string | undefined,
  hops: number,
): string {
  if (hops > 0) {
    const chain = String(headers["x-forwarded-for"] ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const entry = chain[chain.length - hops];
    if (entry) return entry;
  }
  return socketAddress ?? "unknown";
}
