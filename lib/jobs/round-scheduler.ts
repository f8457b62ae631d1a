import "server-only";
import { getDb } from "@/lib/db/app-db.ts";
import { env } from "@/lib/env.ts";
import { runReportExports } from "@/lib/report/run-report-exports.ts";
import { closeDueRounds } from "@/lib/rounds/close-due-rounds.ts";
import { sendDueReminders } from "@/lib/rounds/send-reminders.ts";
import { isDraining, trackWork } from "@/lib/health/draining.ts";
import { describeError, logger } from "@/lib/log/logger.ts";

type State = { started: boolean; running: boolean };
const state = ((globalThis as Record<string, unknown>).__livewithRoundScheduler ??= {
  started: false,
  running: false,
}) as State;

// In-process and database-driven, so it works the same on PGlite (no LISTEN/NOTIFY, no
// second connection) and PostgreSQL. Every step is idempotent (conditional updates, outbox
// dedupe keys), so two servers running it at once do no harm.
export function startRoundScheduler(): void {
  if (state.started) return;
  state.started = true;
  const tick = async () => {
    // Stopping: the work is left to the other servers (or to this one's next start).
    if (isDraining()) return;
    if (state.running) return;
    state.running = true;
    try {
      const db = await getDb();
      await closeDueRounds(db);
      await sendDueReminders(db);
      // Report files left queued, or abandoned by a server that stopped mid-way. Not awaited:
      // a long PDF must not hold up closing rounds and sending reminders.
      runReportExports(db).catch((error: unknown) =>
        logger.error("report files: run failed", { error: describeError(error) }),
      );
    } catch (error) {
      logger.error("round scheduler: run failed", { error: describeError(error) });
    } finally {
      state.running = false;
    }
  };
  // Tracked: a stopping server finishes closing a round or queueing its reminders first.
  const run = () => void trackWork(tick());
  setInterval(run, env().SCHEDULER_POLL_SECONDS * 1000).unref();
  run();
}
