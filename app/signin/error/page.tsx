import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert.tsx";
import { ButtonLink } from "@/components/ui/button.tsx";
import { PageHeader } from "@/components/ui/page-header.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.error"))("metaTitle") };
}

export default async function SignInErrorPage(props: {
  searchParams: Promise<{ error?: string }>;
}) {
  const { error } = await props.searchParams;
  const t = await getTranslations("auth.error");
  const tc = await getTranslations("common");
  // Expired or used links are the common case; everything else gets the generic text.
  const key =
    error === "Verification"
      ? "verification"
      : error === "AccessDenied"
        ? "accessDenied"
        : "generic";
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <PageHeader title={t("title")} />
      <Alert tone="error" label={tc("alert.error")}>
        {t(key)}
      </Alert>
      <ButtonLink href="/signin">{t("tryAgain")}</ButtonLink>
    </div>
  );
}
