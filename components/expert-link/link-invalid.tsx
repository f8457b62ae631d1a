import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card.tsx";

/** One page for every link that does not work, whatever the reason: it reveals nothing. */
export async function LinkInvalid() {
  const t = await getTranslations("respond.invalid");
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 className="text-3xl">{t("title")}</h1>
      <Card>
        <p>{t("body")}</p>
        <p className="mt-3 text-ink-muted">{t("help")}</p>
      </Card>
    </div>
  );
}
