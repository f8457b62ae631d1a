"use client";

import { useSyncExternalStore } from "react";

// Nothing to subscribe to: the clock is read once, when the form renders.
const subscribe = () => () => {};

/** A datetime-local value: `days` from now at 17:00, in the given zone's wall time. */
export function defaultDeadline(days: number, now: Date, timeZone?: string): string {
  const later = new Date(now.getTime() + days * 86_400_000);
  const parts = new Intl.DateTimeFormat("en-CA", {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    timeZone,
  }).formatToParts(later);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}T17:00`;
}

/**
 * The protocol's planned round length as the deadline's starting value, in the browser's
 * zone (the form posts that zone too). Without JavaScript both are UTC.
 */
export function useDefaultDeadline(days: number): string {
  return useSyncExternalStore(
    subscribe,
    () => defaultDeadline(days, new Date()),
    () => defaultDeadline(days, new Date(), "UTC"),
  );
}
