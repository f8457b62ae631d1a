import type { MessageKeys, NamespaceKeys, NestedKeyOf, NestedValueOf } from "next-intl";
import type messages from "@/messages/en/index.ts";

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
