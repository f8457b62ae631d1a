// How long the statistics of one round take on PostgreSQL, at 1,000 and 10,000 experts ×
// 20 clauses. Target: ≤ 50 ms and ≤ 300 ms, growing no faster than linearly.
//
//   npm run bench:stats                       # the machine's PostgreSQL on 127.0.0.1:5432
//   npm run bench:stats -- postgres://user@host:5432   # another server (a database is created and dropped)
//
// The figure is computeRoundResults for round 2 (counts, shares, consensus, rating
// median/IQR and stability against round 1, i.e. the most work a round asks for), plus the
// study's participation funnel. Seeding uses generate_series; it is not timed.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { computeParticipationFunnel } from "../lib/consensus/internal/compute-participation-funnel.ts";
import { computeRoundResults } from "../lib/consensus/internal/compute-round-results.ts";
import { createPrismaClient } from "../lib/db/client.ts";
import { deployMigrations } from "../lib/db/migrations.ts";
import type { PrismaClient } from "../lib/generated/prisma/client.ts";

const server = process.argv[2] ?? "postgres://postgres@127.0.0.1:5432";
const SIZES = [1_000, 10_000];
const CLAUSES = 20;
const RUNS = 15;

async function seed(db: PrismaClient, experts: number): Promise<string> {
  const study = await db.study.create({
    data: {
      slug: `bench-${experts}`,
      title: "Bench",
      ratingScaleMax: 9,
      ratingMedianMin: 7,
      ratingIqrMax: 2,
    },
    select: { id: true },
  });
  const clauseIds: string[] = [];
  for (let i = 0; i < CLAUSES; i++)
    clauseIds.push(
      (await db.clause.create({ data: { studyId: study.id }, select: { id: true } })).id,
    );
  for (const number of [1, 2]) {
    const version = await db.version.create({
      data: { studyId: study.id, number, explanatoryText: "Context.", status: "LOCKED" },
      select: { id: true },
    });
    await db.clauseVersion.createMany({
      data: clauseIds.map((clauseId, i) => ({
        versionId: version.id,
        clauseId,
        position: i + 1,
        text: `Clause ${i + 1}`,
      })),
    });
    await db.round.create({
      data: {
        studyId: study.id,
        versionId: version.id,
        number,
        state: number === 1 ? "CLOSED" : "OPEN",
        openedAt: new Date(),
        closesAt: new Date(Date.now() + 86_400_000),
        collectRatings: true,
      },
    });
  }
  await db.$executeRaw`
    INSERT INTO "PanelMember" ("id", "studyId", "name", "email", "status", "invitedAt", "participationConsentAt", "updatedAt")
    SELECT ${study.id} || '-pm-' || g, ${study.id}, 'Expert ' || g, 'e' || g || '@bench.test', 'ACCEPTED', now(), now(), now()
    FROM generate_series(1, ${experts}) AS g`;
  // Round 1: 95% respond; round 2: 90%. Positions and ratings vary by expert, clause and round.
  await db.$executeRaw`
    INSERT INTO "Response" ("id", "roundId", "panelMemberId", "state", "submittedAt", "textPosition", "overallPosition", "updatedAt")
    SELECT rd."id" || '-' || g, rd."id", ${study.id} || '-pm-' || g, 'SUBMITTED', now(),
      CASE WHEN (g * 31 + rd."number") % 5 = 0 THEN 'CANNOT_LIVE_WITH' ELSE 'CAN_LIVE_WITH' END::"Position",
      'CAN_LIVE_WITH', now()
    FROM "Round" rd CROSS JOIN generate_series(1, ${experts}) AS g
    WHERE rd."studyId" = ${study.id} AND g % 100 < (CASE WHEN rd."number" = 1 THEN 95 ELSE 90 END)`;
  await db.$executeRaw`
    INSERT INTO "ClauseResponse" ("id", "responseId", "clauseVersionId", "position", "suggestion", "rating")
    SELECT r."id" || '-' || cv."position", r."id", cv."id",
      CASE (hashtext(r."id" || cv."position") & 15)
        WHEN 0 THEN NULL WHEN 1 THEN 'CANNOT_LIVE_WITH' WHEN 2 THEN 'CANNOT_LIVE_WITH'
        ELSE 'CAN_LIVE_WITH' END::"Position",
      CASE WHEN (hashtext(r."id" || cv."position") & 31) = 3 THEN 'Reword.' ELSE '' END,
      1 + ((hashtext(cv."id" || r."id") & 2147483647) % 9)
    FROM "Response" r
    JOIN "Round" rd ON rd."id" = r."roundId"
    JOIN "ClauseVersion" cv ON cv."versionId" = rd."versionId"
    WHERE rd."studyId" = ${study.id}`;
  await db.$executeRawUnsafe(`ANALYZE`);
  return study.id;
}

async function time(fn: () => Promise<unknown>): Promise<{ median: number; p90: number }> {
  for (let i = 0; i < 3; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(RUNS / 2)]!, p90: samples[Math.floor(RUNS * 0.9)]! };
}

const name = `livewith_bench_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: `${server}/postgres` });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
const config = { kind: "postgres" as const, url: `${server}/${name}` };
const rows: string[] = [];
const medians: number[] = [];
try {
  await deployMigrations(config);
  const { client, close } = await createPrismaClient(config);
  try {
    for (const experts of SIZES) {
      const studyId = await seed(client, experts);
      const stats = await time(() => computeRoundResults(client, studyId, 2));
      const funnel = await time(() => computeParticipationFunnel(client, studyId));
      medians.push(stats.median);
      rows.push(
        `${String(experts).padStart(6)} experts × ${CLAUSES} clauses: round statistics median ${stats.median.toFixed(1)} ms (p90 ${stats.p90.toFixed(1)}); funnel median ${funnel.median.toFixed(1)} ms`,
      );
    }
  } finally {
    await close();
  }
} finally {
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
console.log(rows.join("\n"));
const growth = medians[1]! / medians[0]!;
console.log(`growth 1,000 → 10,000 experts: ×${growth.toFixed(1)} (linear would be ×10)`);
const ok = medians[0]! <= 50 && medians[1]! <= 300 && growth <= 10;
console.log(ok ? "within target (≤ 50 ms, ≤ 300 ms, at most linear)" : "OVER TARGET");
process.exit(ok ? 0 : 1);
