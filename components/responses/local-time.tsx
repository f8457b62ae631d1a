"use client";

import { useLocale } from "next-intl";
import { useHydrated } from "./use-hydrated.ts";

/**
 * A date and time in the reader's own time zone. The server does not know it, so the
 * server (and the first client render, to hydrate the same markup) says UTC explicitly.
 */
export function LocalTime({ iso }: { iso: string }) {
  const locale = useLocale();
  const inBrowser = useHydrated();
  const text = new Intl.DateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: inBrowser ? undefined : "UTC",
    timeZoneName: "short",
  }).format(new Date(iso));
  return <time dateTime={iso}>{text}</time>;
}
