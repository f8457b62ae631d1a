// Runs once when the server starts: background work that belongs to the app process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startOutboxWorker } = await import("@/lib/email/outbox-worker.ts");
  const { startRoundScheduler } = await import("@/lib/jobs/round-scheduler.ts");
  startOutboxWorker();
  startRoundScheduler();
}
