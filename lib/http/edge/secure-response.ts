import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import { inlineScripts, pagePolicy, resourcePolicy } from "./content-security-policy.ts";
import { logger } from "@/lib/log/logger.ts";

// Headers on every response server.ts sends, whatever produced it (a page, a route
// handler, a static file, the public-page copy, an edge refusal). A page's CSP depends on
// its inline scripts, so HTML is held until it is complete (pages here are rendered whole,
// with no streamed boundaries, so nothing is lost by waiting) and the policy set before
// the first byte leaves.

export type SecurityOptions = { https: boolean; dev: boolean };

export function setSecurityHeaders(res: ServerResponse, options: SecurityOptions): void {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.setHeader(
    "Permissions-Policy",
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  );
  if (options.https)
    res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  res.setHeader("Content-Security-Policy", resourcePolicy);
}

type Write = (chunk: unknown, ...rest: unknown[]) => boolean;
type End = (...args: unknown[]) => ServerResponse;
type WriteHead = (status: number, ...rest: unknown[]) => ServerResponse;

/** Holds an HTML response until it ends, then gives it the CSP its inline scripts need. */
export function applyPagePolicy(res: ServerResponse, options: SecurityOptions): void {
  const original = {
    write: res.write.bind(res) as Write,
    end: res.end.bind(res) as End,
    writeHead: res.writeHead.bind(res) as WriteHead,
    flushHeaders: res.flushHeaders.bind(res),
  };
  let mode: "undecided" | "html" | "pass" = "undecided";
  const chunks: Buffer[] = [];
  const decide = (headers?: OutgoingHttpHeaders, status = res.statusCode) => {
    if (mode !== "undecided") return mode;
    const given = Object.entries(headers ?? {}).find(
      ([name]) => name.toLowerCase() === "content-type",
    );
    const type = String(given?.[1] ?? res.getHeader("content-type") ?? "");
    mode = type.startsWith("text/html") && status !== 304 && status !== 204 ? "html" : "pass";
    return mode;
  };
  const keep = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
          : Buffer.from(chunk as Uint8Array),
    );
  };
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((r) => typeof r === "object" && r !== null) as
      OutgoingHttpHeaders | undefined;
    if (decide(headers, status) === "pass") return original.writeHead(status, ...rest);
    // Held: the headers are set now and sent with the finished page.
    res.statusCode = status;
    for (const [name, value] of Object.entries(headers ?? {}))
      if (value !== undefined) res.setHeader(name, value);
    return res;
  }) as typeof res.writeHead;
  res.flushHeaders = () => {
    if (decide() === "pass") original.flushHeaders();
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (decide() === "pass") return original.write(chunk, ...rest);
    keep(chunk, rest[0]);
    const callback = rest.find((r) => typeof r === "function") as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof res.write;
  res.end = ((...args: unknown[]) => {
    if (decide() === "pass") return original.end(...args);
    const [chunk, encoding] = args;
    if (typeof chunk !== "function") keep(chunk, encoding);
    const body = Buffer.concat(chunks);
    const { hashes, refused } = inlineScripts(body.toString("utf8"));
    if (refused.length && !options.dev)
      logger.warn("csp: inline script without a known shape, not allowed", {
        script: refused[0],
      });
    res.setHeader("Content-Security-Policy", pagePolicy(hashes, options));
    res.removeHeader("Content-Length");
    res.setHeader("Content-Length", body.length);
    // From here on the layers below write as usual; Node's own implicit writeHead comes
    // back through this one and must pass.
    mode = "pass";
    const callback = args.find((a) => typeof a === "function");
    return callback ? original.end(body, callback) : original.end(body);
  }) as typeof res.end;
}

/**
 * How long browsers and shared caches (a CDN in front) may keep a public page or file.
 * Next.js marks its cached pages s-maxage=31536000: a CDN would then serve a study for a
 * year after it was unpublished, or a name after its expert withdrew consent. Browsers
 * revalidate every time; shared caches keep a copy a minute at most. The in-process copy
 * (public-page-cache.ts) is what keeps these pages fast.
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=60, must-revalidate";

export function capPublicCaching(url: string | undefined, res: ServerResponse): void {
  const path = (url ?? "").split("?")[0];
  if (path !== "/s" && !path?.startsWith("/s/")) return;
  const capped = (name: string, value: unknown) =>
    name.toLowerCase() === "cache-control" && /s-maxage|max-age=[1-9]/.test(String(value))
      ? PUBLIC_CACHE_CONTROL
      : value;
  const setHeader = res.setHeader.bind(res);
  const appendHeader = res.appendHeader.bind(res);
  res.setHeader = ((name: string, value: Parameters<typeof setHeader>[1]) =>
    setHeader(name, capped(name, value) as typeof value)) as typeof res.setHeader;
  res.appendHeader = ((name: string, value: Parameters<typeof appendHeader>[1]) =>
    name.toLowerCase() === "cache-control"
      ? setHeader(name, capped(name, value) as typeof value)
      : appendHeader(name, value)) as typeof res.appendHeader;
}
