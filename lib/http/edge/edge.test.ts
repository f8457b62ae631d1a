import { execFile, spawn } from "node:child_process";
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { guardRequest } from "./guard-request.ts";
import { BUDGETS, closeRateLimits, configureRateLimits, spend } from "./rate-limits.ts";
import { LARGE_FORM_BYTES } from "./request-policy.ts";
import { applyPagePolicy, setSecurityHeaders } from "./secure-response.ts";

// The edge as server.ts runs it, over real HTTP, in front of a handler that records what
// reached it: refused requests must never get there, nor have their bodies read.

let t: TestDb;
let server: http.Server;
let base: string;
const reached: string[] = [];
let bodyBytesRead = 0;

beforeAll(async () => {
  t = await createTestDb();
  configureRateLimits(t.url);
  server = http.createServer((req, res) => {
    setSecurityHeaders(res, { https: false, dev: false });
    void guardRequest(req, res, { appOrigin: base, trustedProxyHops: 1 }).then((answered) => {
      if (answered) return;
      reached.push(`${req.method} ${req.url}`);
      req.on("data", (chunk: Buffer) => (bodyBytesRead += chunk.length));
      req.on("end", () => {
        applyPagePolicy(res, { https: false, dev: false });
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.end(
          "<html><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>alert(1)</script></html>",
        );
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await closeRateLimits();
  await t.close();
});

const post = (url: string, headers: Record<string, string>, body = "x=1") =>
  fetch(`${base}${url}`, { method: "POST", headers, body, redirect: "manual" });

const tsx = path.resolve(import.meta.dirname, "../../../node_modules/.bin/tsx");

/**
 * Announces `megabytes` of body and waits for the answer before sending any of it: an
 * answer to the headers alone shows the edge decided without reading the body. The body
 * is then pushed anyway, as an attacker would, to show the server neither reads nor keeps
 * it; the server closing the connection under it (EPIPE, ECONNRESET) is the expected end.
 */
function sendLarge(url: string, megabytes: number): Promise<number> {
  const { hostname, port, pathname } = new URL(url);
  return new Promise<number>((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    let status = 0;
    const silent = setTimeout(() => reject(new Error("no answer to the headers alone")), 5000);
    socket.on("error", (error: NodeJS.ErrnoException) => {
      if (!status || !["EPIPE", "ECONNRESET"].includes(error.code ?? "")) reject(error);
    });
    socket.on("close", () => (status ? resolve(status) : reject(new Error("no answer"))));
    socket.once("data", (head: Buffer) => {
      clearTimeout(silent);
      status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head.toString("latin1"))?.[1] ?? -1);
      const chunk = Buffer.alloc(1024 * 1024, 97);
      let sent = 0;
      const pump = () => {
        while (sent < megabytes && !socket.destroyed && socket.write(chunk)) sent++;
        if (sent < megabytes && !socket.destroyed) socket.once("drain", pump);
        else socket.end();
      };
      pump();
    });
    socket.write(
      `POST ${pathname} HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: text/plain\r\n` +
        `Content-Length: ${megabytes * 1024 * 1024}\r\n\r\n`,
    );
  });
}

describe("the request edge", () => {
  it("refuses writes from another site before they reach the app", async () => {
    reached.length = 0;
    const form = { "content-type": "application/x-www-form-urlencoded" };
    const attacks: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
    ];
    for (const headers of attacks) {
      const res = await post("/api/auth/callback/email?token=t&email=e", { ...form, ...headers });
      expect(res.status).toBe(403);
    }
    expect(reached).toEqual([]);
    const same = await post("/studies/x", { ...form, origin: base });
    expect(same.status).toBe(200);
    expect(reached).toEqual(["POST /studies/x"]);
  });

  it("refuses an oversized body before reading it, with bounded memory", async () => {
    // The edge in a process of its own, so that its memory is measured apart from ours.
    const child = spawn(tsx, [
      path.resolve(import.meta.dirname, "../../../test/support/edge-server.ts"),
    ]);
    try {
      const port = await new Promise<number>((resolve) =>
        child.stdout.once("data", (d: Buffer) => resolve(Number(d.toString().trim()))),
      );
      const stats = async () =>
        (await (await fetch(`http://127.0.0.1:${port}/stats`)).json()) as {
          rss: number;
          bodyBytesRead: number;
        };
      const before = await stats();
      for (const target of [
        `/respond/${"a".repeat(43)}/rounds/1/autosave`,
        "/studies/x/panel/import",
        "/studies/x/report",
      ]) {
        const status = await sendLarge(`http://127.0.0.1:${port}${target}`, 50);
        expect(status, target).toBe(413);
      }
      const after = await stats();
      expect(after.bodyBytesRead).toBe(0);
      expect(after.rss - before.rss).toBeLessThan(20 * 1024 * 1024);
    } finally {
      child.kill();
    }
    reached.length = 0;

    const chunked = await new Promise<number>((resolve) => {
      const req = http.request(`${base}/studies/x`, {
        method: "POST",
        headers: { "transfer-encoding": "chunked" },
      });
      req.on("response", (res) => resolve(res.statusCode ?? 0));
      req.end("abc");
    });
    expect(chunked).toBe(411);
    // The largest honest form still goes through.
    const big = await post(
      `/respond/${"b".repeat(43)}/rounds/1`,
      {},
      "x".repeat(LARGE_FORM_BYTES - 10),
    );
    expect(big.status).toBe(200);
  });

  it("answers 429 with Retry-After once a personal link's budget is spent, and only for that link", async () => {
    const link = `link${Date.now()}`.padEnd(43, "x");
    const res = await fetch(`${base}/respond/${link}`);
    expect(res.status).toBe(200);
    // Spend the rest through the edge's own key (a hash of the link).
    const { budgetsFor } = await import("./guard-request.ts");
    const [[, key]] = budgetsFor(
      { url: `/respond/${link}`, method: "GET", headers: {}, socket: {} } as never,
      { appOrigin: base, trustedProxyHops: 0 },
    ) as [[string, string]];
    for (let i = 1; i < BUDGETS.expertLink.points; i++) await spend("expertLink", key);
    const limited = await fetch(`${base}/respond/${link}/rounds/1/autosave`, {
      headers: { accept: "application/json" },
    });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ error: { key: "edge.tooMany" } });
    expect((await fetch(`${base}/respond/${"other".padEnd(43, "y")}`)).status).toBe(200);
  });

  it("keeps sign-in answers neutral when an address floods it", async () => {
    // Behind one trusted proxy: the client is the last X-Forwarded-For entry.
    const ip = `203.0.113.${Date.now() % 250}`;
    for (let i = 0; i < BUDGETS.authAddress.points; i++) await spend("authAddress", ip);
    const res = await post("/api/auth/signin/email", {
      origin: base,
      "x-forwarded-for": `198.51.100.1, ${ip}`,
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/signin/check-email");
    // Another client (or a forged left-most entry) is not affected.
    const other = await post("/api/auth/signin/email", {
      origin: base,
      "x-forwarded-for": `${ip}, 198.51.100.2`,
    });
    expect(other.status).toBe(200);
  });

  it("sends the security headers, and a page the hashes of its framework scripts only", async () => {
    const res = await fetch(`${base}/page`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'sha256-[^']+'; /);
    expect(csp.match(/sha256-/g)).toHaveLength(1);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("permissions-policy")).toContain("camera=()");
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });
});

describe("request budgets on PostgreSQL", () => {
  it("hold across two server processes sharing the database", async ({ skip }) => {
    if (!t.url) skip("the embedded database is one process by construction");
    const key = `shared-${Date.now()}`;
    const script = path.resolve(import.meta.dirname, "../../../test/support/spend-budget.ts");
    const other = promisify(execFile)(tsx, [script, t.url!, "authAddress", key, "150"]);
    let allowedHere = 0;
    for (let i = 0; i < 150; i++) if ((await spend("authAddress", key)).allowed) allowedHere++;
    const allowedThere = Number((await other).stdout.trim());
    expect(allowedHere + allowedThere).toBe(BUDGETS.authAddress.points);
  });

  it("count the public data files on each server alone, in memory", async ({ skip }) => {
    if (!t.url) skip("the embedded database is one process by construction");
    const { RateLimiterMemory } = await import("rate-limiter-flexible");
    const limiters = configureRateLimits(t.url);
    expect(limiters.publicData).toBeInstanceOf(RateLimiterMemory);
    expect(limiters.authAddress).not.toBeInstanceOf(RateLimiterMemory);
  });
});

describe("budget scale", () => {
  it("multiplies every budget", async () => {
    const { RateLimiterMemory } = await import("rate-limiter-flexible");
    const limiters = configureRateLimits(undefined, 2);
    expect(limiters.publicData).toBeInstanceOf(RateLimiterMemory);
    expect(limiters.publicData.points).toBe(2 * BUDGETS.publicData.points);
    expect(configureRateLimits(undefined, 0.1).signInAddress.points).toBe(1);
    configureRateLimits(t.url);
  });
});
