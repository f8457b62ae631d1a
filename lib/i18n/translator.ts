// use-intl/core: the translator without React, so scripts (the demo seed) can use it too.
import {
  _createCache,
  _createIntlFormatters,
  createTranslator,
  type NamespaceKeys,
  type NestedKeyOf,
} from "use-intl/core";
import en from "@/messages/en/index.ts";

// Translations outside React (emails, background jobs). Pages use next-intl directly.
export const catalogs = { en } as const;
export type Locale = keyof typeof catalogs;
export const defaultLocale: Locale = "en";

type Messages = typeof en;

// One cache of compiled messages for the process. Without it every translator compiles
// each ICU message again: 1.8 ms per email, most of the time of a 1,000-expert mailing.
const cache = _createCache();
const formatters = _createIntlFormatters(cache);

export function getTranslator<N extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(
  namespace: N,
  locale: Locale = defaultLocale,
) {
  return createTranslator({
    locale,
    messages: catalogs[locale],
    namespace,
    _cache: cache,
    _formatters: formatters,
  });
}
