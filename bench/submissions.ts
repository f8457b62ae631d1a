// Do experts' submissions succeed under load, and how close is the app to what the machine
// can write? On PostgreSQL, against the production build:
//   1. creates a throw-away database with a study of 1,000 proposed experts and 20 clauses,
//      and times the mass operations through the app's own functions: invite all, open
//      round 1 (after everyone accepted) and, at the end, send the summary;
//   2. starts the production server (tsx server.ts, NODE_ENV=production) on that database
//      and a bare node-postgres HTTP server (bench/bare-pg-server.ts) beside it;
//   3. for N = 50, 100, 200, 500 fresh experts, loads each one's response page, fills the
//      no-JavaScript form (every part "can live with") and fires the N form POSTs at once,
//      exactly as browsers without JavaScript send them (the server action's own fields);
//      then the same N requests to the bare server, each written as one multi-row INSERT
//      of the same number of rows (the physical limit on this machine);
//   4. prints success rate, p50/p95/p99 and throughput for both, and their ratio.
// A submission counts as a success only if the response is not an error and the database
// then holds it as submitted.
//
//   npx next build && npm run bench:submissions
//   npm run bench:submissions -- postgres://user@host:5432 50,100
//   BENCH_APP_SERVERS=2 npm run bench:submissions   # two app servers, requests round-robin
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { loadForm, post, submit, type Form, type Sample } from "./expert-form.ts";

const SECRET = "bench-only-secret-not-for-deployments-0123456789";
const APP_PORT = 3901;
const BARE_PORT = 3902;
const BASE = `http://localhost:${APP_PORT}`;
const EXPERTS = 1000;
const CLAUSES = 20;
const server = process.argv[2] ?? "postgres://postgres@127.0.0.1:5432";
const SIZES = (process.argv[3] ?? "50,100,200,500").split(",").map(Number);
// "js": as the page sends it with JavaScript (almost every expert); "nojs": the plain form.
const MODE = process.argv[4] === "nojs" ? "nojs" : "js";
const WARMUP = 10;
// Several app servers on the one database, as behind a load balancer (docs/DEPLOYMENT.md):
// the bursts' requests go to them in turn, all with the app's one public origin.
const APP_SERVERS = Math.max(1, Number(process.env.BENCH_APP_SERVERS ?? 1));
const appBases = Array.from(
  { length: APP_SERVERS },
  (_, i) => `http://localhost:${APP_PORT + 2 * i}`,
);

const name = `livewith_bench_${randomBytes(4).toString("hex")}`;
const url = `${server}/${name}`;
// Read lazily by lib/ (env.ts): the bench's own calls and the server it starts agree on
// the database, the secret (links are derived from it) and the links' origin.
Object.assign(process.env, {
  DATABASE_URL: url,
  NEXTAUTH_SECRET: SECRET,
  NEXTAUTH_URL: BASE,
  SMTP_URL: "",
});

const { createPrismaClient } = await import("../lib/db/client.ts");
const { deployMigrations } = await import("../lib/db/migrations.ts");
const { appSecret } = await import("../lib/app-secret.ts");
const { openBody } = await import("../lib/email/sealed-body.ts");
const { sendInvitations } = await import("../lib/invitations/send-invitations.ts");
const { openRound } = await import("../lib/rounds/open-round.ts");
const { saveSummaryDraft } = await import("../lib/summaries/save-summary-draft.ts");
const { sendSummary } = await import("../lib/summaries/send-summary.ts");
const { createStudyWithLargePanel } = await import("../test/support/mass-fixtures.ts");
const { asMember } = await import("../test/support/access.ts");

// The bursts' times on the monotonic clock V8's CPU profiles use (µs), so that
// bench/profile-summary.ts can keep only the samples taken during a burst.
const windows: { label: string; from: number; to: number }[] = [];
const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);

type Run = { n: number; ok: number; p50: number; p95: number; p99: number; perSecond: number };

const quantile = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : NaN;

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await run();
  return [result, performance.now() - start];
}

