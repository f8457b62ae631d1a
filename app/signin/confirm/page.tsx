import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert.tsx";
import { Button, ButtonLink } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { PageHeader } from "@/components/ui/page-header.tsx";

export async function generateMetadata(): Promise<Metadata> {
  // "same-origin": the token in this URL never leaves in a Referer, yet the button's POST
  // still carries an Origin header for the cross-site check (no-referrer would make it "null").
  return { title: (await getTranslations("auth.confirm"))("metaTitle"), referrer: "same-origin" };
}

type Params = { token?: string; email?: string; callbackUrl?: string };

// Opening the emailed link lands here and changes nothing: mail scanners fetch links
// before people do. Only the button's POST (to /api/auth/confirm) consumes the token.
export default async function ConfirmSignInPage(props: { searchParams: Promise<Params> }) {
  const { token, email, callbackUrl } = await props.searchParams;
  const t = await getTranslations("auth.confirm");
  const tc = await getTranslations("common");
  if (!token || !email) {
    return (
      <div className="mx-auto flex max-w-md flex-col gap-6">
        <PageHeader title={t("invalidTitle")} />
        <Alert tone="warning" label={tc("alert.warning")}>
          {t("invalidBody")}
        </Alert>
        <ButtonLink href="/signin" variant="secondary">
          {t("requestNew")}
        </ButtonLink>
      </div>
    );
  }
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <PageHeader title={t("title")} description={t("description", { email })} />
      <Card>
        <form method="post" action="/api/auth/confirm" className="flex flex-col gap-4">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="email" value={email} />
          {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
          <Button type="submit" size="lg">
            {t("submit")}
          </Button>
        </form>
        <p className="mt-4 text-sm text-ink-muted">{t("notYou")}</p>
      </Card>
    </div>
  );
}
