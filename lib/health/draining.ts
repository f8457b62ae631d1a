// Set when the server has been asked to stop (SIGTERM, server.ts): its readiness check then
// fails so that a load balancer sends it no new requests, and the background loops take no
// new work, while the requests already in flight finish. On globalThis: server.ts (outside
// Next) sets it, the app's bundles read it.
//
// Background work in flight (an email being handed to the SMTP server, a report file being
// made) is tracked here too, so that server.ts can let it finish before exiting instead of
// leaving its claim to wait out a lease. Work that cannot finish in time registers a
// hand-back, which returns its claim at once when the server has to cut.

const KEY = "__livewithDraining";

type Work = { inFlight: Set<Promise<unknown>>; handBacks: Set<() => Promise<void>> };
const work = ((globalThis as Record<string, unknown>).__livewithBackgroundWork ??= {
  inFlight: new Set(),
  handBacks: new Set(),
}) as Work;

export function startDraining(): void {
  (globalThis as Record<string, unknown>)[KEY] = true;
}

export function isDraining(): boolean {
  return (globalThis as Record<string, unknown>)[KEY] === true;
}

/** Counts `run` as background work in flight until it settles; returns it unchanged. */
export function trackWork<T>(run: Promise<T>): Promise<T> {
  const tracked: Promise<unknown> = run.then(
    () => undefined,
    () => undefined,
  );
  work.inFlight.add(tracked);
  void tracked.then(() => work.inFlight.delete(tracked));
  return run;
}

/** Resolves once no tracked work is in flight (work started meanwhile is waited for too). */
export async function backgroundWorkSettled(): Promise<void> {
  while (work.inFlight.size > 0) await Promise.all([...work.inFlight]);
}

/**
 * Registers what to do with a claim if the server must stop before the work is done;
 * returns the function that unregisters it (call it when the work ends either way).
 */
export function onHandBack(handBack: () => Promise<void>): () => void {
  work.handBacks.add(handBack);
  return () => void work.handBacks.delete(handBack);
}

/** Runs every registered hand-back, waiting at most `withinMs` for them. */
export async function handBackClaims(withinMs: number): Promise<void> {
  const all = Promise.allSettled([...work.handBacks].map((handBack) => handBack()));
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, withinMs);
  });
  await Promise.race([all, late]);
  clearTimeout(timer);
}
