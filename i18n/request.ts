import type { AbstractIntlMessages } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import {
  type AppLocale,
  defaultLocale,
  isAppLocale,
  localeCookie,
  locales,
  matchAcceptLanguage,
} from "@/i18n/config.ts";

// No i18n routing: the locale comes from an explicit argument (getTranslations({ locale })),
// the locale cookie, or the browser's Accept-Language, in that order.
export default getRequestConfig(async ({ locale: requested }) => {
  const locale = isAppLocale(requested) ? requested : await detectLocale();
  const catalog = (await import(`../messages/${locale}/index.ts`)) as {
    default: AbstractIntlMessages;
  };
  return { locale, messages: catalog.default };
});

async function detectLocale(): Promise<AppLocale> {
  // With a single locale there is nothing to negotiate, and not touching cookies()/headers()
  // keeps pages statically renderable. A second locale makes every page dynamic.
  if (locales.length === 1) return defaultLocale;

  const cookieLocale = (await cookies()).get(localeCookie)?.value;
  if (isAppLocale(cookieLocale)) return cookieLocale;
  return matchAcceptLanguage((await headers()).get("accept-language")) ?? defaultLocale;
}
