import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { studyPageMetadata, type StudyPageParams } from "@/lib/studies/study-page-metadata.ts";
import { ImportPanelForm } from "@/components/panel/import-panel-form.tsx";
import { PanelCsvColumns } from "@/components/panel/panel-csv-columns.tsx";
import { Alert } from "@/components/ui/alert.tsx";
import { Card, CardTitle } from "@/components/ui/card.tsx";
import { listPanel } from "@/lib/panel/list-panel.ts";
import { MAX_CSV_CHARACTERS, MAX_CSV_ROWS } from "@/lib/panel/schemas.ts";
import { loadStudyPage } from "@/lib/studies/load-study-page.ts";
import { importPanelCsvAction } from "./actions.ts";
import { can } from "@/lib/auth/permissions.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: { params: StudyPageParams }): Promise<Metadata> {
  return studyPageMetadata(props.params, (await getTranslations("panel.import"))("metaTitle"));
}

export default async function ImportPanelPage(props: { params: Promise<{ studyId: string }> }) {
  const { studyId } = await props.params;
  const { db, access, study } = await loadStudyPage(studyId, "/panel/import");
  const panel = await listPanel(db, access);
  const t = await getTranslations("panel.import");
  const tc = await getTranslations();
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <p>
          <Link href={`/studies/${studyId}/panel`}>{t("back")}</Link>
        </p>
        <h2 className="text-2xl">{t("title")}</h2>
        <p className="max-w-prose text-ink-muted">{t("description")}</p>
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card as="section" className="flex flex-col gap-3">
          <CardTitle>{t("columnsTitle")}</CardTitle>
          <p className="text-sm text-ink-muted">{t("columnsIntro")}</p>
          <PanelCsvColumns />
          <p className="text-sm text-ink-muted">
            {t("limits", {
              rows: MAX_CSV_ROWS,
              size: MAX_CSV_CHARACTERS / 1000,
              free: Math.max(0, panel.cap - panel.taken),
            })}
          </p>
          <p>
            {/* A route handler answers with a file: a plain link, not client navigation. */}
            <a href={`/studies/${studyId}/panel/template`} download>
              {t("template")}
            </a>
            <span className="block text-sm text-ink-muted">{t("templateHint")}</span>
          </p>
        </Card>
        <Card as="section" className="flex flex-col gap-3">
          <CardTitle>{t("formTitle")}</CardTitle>
          {can(study.role, "panel.manage") ? (
            <ImportPanelForm action={importPanelCsvAction.bind(null, studyId)} />
          ) : (
            <Alert tone="info" label={tc("common.alert.info")}>
              {tc("errors.FORBIDDEN")}
            </Alert>
          )}
        </Card>
      </div>
    </div>
  );
}
