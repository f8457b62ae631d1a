import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickNamespaces } from "@/lib/i18n/client-namespaces.ts";

/**
 * The messages the client components below may use (a layout's area), in place of the
 * smaller set the root layout provides. A nested provider replaces the outer one's messages,
 * so each area's list includes the base namespaces.
 */
export async function ClientMessages(props: {
  namespaces: readonly string[] | "workspace";
  children: ReactNode;
}) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={pickNamespaces(messages, props.namespaces)}>
      {props.children}
    </NextIntlClientProvider>
  );
}
