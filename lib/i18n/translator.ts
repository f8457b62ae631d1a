// use-intl/core: the translator without React, so scripts (the demo seed) can use it too.
import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "use-intl/core";
import en from "@/messages/en/index.ts";

// Translations outside React (emails, background jobs). Pages use next-intl directly.
export const catalogs = { en } as const;
export type Locale = keyof typeof catalogs;
export const defaultLocale: Locale = "en";

type Messages = typeof en;

export function getTranslator<N extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(
  namespace: N,
  locale: Locale = defaultLocale,
) {
  return createTranslator({ locale, messages: catalogs[locale], namespace });
}
