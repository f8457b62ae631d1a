import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";

/** An invited expert who has not accepted yet follows a round link: accept first. */
export async function ResponseNotAccepted({ landingHref }: { landingHref: string }) {
  const t = await getTranslations("response");
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 className="text-3xl">{t("notAcceptedTitle")}</h1>
      <Card className="flex flex-col items-start gap-4">
        <p>{t("notAcceptedBody")}</p>
        <ButtonLink href={landingHref}>{t("notAcceptedLink")}</ButtonLink>
      </Card>
    </div>
  );
}
