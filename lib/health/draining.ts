// Set when the server has been asked to stop (SIGTERM, server.ts): its readiness check then
// fails so that a load balancer sends it no new requests, and the background loops take no
// new work, while the requests already in flight finish. On globalThis: server.ts (outside
// Next) sets it, the app's bundles read it.

const KEY = "__livewithDraining";

export function startDraining(): void {
  (globalThis as Record<string, unknown>)[KEY] = true;
}

export function isDraining(): boolean {
  return (globalThis as Record<string, unknown>)[KEY] === true;
}
