import type { MessageKeys, NamespaceKeys, NestedKeyOf, NestedValueOf } from "next-intl";
import type { AppLocale } from "@/i18n/config.ts";
import type messages from "@/messages/en/index.ts";

// next-intl reads these to type every translator (useTranslations, getTranslations): `t(key)`
// takes only a key that has an English string, so a typo or a removed string fails `tsc`
// instead of showing the raw key on a page. tsconfig's "**/*.ts" includes this file.
declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: typeof messages;
  }
}

// The English catalog is the reference for every message key: a key is valid when English
// has a string under it, and every other locale must have the same keys.
type Messages = typeof messages;

/** A full key of one string in the catalog, e.g. "errors.INVALID". */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

/** A key that names a group of strings, as `useTranslations(namespace)` takes it. */
export type MessageNamespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

/**
 * The keys of the strings under a namespace, relative to it, as the translator of that
 * namespace takes them: `MessageKeyIn<"reportPage">` includes "format.PDF".
 */
export type MessageKeyIn<N extends MessageNamespace> = MessageKeys<
  NestedValueOf<Messages, N>,
  NestedKeyOf<NestedValueOf<Messages, N>>
>;
