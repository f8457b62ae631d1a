import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { isAppError } from "@/lib/errors.ts";
import type { ReportFormat } from "@/lib/generated/prisma/enums.ts";
import { getReport } from "./get-report.ts";
import { renderReportDocx } from "./render-docx.ts";
import { renderReportPdf } from "./render-pdf.ts";
import { describeError, logger } from "@/lib/log/logger.ts";
import { requireStudyAccess } from "@/lib/guards.ts";
import { isDraining, onHandBack, trackWork } from "@/lib/health/draining.ts";

// A file whose runner has not reported for this long is taken as abandoned (its server
// stopped) and is run again. Progress writes are the heartbeat.
const LEASE_MS = 5 * 60_000;

type Claimed = { id: string; studyId: string; format: ReportFormat; requestedById: string };

const state = ((globalThis as Record<string, unknown>).__livewithReportExports ??= {
  running: null,
  again: false,
}) as { running: Promise<number> | null; again: boolean };

/**
 * Generates every queued report file, one at a time, and returns how many it finished.
 * Called after each request and by the scheduler. Within a process, a call while a run is
 * going joins that run, and makes it look for work once more before it ends (the file
 * may have been queued just after its last look); across processes the claim (SKIP
 * LOCKED) keeps a file to one runner.
 */
export function runReportExports(db: Db): Promise<number> {
  if (state.running) {
    state.again = true;
    return state.running;
  }
  state.running = trackWork(
    drain(db).finally(() => {
      state.running = null;
    }),
  );
  return state.running;
}

async function drain(db: Db): Promise<number> {
  let done = 0;
  do {
    state.again = false;
    // A stopping server finishes the file in hand but claims no other.
    while (!isDraining()) {
      const job = await claim(db);
      if (!job) break;
      if (await generate(db, job)) done++;
    }
  } while (state.again && !isDraining());
  return done;
}

async function claim(db: Db): Promise<Claimed | undefined> {
  // Times from this process, like Prisma's @updatedAt, never the database's now(): the
  // column has no time zone, so mixing the two clocks would skew the lease.
  const now = new Date();
  const stale = new Date(now.getTime() - LEASE_MS);
  const [job] = await db.$queryRaw<Claimed[]>`
    UPDATE "ReportExport"
       SET state = 'RUNNING'::"ReportExportState", progress = 0, "updatedAt" = ${now}
     WHERE id = (
       SELECT id FROM "ReportExport"
        WHERE state = 'QUEUED'::"ReportExportState"
           OR (state = 'RUNNING'::"ReportExportState" AND "updatedAt" < ${stale})
        ORDER BY "createdAt"
        LIMIT 1
        FOR UPDATE SKIP LOCKED)
    RETURNING id, "studyId", format::text AS format, "requestedById"`;
  return job;
}

async function generate(db: Db, job: Claimed): Promise<boolean> {
  let shown = 0;
  const progress = async (value: number) => {
    // A write per five points: enough for the bar, light on the database.
    if (value - shown < 5 && value < 100) return;
    shown = value;
    // Progress is for show: a failed write must not fail the file.
    await db.reportExport
      .updateMany({ where: { id: job.id, state: "RUNNING" }, data: { progress: value } })
      .catch(() => {});
  };
  // If the server has to stop before the file is made, the file goes back to the queue at
  // once, for another server, instead of waiting out the lease (server.ts exits right after
  // the hand-back, so this run writes nothing more).
  const stopHandBack = onHandBack(async () => {
    await db.reportExport.updateMany({
      where: { id: job.id, state: "RUNNING" },
      data: { state: "QUEUED", progress: 0 },
    });
  });
  try {
    // As the person who asked: if they have lost the right to ask since (left the team, or
    // became an observer), the file is not made.
    const access = await requireStudyAccess(db, job.requestedById, job.studyId, "report.generate");
    const report = await getReport(db, access);
    await progress(20);
    const writes: Promise<void>[] = [];
    const file =
      job.format === "PDF"
        ? await renderReportPdf(report, (share) => {
            writes.push(progress(20 + Math.floor(share * 75)));
          })
        : await renderReportDocx(report);
    await Promise.all(writes);
    const { count } = await db.reportExport.updateMany({
      where: { id: job.id, state: "RUNNING" },
      data: {
        state: "DONE",
        progress: 100,
        file: new Uint8Array(file),
        size: file.byteLength,
        finishedAt: new Date(),
      },
    });
    // Not RUNNING any more: handed back when the server had to stop.
    return count === 1;
  } catch (error) {
    // A refusal (the requester lost access) is expected; anything else is a fault.
    (isAppError(error) ? logger.warn : logger.error)("report file failed", {
      format: job.format,
      studyId: job.studyId,
      error: describeError(error),
    });
    await db.reportExport.updateMany({
      where: { id: job.id, state: "RUNNING" },
      data: { state: "FAILED", finishedAt: new Date() },
    });
    return false;
  } finally {
    stopHandBack();
  }
}
