// How does the expert's response page load on a phone over a slow link? Chromium's own
// network emulation (DevTools protocol: 400 kbit/s each way, 400 ms round trip) at a 390 px
// viewport, against a production server on a throw-away PostgreSQL database holding two open
// rounds: 5 parts (an explanatory text and 4 clauses) and 20 parts. Per page, the median of
// RUNS cold visits: first contentful paint, the moment the first part's radios and the
// submit button are on screen (usable without JavaScript), the load event (the scripts have
// run: hydrated), the bytes of a first and of a repeat visit, and the page's own JavaScript
// (what it loads beyond the home page: the framework and the layout are counted there).
// Exits 1 when a target is missed (issue 20).
//
//   npx next build && npm run bench:slow3g
//   npm run bench:slow3g -- postgres://user@host:5432
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { chromium, type Browser, type CDPSession } from "@playwright/test";
import pg from "pg";

const server = process.argv[2] ?? "postgres://postgres@127.0.0.1:5432";
const RUNS = 5;
const PORT = 3930;
const BASE = `http://localhost:${PORT}`;
const SECRET = randomBytes(32).toString("hex");
const LINK = { latency: 400, bytesPerSecond: 400_000 / 8 };
const TARGETS = { fcp: 1200, usable: 1200, hydrated: 3500, repeatKb: 20, ownJsKb: 40 };

const name = `livewith_slow3g_${randomBytes(4).toString("hex")}`;
const url = `${server}/${name}`;
Object.assign(process.env, {
  DATABASE_URL: url,
  NEXTAUTH_SECRET: SECRET,
  NEXTAUTH_URL: BASE,
  SMTP_URL: "",
});
const { createPrismaClient } = await import("../lib/db/client.ts");
const { deployMigrations } = await import("../lib/db/migrations.ts");
const { createOpenRound } = await import("../test/support/round-fixtures.ts");

type Visit = {
  fcp: number;
  usable: number;
  hydrated: number;
  /** The HTML's first and last byte: what the server and the link cost before any paint. */
  firstByte: number;
  lastByte: number;
  bytes: number;
  scripts: Script[];
};
type Script = { url: string; bytes: number };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const kb = (bytes: number) => bytes / 1024;

/** A clause as long as a real definition's, so that the page weighs what a real one does. */
const clauseText = (i: number) =>
  `Clause ${i}: a neighbourhood tool library lends tools and equipment to the people of an area, ` +
  `free or for a small fee, run by volunteers or a community organisation, with a catalogue, ` +
  `opening hours and a way to return what was borrowed (variant ${i}).`;

async function seed(parts: number) {
  const { client: db, close } = await createPrismaClient({ kind: "postgres", url });
  try {
    const round = await createOpenRound(db, { experts: RUNS * 2 + 2, clauses: parts - 1 });
    await db.version.update({
      where: { id: round.versionId },
      data: { explanatoryText: clauseText(0).repeat(3) },
    });
    for (const [i, c] of round.clauses.entries())
      await db.clauseVersion.update({ where: { id: c.id }, data: { text: clauseText(i + 1) } });
    return round.members.map((m) => `/respond/${m.token}/rounds/1`);
  } finally {
    await close();
  }
}

/** Slow 3G on this page's own DevTools session, and every response's size on the wire. */
async function throttled(cdp: CDPSession) {
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: LINK.latency,
    downloadThroughput: LINK.bytesPerSecond,
    uploadThroughput: LINK.bytesPerSecond,
  });
  const urls = new Map<string, { url: string; type: string }>();
  const finished: { url: string; type: string; bytes: number }[] = [];
  cdp.on("Network.responseReceived", (e) =>
    urls.set(e.requestId, { url: e.response.url, type: e.type }),
  );
  cdp.on("Network.loadingFinished", (e) => {
    const r = urls.get(e.requestId);
    if (r) finished.push({ ...r, bytes: e.encodedDataLength });
  });
  return finished;
}

// Runs in the page before anything else: when the first radio and the submit button exist.
const WATCH_FORM = `(() => {
  const seen = () => document.querySelector('input[type=radio]') &&
    document.querySelector('button[value=submit]');
  new MutationObserver((_, observer) => {
    if (!seen()) return;
    window.__formAt = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
})();`;

