import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { studyPageMetadata, type StudyPageParams } from "@/lib/studies/study-page-metadata.ts";
import { AddPanelMemberForm } from "@/components/panel/add-panel-member-form.tsx";
import { PanelCompositionOverview } from "@/components/panel/panel-composition.tsx";
import { NominationList } from "@/components/panel/nomination-list.tsx";
import { PanelTable } from "@/components/panel/panel-table.tsx";
import { Alert } from "@/components/ui/alert.tsx";
import { ButtonLink } from "@/components/ui/button.tsx";
import { Card, CardTitle } from "@/components/ui/card.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import { getPanelComposition } from "@/lib/panel/get-panel-composition.ts";
import { listNominations } from "@/lib/nominations/list-nominations.ts";
import { listPanel } from "@/lib/panel/list-panel.ts";
import { loadStudyPage } from "@/lib/studies/load-study-page.ts";
import {
  addPanelMemberAction,
  decideNominationAction,
  updatePanelMemberStatusAction,
} from "./actions.ts";
import { can } from "@/lib/auth/permissions.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: { params: StudyPageParams }): Promise<Metadata> {
  return studyPageMetadata(props.params, (await getTranslations("panel"))("metaTitle"));
}

export default async function PanelPage(props: {
  params: Promise<{ studyId: string }>;
  searchParams: Promise<{ imported?: string }>;
}) {
  const { studyId } = await props.params;
  const { db, access, study } = await loadStudyPage(studyId, "/panel");
  const [panel, composition, nominations] = await Promise.all([
    listPanel(db, access),
    getPanelComposition(db, access),
    listNominations(db, access),
  ]);
  const imported = Number((await props.searchParams).imported);
  const t = await getTranslations("panel");
  const tc = await getTranslations("common");
  const known = (values: (string | null)[]) => values.filter((v): v is string => !!v);

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="flex flex-col gap-1">
          <h2 className="text-2xl">{t("title")}</h2>
          <p className="text-ink-muted">{t("description")}</p>
          <p>
            <strong>{t("places", { taken: panel.taken, cap: panel.cap })}</strong>
            <span className="block text-sm text-ink-muted">{t("placesHelp")}</span>
          </p>
        </div>
        {can(study.role, "panel.manage") ? (
          <div className="flex flex-wrap gap-2">
            <ButtonLink href={`/studies/${studyId}/panel/import`}>{t("importLink")}</ButtonLink>
            <ButtonLink href="#add-expert" variant="secondary">
              {t("addLink")}
            </ButtonLink>
          </div>
        ) : null}
      </div>

      {Number.isInteger(imported) && imported > 0 ? (
        <Alert tone="success" label={tc("alert.success")}>
          {t("imported", { count: imported })}
        </Alert>
      ) : null}

      {panel.members.length === 0 ? (
        <EmptyState
          title={t("emptyTitle")}
          description={can(study.role, "panel.manage") ? t("emptyBody") : t("emptyBodyReadOnly")}
          action={
            can(study.role, "panel.manage") ? (
              <ButtonLink href={`/studies/${studyId}/panel/import`}>{t("importLink")}</ButtonLink>
            ) : undefined
          }
        />
      ) : (
        <PanelTable
          members={panel.members}
          statusAction={
            can(study.role, "panel.manage")
              ? updatePanelMemberStatusAction.bind(null, studyId)
              : undefined
          }
        />
      )}

      {can(study.role, "panel.manage") ? (
        <Card as="section" className="flex flex-col gap-4">
          <div>
            <CardTitle>
              <span id="add-expert" tabIndex={-1}>
                {t("add.title")}
              </span>
            </CardTitle>
            <p className="text-ink-muted">{t("add.description")}</p>
          </div>
          <AddPanelMemberForm
            action={addPanelMemberAction.bind(null, studyId)}
            suggestions={{
              region: known(composition.groups.region.map((g) => g.value)),
              sector: known(composition.groups.sector.map((g) => g.value)),
            }}
          />
        </Card>
      ) : null}

      <NominationList
        nominations={nominations}
        decide={can(study.role, "panel.manage") ? decideNominationAction.bind(null, studyId) : null}
      />

      <PanelCompositionOverview composition={composition} />
    </div>
  );
}
