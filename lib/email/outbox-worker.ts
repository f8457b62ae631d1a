import "server-only";
import { getDb } from "@/lib/db/app-db.ts";
import { env } from "@/lib/env.ts";
import { onOutboxWake } from "./outbox-signal.ts";
import { processOutbox } from "./process-outbox.ts";
import { getMailTransport } from "./transport.ts";
import { isDraining, trackWork } from "@/lib/health/draining.ts";
import { describeError, logger } from "@/lib/log/logger.ts";

type WorkerState = { started: boolean; running: boolean; again: boolean };
const state = ((globalThis as Record<string, unknown>).__livewithOutboxWorker ??= {
  started: false,
  running: false,
  again: false,
}) as WorkerState;

/** Starts the in-process delivery loop once per process (polling + wake-ups). */
export function startOutboxWorker(): void {
  if (state.started) return;
  state.started = true;
  const transport = getMailTransport();

  const tick = async () => {
    // Stopping: the work is left to the other servers (or to this one's next start).
    if (isDraining()) return;
    if (state.running) {
      state.again = true;
      return;
    }
    state.running = true;
    try {
      do {
        state.again = false;
        const run = await processOutbox(await getDb(), transport, { stopping: isDraining });
        if (run.sent + run.retrying + run.failed > 0) state.again = true;
        if (run.retrying > 0) break; // the rest waits for its backoff
      } while (state.again && !isDraining());
    } catch (error) {
      logger.error("outbox: run failed", { error: describeError(error) });
    } finally {
      state.running = false;
    }
  };

  // Tracked, so that a stopping server lets the message in hand reach the SMTP server and be
  // recorded as sent before it exits (server.ts).
  const run = () => void trackWork(tick());
  onOutboxWake(run);
  const timer = setInterval(run, env().OUTBOX_POLL_SECONDS * 1000);
  timer.unref();
  run();
}
