import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer.tsx";
import { SiteHeader } from "@/components/layout/site-header.tsx";
import { BASE_NAMESPACES, pickNamespaces } from "@/lib/i18n/client-namespaces.ts";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  const productName = t("common.productName");
  return {
    title: { default: productName, template: `%s · ${productName}` },
    description: t("meta.description"),
    applicationName: productName,
  };
}

export const viewport: Viewport = {
  themeColor: "#0f5e5a",
  colorScheme: "light",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("nav");
  // The base every page's client components may need; areas add theirs (ClientMessages).
  const clientMessages = pickNamespaces(await getMessages(), BASE_NAMESPACES);
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        <NextIntlClientProvider messages={clientMessages}>
          <a
            href="#main"
            className="sr-only z-50 rounded-md bg-accent px-4 py-2 text-on-accent no-underline focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:text-on-accent"
          >
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <main
            id="main"
            tabIndex={-1}
            className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6 sm:py-10"
          >
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
