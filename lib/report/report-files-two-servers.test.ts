import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asMember } from "@/test/support/access.ts";
import { seedDemoPublishedStudy } from "@/test/support/demo-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { SLOW_REPORT } from "@/test/support/timeouts.ts";
import { requestReportExport } from "./request-report-export.ts";
import { runReportExports } from "./run-report-exports.ts";

// Every app server runs the report-file runner (issue 19). Within one process a second call
// joins the first; across processes only the claim (SKIP LOCKED, with a lease) keeps a file
// to one runner, so the other server here is a real second process on the same PostgreSQL
// database. The two start a moment apart, so this proves the path across processes, not the
// claim under a tight race: that is the outbox's claim, which lib/jobs/two-servers.test.ts
// races (and sees fail without SKIP LOCKED).

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const tsx = path.resolve(import.meta.dirname, "../../node_modules/.bin/tsx");
const script = path.resolve(import.meta.dirname, "../../test/support/run-report-files.ts");

describe.skipIf(!process.env.DATABASE_URL)("report files with two servers", SLOW_REPORT, () => {
  it("makes each queued file once, whichever server takes it", async () => {
    const { study, ownerId } = await seedDemoPublishedStudy(t.db);
    const asOwner = await asMember(t.db, ownerId, study.id);
    const pdf = await requestReportExport(t.db, asOwner, { format: "PDF" });
    const docx = await requestReportExport(t.db, asOwner, { format: "DOCX" });
    const other = promisify(execFile)(tsx, ["--conditions=react-server", script, t.url!]);
    const here = await runReportExports(t.db);
    const there = Number((await other).stdout.trim());
    expect(here + there).toBe(2);
    const files = await t.db.reportExport.findMany({
      where: { id: { in: [pdf.id, docx.id] } },
      select: { state: true, size: true },
    });
    expect(files.map((f) => f.state)).toEqual(["DONE", "DONE"]);
    expect(files.every((f) => (f.size ?? 0) > 0)).toBe(true);
  });
});
