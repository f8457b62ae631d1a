import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { studyPageMetadata, type StudyPageParams } from "@/lib/studies/study-page-metadata.ts";
import { Card, CardTitle } from "@/components/ui/card.tsx";
import { loadStudyPage } from "@/lib/studies/load-study-page.ts";
import { can } from "@/lib/auth/permissions.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: { params: StudyPageParams }): Promise<Metadata> {
  return studyPageMetadata(props.params, (await getTranslations("exports"))("metaTitle"));
}

export default async function ExportsPage(props: { params: Promise<{ studyId: string }> }) {
  const { studyId } = await props.params;
  const { study } = await loadStudyPage(studyId, "/exports");
  const t = await getTranslations("exports");
  const base = `/studies/${studyId}/exports`;
  return (
    <div className="flex flex-col gap-6">
      <h2 className="text-2xl">{t("title")}</h2>
      <p className="max-w-prose">{t("intro")}</p>
      <Card as="section">
        <CardTitle>{t("datasetTitle")}</CardTitle>
        <p className="max-w-prose">{t("datasetBody")}</p>
        <ul className="mt-3 flex flex-wrap gap-4">
          <li>
            <a href={`${base}/dataset.csv`} download>
              {t("csv")}
            </a>
          </li>
          <li>
            <a href={`${base}/dataset.json`} download>
              {t("json")}
            </a>
          </li>
        </ul>
      </Card>
      <Card as="section" className="border-l-4 border-l-warning">
        <CardTitle>{t("keyTitle")}</CardTitle>
        <p className="max-w-prose">{t("keyBody")}</p>
        {can(study.role, "identity.download") ? (
          <p className="mt-3">
            <a href={`${base}/identity-key.csv`} download>
              {t("key")}
            </a>
          </p>
        ) : (
          <p className="mt-3 text-ink-muted">{t("keyObserver")}</p>
        )}
      </Card>
    </div>
  );
}
