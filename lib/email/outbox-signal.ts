// In-process wake-up for the outbox worker. PGlite has no LISTEN/NOTIFY, and the app
// server is the only process that queues mail, so a callback is enough; the worker's
// polling covers anything queued elsewhere (seed, scripts, another replica).
type Listener = () => void;

const state = ((globalThis as Record<string, unknown>).__livewithOutboxSignal ??= {
  listeners: new Set<Listener>(),
}) as { listeners: Set<Listener> };

export function onOutboxWake(listener: Listener): () => void {
  state.listeners.add(listener);
  return () => state.listeners.delete(listener);
}

export function wakeOutbox(): void {
  for (const listener of state.listeners) listener();
}