/** N requests at once; `confirm` tells which answered requests really did their write. */
async function burst(
  requests: (() => Promise<Sample>)[],
  confirm: (samples: Sample[]) => Promise<boolean[]>,
  label: string,
): Promise<Run> {
  const start = performance.now();
  const from = monotonicMicros();
  const samples = await Promise.all(requests.map((r) => r()));
  windows.push({ label, from, to: monotonicMicros() });
  const wall = performance.now() - start;
  const written = await confirm(samples);
  const ok = samples.filter((s, i) => s.ok && written[i]);
  const times = ok.map((s) => s.ms).sort((a, b) => a - b);
  return {
    n: requests.length,
    ok: ok.length,
    p50: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    p99: quantile(times, 0.99),
    perSecond: (ok.length / wall) * 1000,
  };
}

function start(args: string[], env: Record<string, string>): ChildProcess {
  // Its own process group, so that stopping it stops what it starts too.
  return spawn("npx", args, {
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ...env },
  });
}

function stop(child: ChildProcess | undefined) {
  // It may have stopped already (a failed start): the run's own error is the one to show.
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
}

async function waitFor(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 240; i++) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what} did not start`);
}

const admin = new pg.Client({ connectionString: `${server}/postgres` });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
const apps: ChildProcess[] = [];
let bare: ChildProcess | undefined;
const lines: string[] = [];
const say = (line: string) => {
  lines.push(line);
  console.log(line);
};
try {
  const config = { kind: "postgres" as const, url };
  await deployMigrations(config);
  const { client: db, close } = await createPrismaClient(config);
  try {
    // 1. Mass operations, through the app's functions, on a 1,000-expert panel.
    const s = await createStudyWithLargePanel(db, { experts: EXPERTS, clauses: CLAUSES });
    const asOwner = await asMember(db, s.owner.id, s.studyId);
    const [invited, inviteMs] = await timed(() => sendInvitations(db, asOwner, { all: true }));
    await db.panelMember.updateMany({
      where: { studyId: s.studyId },
      data: { status: "ACCEPTED", participationConsentAt: new Date(), respondedAt: new Date() },
    });
    const closesAt = new Date(Date.now() + 7 * 86_400_000);
    const [opened, openMs] = await timed(() =>
      openRound(db, asOwner, { closesAt, reminderDays: [], collectRatings: false }),
    );
    const emails = await db.outboundEmail.findMany({
      where: { studyId: s.studyId, kind: "ROUND_OPENED" },
      select: { panelMemberId: true, text: true },
    });
    const experts = emails.map((e) => ({
      id: e.panelMemberId!,
      token: /\/respond\/([A-Za-z0-9_-]{43})/.exec(openBody(e.text, appSecret()))![1]!,
    }));
    // Delivered already, as far as this run goes: the server's outbox worker would
    // otherwise spend the run writing 2,000 emails to the local mailbox.
    await db.outboundEmail.updateMany({ data: { status: "SENT", sentAt: new Date() } });

    // 2. The production server and the bare one, on the same database.
    // BENCH_PROFILE_DIR=<dir>: the app server writes a CPU profile there when it stops.
    const profile = process.env.BENCH_PROFILE_DIR;
    const appCommand = profile
      ? ["node", "--cpu-prof", `--cpu-prof-dir=${profile}`, "--import", "tsx", "server.ts"]
      : ["tsx", "server.ts"];
    for (const base of appBases)
      apps.push(
        start(appCommand, {
          PORT: new URL(base).port,
          NODE_ENV: "production",
          TRUSTED_PROXY_HOPS: "1",
        }),
      );
    await db.$executeRawUnsafe(
      "CREATE TABLE bench_rows (request text, part text, position text, reason text, created timestamptz)",
    );
    bare = start(
      ["tsx", "bench/bare-pg-server.ts", url, String(BARE_PORT), String(CLAUSES + 1)],
      {},
    );
    for (const base of appBases)
      await waitFor(async () => (await fetch(`${base}/api/health`)).ok, `the app server ${base}`);
    const bareUrl = `http://127.0.0.1:${BARE_PORT}/`;
    await waitFor(async () => (await fetch(bareUrl, { method: "POST" })).ok, "the bare server");

    const page = (token: string) => `/respond/${token}/rounds/1`;
    const submitted = async (ids: string[]) => {
      const rows = await db.response.findMany({
        where: { roundId: opened.roundId, panelMemberId: { in: ids }, state: "SUBMITTED" },
        select: { panelMemberId: true },
      });
      const done = new Set(rows.map((r) => r.panelMemberId));
      return ids.map((id) => done.has(id));
    };
    let next = 0;
    const take = (n: number) => experts.slice(next, (next += n));

    // Warm-up (not counted): the first requests load the page's and the action's code.
    for (const [i, expert] of take(WARMUP * APP_SERVERS).entries()) {
      const base = appBases[i % APP_SERVERS]!;
      const fields = await loadForm(base, page(expert.token));
      await submit(base, MODE, page(expert.token), { token: expert.token, fields }, BASE);
      await post(BASE, bareUrl, [["warm", "up"]]);
    }

    // 3. The bursts.
    const results: { app: Run; bare: Run }[] = [];
    for (const n of SIZES) {
      const batch = take(n);
      if (batch.length < n) throw new Error(`not enough fresh experts for N = ${n}`);
      const forms: Form[] = [];
      // Loading the pages is not measured; a few at a time.
      for (let i = 0; i < batch.length; i += 8)
        forms.push(
          ...(await Promise.all(
            batch
              .slice(i, i + 8)
              .map(async (e) => ({ token: e.token, fields: await loadForm(BASE, page(e.token)) })),
          )),
        );
      const appRun = await burst(
        batch.map(
          (e, i) => () => submit(appBases[i % APP_SERVERS]!, MODE, page(e.token), forms[i]!, BASE),
        ),
        () => submitted(batch.map((e) => e.id)),
        `app ${n}`,
      );
      const before = await db.$queryRawUnsafe<{ n: bigint }[]>(
        "SELECT count(*) AS n FROM bench_rows",
      );
      const bareRun = await burst(
        forms.map((f) => () => post(BASE, bareUrl, f.fields)),
        async (samples) => {
          const [after] = await db.$queryRawUnsafe<{ n: bigint }[]>(
            "SELECT count(*) AS n FROM bench_rows",
          );
          const rows = Number(after!.n - before[0]!.n);
          // All rows of every answered request must be there.
          const answered = samples.filter((x) => x.ok).length;
          return samples.map(() => rows === answered * (CLAUSES + 1));
        },
        `bare ${n}`,
      );
      results.push({ app: appRun, bare: bareRun });
    }

    // 4. Send the summary of the round to the 1,000 experts.
    await db.round.update({
      where: { id: opened.roundId },
      data: { state: "CLOSED", closedAt: new Date() },
    });
    await saveSummaryDraft(db, asOwner, 1, { body: "Thank you all." });
    const [summary, summaryMs] = await timed(() =>
      sendSummary(db, asOwner, 1, 1, { withoutChanges: true }),
    );

    const f = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    say(
      `PostgreSQL, production build, ${EXPERTS} experts × ${CLAUSES} clauses (+ explanatory text), ` +
        (MODE === "js" ? "submitted as the page does with JavaScript" : "plain form posts") +
        (APP_SERVERS > 1 ? `, ${APP_SERVERS} app servers` : ""),
    );
    say("");
    say(
      "| N | app: succeeded | p50 | p95 | p99 | /s | bare pg: succeeded | p50 | p95 | p99 | /s | app / bare |",
    );
    say("|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (const { app: a, bare: b } of results) {
      say(
        `| ${a.n} | ${a.ok}/${a.n} | ${f(a.p50)} | ${f(a.p95)} | ${f(a.p99)} | ${a.perSecond.toFixed(1)} | ` +
          `${b.ok}/${b.n} | ${f(b.p50)} | ${f(b.p95)} | ${f(b.p99)} | ${b.perSecond.toFixed(1)} | ` +
          `${((a.perSecond / b.perSecond) * 100).toFixed(1)}% |`,
      );
    }
    say("");
    say(`| mass operation (${EXPERTS} experts) | time | emails queued |`);
    say("|---|---|---|");
    say(`| invite all | ${f(inviteMs)} | ${invited.invited} |`);
    say(`| open round (seat panel, queue emails) | ${f(openMs)} | ${opened.notified} |`);
    say(`| send summary | ${f(summaryMs)} | ${summary.recipients} |`);
    if (process.env.BENCH_PROFILE_DIR)
      writeFileSync(
        path.join(process.env.BENCH_PROFILE_DIR, "bursts.json"),
        JSON.stringify(windows, null, 2),
      );
  } finally {
    await close();
  }
} finally {
  apps.forEach(stop);
  stop(bare);
  await new Promise((r) => setTimeout(r, 1000));
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
