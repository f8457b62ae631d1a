"use client";

import { useSyncExternalStore } from "react";

// Nothing to subscribe to: the browser's zone does not change while the page is open.
const subscribe = () => () => {};

function format(iso: string, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "full",
    timeStyle: "short",
    timeZone,
    timeZoneName: "short",
  }).format(new Date(iso));
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
