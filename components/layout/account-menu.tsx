import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button.tsx";
import { ButtonLink } from "@/components/ui/button.tsx";
import { getSessionUser } from "@/lib/auth/session.ts";

/** Right-hand side of the site header: the signed-in facilitator, or a sign-in link. */
export async function AccountMenu() {
  const t = await getTranslations("nav");
  const user = await getSessionUser().catch(() => null);
  if (!user) {
    return (
      <ButtonLink href="/signin" variant="secondary" size="sm">
        {t("signIn")}
      </ButtonLink>
    );
  }
  return (
    <nav aria-label={t("account")} className="flex items-center gap-4 text-sm">
      <Link href="/studies">{t("studies")}</Link>
      <span className="hidden text-ink-muted sm:inline">
        {t("signedInAs", { email: user.email })}
      </span>
      <SignOutButton label={t("signOut")} />
    </nav>
  );
}
