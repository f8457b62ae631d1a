import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form.tsx";
import { PageHeader } from "@/components/ui/page-header.tsx";
import { Card } from "@/components/ui/card.tsx";
import { getSessionUser } from "@/lib/auth/session.ts";
import { safeCallbackPath } from "@/lib/auth/callback-path.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("metaTitle") };
}

export default async function SignInPage(props: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const { callbackUrl } = await props.searchParams;
  const target = safeCallbackPath(callbackUrl);
  if (await getSessionUser()) redirect(target);
  const t = await getTranslations("auth.signIn");
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <SignInForm callbackUrl={target} />
      </Card>
    </div>
  );
}