async function visit(
  browser: Browser,
  path: string,
  repeat: boolean,
): Promise<Visit & { repeatBytes: number }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH_FORM);
  const cdp = await context.newCDPSession(page);
  const finished = await throttled(cdp);
  const measure = async () => {
    finished.length = 0;
    await page.goto(BASE + path, { waitUntil: "load" });
    const timing = await page.evaluate(() => {
      const paint = performance.getEntriesByName("first-contentful-paint")[0];
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      return {
        fcp: paint?.startTime ?? NaN,
        formAt: (window as unknown as { __formAt?: number }).__formAt ?? NaN,
        hydrated: nav.loadEventStart,
        firstByte: nav.responseStart,
        lastByte: nav.responseEnd,
      };
    });
    // Nothing is usable before it is painted.
    const usable = Math.max(timing.fcp, timing.formAt);
    const scripts = finished.filter((f) => f.type === "Script");
    const bytes = finished.reduce((n, f) => n + f.bytes, 0);
    return { ...timing, usable, bytes, scripts };
  };
  try {
    const first = await measure();
    const repeatBytes = repeat ? (await measure()).bytes : NaN;
    return { ...first, repeatBytes };
  } finally {
    await context.close();
  }
}

function start(): ChildProcess {
  // Its own process group, so that stopping it stops what it starts too.
  return spawn("npx", ["tsx", "server.ts"], {
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PORT: String(PORT), NODE_ENV: "production" },
  });
}

const admin = new pg.Client({ connectionString: `${server}/postgres` });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
let app: ChildProcess | undefined;
let failed = false;
try {
  await deployMigrations({ kind: "postgres", url });
  const pages = { 5: await seed(5), 20: await seed(20) };
  app = start();
  for (let i = 0; ; i++) {
    if (
      await fetch(`${BASE}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 240) throw new Error("the app server did not start");
    await new Promise((r) => setTimeout(r, 500));
  }
  const executablePath = fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
  const browser = await chromium.launch({ executablePath });
  try {
    // Warm the server (the first request of each route loads its code), unthrottled.
    for (const list of Object.values(pages)) await fetch(BASE + list.at(-1)!);
    await fetch(`${BASE}/`);
    const home = await visit(browser, "/", false);
    const shared = new Set(home.scripts.map((s) => s.url));
    console.log(
      `Slow 3G (${(LINK.bytesPerSecond * 8) / 1000} kbit/s, ${LINK.latency} ms RTT), 390 px, ` +
        `production build, median of ${RUNS} cold visits; targets: first paint and usable ≤ ` +
        `${TARGETS.fcp / 1000} s, hydrated ≤ ${TARGETS.hydrated / 1000} s, repeat visit ≤ ` +
        `${TARGETS.repeatKb} kB, own JS ≤ ${TARGETS.ownJsKb} kB\n`,
    );
    console.log(
      "| parts | HTML first byte | HTML last byte | first paint | usable (no JS) | hydrated (load) | first visit | repeat visit | JS | own JS |",
    );
    console.log("|---|---|---|---|---|---|---|---|---|---|");
    for (const [parts, list] of Object.entries(pages)) {
      const runs: (Visit & { repeatBytes: number })[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await visit(browser, list[i]!, true));
      const m = (
        k: "fcp" | "usable" | "hydrated" | "firstByte" | "lastByte" | "bytes" | "repeatBytes",
      ) => median(runs.map((r) => r[k]));
      const js = median(runs.map((r) => r.scripts.reduce((n, s) => n + s.bytes, 0)));
      const own = median(
        runs.map((r) =>
          r.scripts.filter((s) => !shared.has(s.url)).reduce((n, s) => n + s.bytes, 0),
        ),
      );
      const misses = [
        m("fcp") > TARGETS.fcp && "first paint",
        m("usable") > TARGETS.usable && "usable",
        m("hydrated") > TARGETS.hydrated && "hydrated",
        kb(m("repeatBytes")) > TARGETS.repeatKb && "repeat visit",
        kb(own) > TARGETS.ownJsKb && "own JS",
      ].filter(Boolean);
      if (misses.length) failed = true;
      const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
      const k = (b: number) => `${kb(b).toFixed(1)} kB`;
      console.log(
        `| ${parts} | ${s(m("firstByte"))} | ${s(m("lastByte"))} | ${s(m("fcp"))} | ${s(m("usable"))} | ${s(m("hydrated"))} | ${k(m("bytes"))} | ` +
          `${k(m("repeatBytes"))} | ${k(js)} | ${k(own)} |` +
          (misses.length ? ` missed: ${misses.join(", ")}` : ""),
      );
    }
  } finally {
    await browser.close();
  }
} finally {
  if (app?.pid && app.exitCode === null) process.kill(-app.pid, "SIGTERM");
  await new Promise((r) => setTimeout(r, 1500));
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
process.exit(failed ? 1 : 0);
