import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { backgroundWorkSettled, handBackClaims, startDraining } from "@/lib/health/draining.ts";
import { asMember } from "@/test/support/access.ts";
import { seedDemoPublishedStudy } from "@/test/support/demo-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { SLOW_REPORT } from "@/test/support/timeouts.ts";
import { requestReportExport } from "./request-report-export.ts";
import { runReportExports } from "./run-report-exports.ts";

// The report-file runner's claim and its behaviour when its server stops (issue 19). The
// claim and the held report need a second connection to the same database, so those cases
// run on PostgreSQL (the embedded database has one connection in one process).

let t: TestDb;
let seeded: { studyId: string; ownerId: string };
beforeAll(async () => {
  t = await createTestDb();
  const { study, ownerId } = await seedDemoPublishedStudy(t.db);
  seeded = { studyId: study.id, ownerId };
}, 120_000);
afterAll(() => t.close());
// The stopping flag lives on globalThis for the whole process: each case starts running.
afterEach(() => {
  delete (globalThis as Record<string, unknown>).__livewithDraining;
});

async function queueFile() {
  const asOwner = await asMember(t.db, seeded.ownerId, seeded.studyId);
  return requestReportExport(t.db, asOwner, { format: "DOCX" });
}

const stateOf = async (id: string) =>
  t.db.reportExport.findUniqueOrThrow({ where: { id }, select: { state: true, progress: true } });

/** A connection of its own with an open transaction, standing for another server. */
async function otherServer() {
  const client = new pg.Client({ connectionString: t.url! });
  await client.connect();
  await client.query("BEGIN");
  return {
    query: (sql: string, values?: unknown[]) => client.query(sql, values),
    end: async () => {
      await client.query("ROLLBACK");
      await client.end();
    },
  };
}

describe("report files when the server stops", SLOW_REPORT, () => {
  it("claims no new file once the server is stopping", async () => {
    const file = await queueFile();
    startDraining();
    expect(await runReportExports(t.db)).toBe(0);
    expect(await stateOf(file.id)).toEqual({ state: "QUEUED", progress: 0 });
    // Cleared for the next case: the file is made once the server runs again.
    delete (globalThis as Record<string, unknown>).__livewithDraining;
    expect(await runReportExports(t.db)).toBe(1);
    expect((await stateOf(file.id)).state).toBe("DONE");
  });
});

describe.skipIf(!process.env.DATABASE_URL)("report files with other servers", SLOW_REPORT, () => {
  it("skips a file another server is claiming instead of waiting for it or taking it too", async () => {
    const file = await queueFile();
    const other = await otherServer();
    try {
      // The other server is between its SELECT … FOR UPDATE and its commit.
      await other.query(`SELECT id FROM "ReportExport" WHERE id = $1 FOR UPDATE`, [file.id]);
      expect(await runReportExports(t.db)).toBe(0);
      expect((await stateOf(file.id)).state).toBe("QUEUED");
    } finally {
      await other.end();
    }
    expect(await runReportExports(t.db)).toBe(1);
  });

  it("hands the file in hand back to the queue when the server must cut, and finishes no more", async () => {
    const file = await queueFile();
    // Holds the runner after its claim, while it reads the study as the requester.
    const other = await otherServer();
    let runner: Promise<number> | undefined;
    try {
      await other.query(`LOCK TABLE "Membership" IN ACCESS EXCLUSIVE MODE`);
      runner = runReportExports(t.db);
      await expect.poll(async () => (await stateOf(file.id)).state).toBe("RUNNING");
      startDraining();
      await handBackClaims(5_000);
      expect(await stateOf(file.id)).toEqual({ state: "QUEUED", progress: 0 });
    } finally {
      await other.end();
    }
    // Let go, the cut run writes nothing more and takes no other file.
    expect(await runner).toBe(0);
    await backgroundWorkSettled();
    expect(await stateOf(file.id)).toEqual({ state: "QUEUED", progress: 0 });
  });
});
