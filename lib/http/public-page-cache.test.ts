import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { clearPublicPageCache, servePublicPage } from "./public-page-cache.ts";

// A stand-in for Next behind the same wrapper server.ts uses: it counts the requests that
// reach it and marks its answer as a cache hit or not, as Next does.
let calls = 0;
let hit = "HIT";
let base = "";
const server = http.createServer((req, res) => {
  if (servePublicPage(req, res)) return;
  calls++;
  res.setHeader("x-nextjs-cache", hit);
  res.setHeader("content-type", "text/html");
  res.write(`<p>${req.url}</p>`);
  res.end(Buffer.from(`<p>call ${calls}</p>`));
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(base + path, { headers });
  return { body: await res.text(), cache: res.headers.get("x-nextjs-cache") };
};

it("replays public pages Next served from its cache, until it is cleared", async () => {
  const first = await get("/s/study");
  expect(await get("/s/study")).toEqual(first);
  expect(first.body).toBe("<p>/s/study</p><p>call 1</p>");
  expect(calls).toBe(1);

  // Other payloads of the URL, query strings and non-public paths always reach Next.
  await get("/s/study", { RSC: "1" });
  await get("/s/study?x=1");
  await get("/studies/x");
  await get("/studies/x");
  expect(calls).toBe(5);

  clearPublicPageCache();
  expect((await get("/s/study")).body).toBe("<p>/s/study</p><p>call 6</p>");
  expect(calls).toBe(6);
});

it("keeps nothing Next did not serve from its own cache", async () => {
  clearPublicPageCache();
  hit = "MISS";
  await get("/s/other");
  await get("/s/other");
  expect(calls).toBe(8);
  hit = "HIT";
});
