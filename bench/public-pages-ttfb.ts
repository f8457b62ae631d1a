// Are the published pages served from the cache? Compares the time to first byte of a
// published study's pages with a static file (public/robots.txt) from the same server.
// Target: each page's median TTFB ≤ 1.5 × the static file's. Exits 1 above it.
//
//   npm run build && npm run bench:public              # starts its own server (demo data)
//   npm run bench:public -- http://localhost:3000      # or measures a running one
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { DEMO_PUBLISHED_SLUG } from "../demo/published-slug.ts";

const TARGET = 1.5;
const WARMUP = 30;
const SAMPLES = 300;

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

// Visitors come from many addresses: the server it starts trusts one proxy hop, and each
// request names another client, so the public data files' per-address budget (120 a
// minute) measures its cost without refusing the run. Against a server given by URL, pass
// as many requests as its budgets allow.
let visitor = 0;
const nextVisitor = () => `198.18.${(visitor >> 8) & 255}.${visitor++ & 255}`;

/** Milliseconds from sending the request to receiving the status line and headers. */
function ttfb(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const headers = { "x-forwarded-for": nextVisitor() };
    const req = http.get(url, { agent, headers }, (res) => {
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      if (res.statusCode !== 200) reject(new Error(`${res.statusCode} for ${url}`));
      res.resume();
      res.on("end", () => resolve(elapsed));
    });
    req.on("error", reject);
  });
}

const quantile = (sorted: number[], q: number) => sorted[Math.floor(q * (sorted.length - 1))]!;

async function startServer(): Promise<{ base: string; child: ChildProcess }> {
  const port = 3190;
  const base = `http://localhost:${port}`;
  // Its own process group, so that stopping it stops the server it starts too.
  const child = spawn("npx", ["tsx", "scripts/e2e-server.ts"], {
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PORT: String(port),
      NODE_ENV: "production",
      DATA_DIR: path.join(os.tmpdir(), `livewith-bench-${process.pid}`),
      DATABASE_URL: "",
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: "bench-only-secret-not-for-deployments-0123456789",
      SMTP_URL: "",
      TRUSTED_PROXY_HOPS: "1",
    },
  });
  for (let i = 0; i < 240; i++) {
    const up = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { base, child };
    await new Promise((r) => setTimeout(r, 500));
  }
  stop(child);
  throw new Error("the server did not start");
}

function stop(child: ChildProcess) {
  if (child.pid) process.kill(-child.pid, "SIGTERM");
}

const given = process.argv[2];
const server = given ? { base: given.replace(/\/$/, ""), child: null } : await startServer();
try {
  const paths = {
    static: "/robots.txt",
    study: `/s/${DEMO_PUBLISHED_SLUG}`,
    version: `/s/${DEMO_PUBLISHED_SLUG}/v/2`,
    json: `/s/${DEMO_PUBLISHED_SLUG}/text.json`,
  };
  const times: Record<string, number[]> = {};
  for (const [name, p] of Object.entries(paths)) {
    // The first request renders the page and fills the cache; the warm-up is not counted.
    for (let i = 0; i < WARMUP; i++) await ttfb(server.base + p);
    times[name] = [];
  }
  // Interleaved, so that noise on the machine hits every path alike.
  for (let i = 0; i < SAMPLES; i++) {
    for (const [name, p] of Object.entries(paths)) times[name]!.push(await ttfb(server.base + p));
  }
  const staticMedian = quantile(
    times.static!.sort((a, b) => a - b),
    0.5,
  );
  let failed = false;
  console.log(`TTFB over ${SAMPLES} requests each, keep-alive, ${server.base}`);
  console.log("path                         median     p90   × static");
  for (const [name, p] of Object.entries(paths)) {
    const sorted = times[name]!.sort((a, b) => a - b);
    const median = quantile(sorted, 0.5);
    const ratio = median / staticMedian;
    if (name !== "static" && ratio > TARGET) failed = true;
    console.log(
      `${p.padEnd(28).slice(0, 28)} ${median.toFixed(2).padStart(6)} ms ${quantile(sorted, 0.9)
        .toFixed(2)
        .padStart(6)} ms   ${ratio.toFixed(2)}`,
    );
  }
  console.log(
    failed ? `✖ above ${TARGET}× the static file` : `✓ within ${TARGET}× the static file`,
  );
  process.exitCode = failed ? 1 : 0;
} finally {
  agent.destroy();
  if (server.child) stop(server.child);
}
