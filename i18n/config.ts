/**
 * Supported locales. Adding one means adding `messages/<locale>/index.ts` and an entry here;
 * nothing else. The first entry is the default and the fallback for unknown requests.
 */
export const locales = ["en"] as const;

export type AppLocale = (typeof locales)[number];

export const defaultLocale: AppLocale = locales[0];

/** Same cookie name next-intl's middleware would use, should routing ever be added. */
export const localeCookie = "NEXT_LOCALE";

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/**
 * Picks the best supported locale from an Accept-Language header: highest q first, exact tag
 * before its base language ("de-CH" falls back to "de"), ties in header order.
 */
export function matchAcceptLanguage(header: string | null | undefined): AppLocale | undefined {
  if (!header) return undefined;
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim().toLowerCase(), quality: Number.isNaN(quality) ? 0 : quality, index };
    })
    .filter((range) => range.tag !== "" && range.tag !== "*" && range.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);

  for (const { tag } of ranges) {
    const base = tag.split("-")[0];
    const match =
      locales.find((locale) => locale.toLowerCase() === tag) ??
      locales.find((locale) => locale.toLowerCase() === base);
    if (match) return match;
  }
  return undefined;
}
