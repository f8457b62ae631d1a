"use client";

import { useSyncExternalStore } from "react";

// Nothing to subscribe to: the browser's zone does not change while the page is open.
const subscribe = () => () => {};

function format(iso: string, locale: string, timeZone?: string): string {
  const date = new Date(iso);
  // dateStyle/timeStyle cannot be combined with timeZoneName, so name the zone separately.
  const text = new Intl.DateTimeFormat(locale, {
    dateStyle: "full",
    timeStyle: "short",
    timeZone,
  }).format(date);
  const zone = new Intl.DateTimeFormat(locale, { hour: "numeric", timeZone, timeZoneName: "short" })
    .formatToParts(date)
    .find((part) => part.type === "timeZoneName")?.value;
  return zone ? `${text} (${zone})` : text;
}

/**
 * A moment shown in the reader's own time zone (the browser's), named so nobody has to
 * guess. On the server, and without JavaScript, it reads in UTC.
 */
export function LocalTime({ iso, locale = "en-GB" }: { iso: string; locale?: string }) {
  const text = useSyncExternalStore(
    subscribe,
    () => format(iso, locale),
    () => format(iso, locale, "UTC"),
  );
  return <time dateTime={iso}>{text}</time>;
}

/** Fills a hidden "timeZone" field with the browser's zone (UTC without JavaScript). */
export function TimeZoneField({ name = "timeZone" }: { name?: string }) {
  const zone = useSyncExternalStore(
    subscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",
    () => "UTC",
  );
  return <input type="hidden" name={name} value={zone} />;
}
