import { getTranslations } from "next-intl/server";
import { loadStudyPage } from "@/lib/studies/load-study-page.ts";

// Placeholder so that creating a study (which redirects here) works on this branch; the
// protocol editor replaces it.
export default async function ProtocolPage(props: { params: Promise<{ studyId: string }> }) {
  const { studyId } = await props.params;
  await loadStudyPage(studyId, "/protocol");
  const t = await getTranslations("studies.nav");
  return <h2 className="text-2xl">{t("protocol")}</h2>;
}
