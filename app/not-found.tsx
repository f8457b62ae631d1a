import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button.tsx";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notFound");
  return { title: t("metaTitle") };
}

export default function NotFound() {
  const t = useTranslations();
  return (
    <div className="flex flex-col items-start gap-4 py-10">
      <h1 className="text-3xl">{t("notFound.title")}</h1>
      <p className="text-ink-muted">{t("notFound.body")}</p>
      <ButtonLink href="/" variant="secondary">
        {t("common.backToHome")}
      </ButtonLink>
    </div>
  );
}
