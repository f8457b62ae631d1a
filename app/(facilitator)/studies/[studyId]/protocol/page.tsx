import { getTranslations } from "next-intl/server";

// Placeholder so that creating a study lands somewhere; the protocol page replaces it.
export default async function ProtocolPage() {
  const t = await getTranslations("studies.nav");
  return <h2 className="text-2xl">{t("protocol")}</h2>;
}
