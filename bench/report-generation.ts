// How long does generating the study report take? Target: under 2 seconds for a study with
// 50 experts and 3 rounds (10 clauses, three versions with justified changes, summaries,
// sources). Times getReport (every query and the composition) plus the Markdown rendering,
// then each file format end to end through the background runner (queue, load, compose,
// render, store), with how long the server's main thread was ever blocked meanwhile.
//
//   npm run bench:report                       # the machine's PostgreSQL on 127.0.0.1:5432
//   npm run bench:report -- postgres://user@host:5432
import { randomBytes } from "node:crypto";
import { monitorEventLoopDelay } from "node:perf_hooks";
import pg from "pg";
import { createPrismaClient } from "../lib/db/client.ts";
import { deployMigrations } from "../lib/db/migrations.ts";
import { createDemoRound, createDemoVersion } from "../demo/demo-builders.ts";
import type { PrismaClient } from "../lib/generated/prisma/client.ts";
import { requireStudyAccess, type StudyAccess } from "../lib/guards.ts";
import { getReport, reportMarkdown } from "../lib/report/get-report.ts";
import { requestReportExport } from "../lib/report/request-report-export.ts";
import { runReportExports } from "../lib/report/run-report-exports.ts";

const server = process.argv[2] ?? "postgres://postgres@127.0.0.1:5432";
const EXPERTS = 50;
const CLAUSES = 10;
const RUNS = 10;
const FILE_RUNS = 5;
const TARGET_MS = 2_000;
const DAY = 86_400_000;

async function seed(db: PrismaClient): Promise<{ studyId: string; userId: string }> {
  const user = await db.user.create({ data: { email: "bench@livewith.local" } });
  const study = await db.study.create({
    data: {
      slug: "bench-report",
      title: "Bench report",
      purpose: "Timing the report.",
      status: "COMPLETED",
      protocolLockedAt: new Date(Date.now() - 60 * DAY),
      memberships: { create: { userId: user.id, role: "OWNER" } },
    },
    select: { id: true },
  });
  const memberIds: string[] = [];
  for (let i = 0; i < EXPERTS; i++) {
    const m = await db.panelMember.create({
      data: {
        studyId: study.id,
        name: `Expert ${i}`,
        email: `expert${i}@bench.test`,
        region: ["Europe", "Africa", "Asia", "Americas", "Oceania"][i % 5]!,
        sector: i % 3 ? "Research" : "Practice",
        status: "ACCEPTED",
        invitedAt: new Date(Date.now() - 70 * DAY),
        participationConsentAt: new Date(Date.now() - 69 * DAY),
        acknowledgeConsent: i % 4 === 0,
      },
      select: { id: true },
    });
    memberIds.push(m.id);
  }
  let previous: { id: string; clauseId: string }[] = [];
  for (const number of [1, 2, 3]) {
    const version = await createDemoVersion(db, {
      studyId: study.id,
      number,
      status: "LOCKED",
      lockedAt: new Date(Date.now() - (60 - 20 * (number - 1)) * DAY),
      explanatoryText: `Context of version ${number}.`,
      clauses: Array.from({ length: CLAUSES }, (_, i) => ({
        text: `Clause ${i + 1}, wording ${number}${i % 3 === 0 ? " (revised)" : ""}.`,
        clauseId: previous[i]?.clauseId,
        sources: previous[i] ? [previous[i]!.id] : [],
      })),
    });
    for (const [i, clause] of version.clauses.entries()) {
      if (number > 1 && i % 3 === 0) {
        await db.changeJustification.create({
          data: {
            versionId: version.id,
            clauseVersionId: clause.id,
            kind: "EDITED",
            changeClass: "SUBSTANTIVE",
            justification: "The panel asked for it.",
          },
        });
      }
    }
    const roundId = await createDemoRound(db, {
      studyId: study.id,
      versionId: version.id,
      number,
      openedAt: new Date(Date.now() - (60 - 20 * (number - 1)) * DAY),
      closedAt: new Date(Date.now() - (50 - 20 * (number - 1)) * DAY),
      memberIds,
      clauseIds: version.clauses.map((c) => c.id),
      answer: (m, c) =>
        m >= EXPERTS - number * 3
          ? null
          : (m + c) % 5 === 0
            ? { position: "CANNOT_LIVE_WITH", reason: "Too broad.", suggestion: "Narrower." }
            : { position: "CAN_LIVE_WITH" },
    });
    await db.summary.create({
      data: { roundId, body: "Thanks.", status: "SENT", sentAt: new Date(), sentBody: "Thanks." },
    });
    previous = version.clauses;
  }
  return { studyId: study.id, userId: user.id };
}

/** A file through the background runner; the event loop's worst stall is the blocking. */
async function timeFile(
  db: PrismaClient,
  access: StudyAccess,
  format: "PDF" | "DOCX",
): Promise<number> {
  const samples: number[] = [];
  let blocked = 0;
  let bytes = 0;
  for (let i = 0; i < FILE_RUNS + 1; i++) {
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const start = performance.now();
    await requestReportExport(db, access, { format });
    await runReportExports(db);
    const elapsed = performance.now() - start;
    loop.disable();
    if (i === 0) continue; // warm-up: fonts, JIT
    samples.push(elapsed);
    blocked = Math.max(blocked, loop.max / 1e6);
    const file = await db.reportExport.findFirstOrThrow({
      where: { studyId: access.studyId, format, state: "DONE" },
      select: { size: true },
    });
    bytes = file.size ?? 0;
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(FILE_RUNS / 2)]!;
  console.log(
    `${format} file, end to end: median ${median.toFixed(0)} ms, max ${samples.at(-1)!.toFixed(0)} ms (${(bytes / 1024).toFixed(0)} kB); main thread blocked at most ${blocked.toFixed(0)} ms`,
  );
  return median;
}

const name = `livewith_bench_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: `${server}/postgres` });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
const config = { kind: "postgres" as const, url: `${server}/${name}` };
let median = Infinity;
try {
  await deployMigrations(config);
  const { client, close } = await createPrismaClient(config);
  try {
    const { studyId, userId } = await seed(client);
    const access = await requireStudyAccess(client, userId, studyId, "study.view");
    const samples: number[] = [];
    let size = 0;
    for (let i = 0; i < RUNS + 3; i++) {
      const start = performance.now();
      const markdown = reportMarkdown(await getReport(client, access));
      const elapsed = performance.now() - start;
      size = markdown.length;
      if (i >= 3) samples.push(elapsed); // the first runs warm up the connection and JIT
    }
    samples.sort((a, b) => a - b);
    median = samples[Math.floor(RUNS / 2)]!;
    console.log(
      `report for ${EXPERTS} experts × 3 rounds × ${CLAUSES} clauses: median ${median.toFixed(0)} ms, p90 ${samples[Math.floor(RUNS * 0.9)]!.toFixed(0)} ms (${(size / 1024).toFixed(1)} kB of Markdown)`,
    );
    for (const format of ["PDF", "DOCX"] as const) {
      const fileMedian = await timeFile(client, access, format);
      median = Math.max(median, fileMedian);
    }
  } finally {
    await close();
  }
} finally {
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
console.log(median < TARGET_MS ? `within target (< ${TARGET_MS} ms)` : "OVER TARGET");
process.exitCode = median < TARGET_MS ? 0 : 1;
