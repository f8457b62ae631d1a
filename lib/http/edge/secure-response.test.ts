import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  advanceGeneration,
  noteGeneration,
  resetGenerationState,
  STALE_AFTER_MS,
} from "@/lib/cache/public-generation-state.mjs";
import { clearPublicPageCache, servePublicPage } from "../public-page-cache.ts";
import {
  applyPagePolicy,
  capPublicCaching,
  PUBLIC_CACHE_CONTROL,
  setSecurityHeaders,
} from "./secure-response.ts";

// How the response layers behave whatever way a handler writes its response.

const PAGE = "<html><script>(self.__next_f=self.__next_f||[]).push([0])</script></html>";
let rendered = 0;
const handlers: Record<string, (res: http.ServerResponse) => void> = {
  // A study's public page, as Next serves it from its cache.
  "/s/study": (res) => {
    rendered += 1;
    res.setHeader("Content-Type", "text/html");
    res.setHeader("x-nextjs-cache", "HIT");
    res.end(PAGE);
  },
  "/page-writehead": (res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(PAGE);
  },
  "/not-modified": (res) => {
    res.setHeader("Content-Type", "text/html");
    res.writeHead(304);
    res.end();
  },
  "/s/x/data.json": (res) => {
    res.appendHeader("Cache-Control", "s-maxage=31536000");
    res.setHeader("Content-Type", "application/json");
    res.end("{}");
  },
  "/s": (res) => {
    res.setHeader("Cache-Control", "s-maxage=31536000, stale-while-revalidate");
    res.setHeader("Content-Type", "text/html");
    res.setHeader("x-nextjs-cache", "HIT");
    res.end(PAGE);
  },
};

let server: http.Server;
let base: string;
beforeAll(async () => {
  clearPublicPageCache();
  let n = 0;
  server = http.createServer((req, res) => {
    setSecurityHeaders(res, { https: false, dev: false });
    res.setHeader("X-Request-Id", `r${++n}`);
    if (servePublicPage(req, res)) return;
    capPublicCaching(req.url, res);
    applyPagePolicy(res, { https: false, dev: false });
    handlers[(req.url ?? "").split("?")[0]!]!(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  clearPublicPageCache();
});

describe("the response layers", () => {
  it("give a page written with writeHead and a capitalised Content-Type its hashed policy", async () => {
    const res = await fetch(`${base}/page-writehead`);
    expect(res.headers.get("content-security-policy")).toMatch(/script-src 'self' 'sha256-/);
    expect(await res.text()).toBe(PAGE);
  });

  it("let a 304 through untouched", async () => {
    const res = await fetch(`${base}/not-modified`);
    expect(res.status).toBe(304);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it("cap public caching however the header is set, with or without a query", async () => {
    for (const path of ["/s/x/data.json", "/s?page=2", "/s"])
      expect((await fetch(`${base}${path}`)).headers.get("cache-control"), path).toBe(
        PUBLIC_CACHE_CONTROL,
      );
  });

  it("replay a stored public page with its policy but never an earlier request's id", async () => {
    clearPublicPageCache();
    const first = await fetch(`${base}/s/study`);
    const firstText = await first.text();
    const renders = rendered;
    await new Promise((resolve) => setTimeout(resolve, 50)); // stored on the server's "finish"
    const second = await fetch(`${base}/s/study`);
    expect(await second.text()).toBe(firstText);
    expect(rendered).toBe(renders); // replayed from the copy, not rendered again
    expect(second.headers.get("content-security-policy")).toBe(
      first.headers.get("content-security-policy"),
    );
    expect(second.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
  });

  it("never replay a page stored before a purge, here or on another server", async () => {
    resetGenerationState();
    clearPublicPageCache();
    const renders = async () => {
      await (await fetch(`${base}/s/study`)).text();
      // The copy is stored on the server's "finish", which may come after the client has
      // read the body.
      await new Promise((resolve) => setTimeout(resolve, 50));
      return rendered;
    };
    const first = await renders();
    expect(await renders()).toBe(first); // replayed
    advanceGeneration(); // a purge in this process
    expect(await renders()).toBe(first + 1);
    expect(await renders()).toBe(first + 1);
    noteGeneration(5); // another server's purge, read from the shared counter
    expect(await renders()).toBe(first + 2);
    expect(await renders()).toBe(first + 2);
    // Out of touch with the counter: nothing is replayed (it may have moved on meanwhile).
    noteGeneration(5, Date.now() - STALE_AFTER_MS);
    expect(await renders()).toBe(first + 3);
    resetGenerationState();
  });
});
