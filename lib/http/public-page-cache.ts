import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { currentGeneration, isServable } from "@/lib/cache/public-generation-state.mjs";

// A small in-memory copy, in front of Next.js, of the public pages Next has already cached.
// A cache hit inside Next still costs route matching and a read of its cache (about 2-3 ms
// here, twice a static file); replaying the stored bytes costs about what a file does.
// It only ever holds responses Next served from its own cache (x-nextjs-cache: HIT) for
// plain GETs of /s/…, so it can never hold anything Next would not have served to anyone;
// refreshPublicPages() empties it together with Next's cache, and an entry stored under an
// older shared generation (another server's purge, lib/cache/) is never replayed. Not
// "server-only": server.ts (outside Next) and the app's bundles share it through globalThis.

type Entry = { status: number; headers: OutgoingHttpHeaders; body: Buffer; generation: number };
type Store = { entries: Map<string, Entry> };

const MAX_ENTRIES = 1_000;
const MAX_BODY = 4 * 1024 * 1024;

function store(): Store {
  const g = globalThis as { __livewithPublicPages?: Store };
  return (g.__livewithPublicPages ??= { entries: new Map() });
}

export function clearPublicPageCache(): void {
  store().entries.clear();
}

/** The key of a cacheable request, or null: plain GETs of public pages only. */
function keyOf(req: IncomingMessage): string | null {
  if (req.method !== "GET" || !req.url?.startsWith("/s/") || req.url.includes("?")) return null;
  // Client-side navigations and prefetches ask for other payloads of the same URL.
  const h = req.headers;
  if (h.rsc || h["next-router-prefetch"] || h["next-router-state-tree"] || h["next-url"])
    return null;
  return `${req.url}\n${h["accept-encoding"] ?? ""}`;
}

/** Answers from memory when it can (returns true); otherwise records what Next answers. */
export function servePublicPage(req: IncomingMessage, res: ServerResponse): boolean {
  const key = keyOf(req);
  if (!key) return false;
  const cached = store().entries.get(key);
  if (cached && isServable(cached.generation)) {
    res.writeHead(cached.status, cached.headers);
    res.end(cached.body);
    return true;
  }
  // Taken before Next answers: a purge while it renders leaves this copy unservable.
  record(key, res, currentGeneration());
  return false;
}

function record(key: string, res: ServerResponse, generation: number) {
  const chunks: Buffer[] = [];
  let size = 0;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size <= MAX_BODY) chunks.push(buffer);
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as typeof res.write;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return end(chunk, ...rest);
  }) as typeof res.end;
  res.on("finish", () => {
    const entries = store().entries;
    if (res.statusCode !== 200 || res.getHeader("x-nextjs-cache") !== "HIT" || size > MAX_BODY)
      return;
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    // Each replay is its own request: its id is set anew (server.ts), never the first one's.
    const { "x-request-id": _id, ...headers } = res.getHeaders();
    entries.set(key, { status: 200, headers, body: Buffer.concat(chunks), generation });
  });
}
