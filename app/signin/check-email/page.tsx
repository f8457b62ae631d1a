import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card.tsx";
import { PageHeader } from "@/components/ui/page-header.tsx";
import { isLocalMailbox } from "@/lib/email/transport.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.checkEmail"))("metaTitle") };
}

// The same page for every address, known or not: nothing here reveals who has an account.
export default async function CheckEmailPage() {
  const t = await getTranslations("auth.checkEmail");
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <PageHeader title={t("title")} />
      <Card>
        <p>{t("body")}</p>
        <p className="mt-3 text-sm text-ink-muted">{t("expiry")}</p>
        {isLocalMailbox() ? (
          <p className="mt-3 text-sm">
            {t.rich("localMailbox", { link: (chunks) => <a href="/dev/mail">{chunks}</a> })}
          </p>
        ) : null}
      </Card>
    </div>
  );
}
