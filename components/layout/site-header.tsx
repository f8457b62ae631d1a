import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AccountMenu } from "@/components/layout/account-menu.tsx";
import { HiddenOnExpertPages } from "@/components/layout/hidden-on-expert-pages.tsx";

export async function SiteHeader() {
  const t = await getTranslations();
  return (
    <header className="border-b border-line bg-surface print:hidden">
      <div className="mx-auto flex w-full max-w-6xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link
          href="/"
          aria-label={t("nav.home")}
          className="text-lg font-semibold tracking-tight text-ink no-underline hover:text-accent"
        >
          {t("common.productName")}
        </Link>
        <HiddenOnExpertPages>
          <AccountMenu />
        </HiddenOnExpertPages>
      </div>
    </header>
  );
}
