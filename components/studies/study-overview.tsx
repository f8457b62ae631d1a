import { getTranslations } from "next-intl/server";
import { VersionText } from "@/components/text/version-text.tsx";
import { Card, CardTitle } from "@/components/ui/card.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import type { StudyOverview } from "@/lib/studies/get-study.ts";

const panelStatuses = [
  "PROPOSED",
  "INVITED",
  "ACCEPTED",
  "DECLINED",
  "WITHDRAWN",
  "EXCLUDED",
] as const;

export async function StudyOverviewView({ study }: { study: StudyOverview }) {
  const t = await getTranslations("studies");
  const tr = await getTranslations("consensus.short");
  const version = study.latestVersion;
  return (
    <div className="flex flex-col gap-6">
      {study.purpose ? <p className="text-lg text-ink-muted">{study.purpose}</p> : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardTitle>
            {version
              ? t("overview.versionTitle", { number: version.number })
              : t("overview.textTitle")}
          </CardTitle>
          {version && (version.explanatoryText.trim() || version.clauses.length) ? (
            <VersionText
              className="mt-4"
              explanatoryText={version.explanatoryText}
              clauses={version.clauses}
            />
          ) : (
            <EmptyState
              title={t("overview.noVersionTitle")}
              description={t("overview.noVersionBody")}
            />
          )}
        </Card>
        <div className="flex flex-col gap-6">
          <Card>
            <CardTitle>{t("overview.protocolTitle")}</CardTitle>
            <dl className="mt-3 grid grid-cols-[1fr_auto] gap-x-4 gap-y-2 text-sm">
              <dt>{t("overview.partsRule")}</dt>
              <dd className="text-right font-medium">
                {tr(`parts.${study.partsRule}`, { threshold: study.consensusThreshold })}
              </dd>
              <dt>{t("overview.wholeRule")}</dt>
              <dd className="text-right font-medium">
                {tr(`whole.${study.wholeRule}`, { threshold: study.wholeThreshold })}
              </dd>
              <dt>{t("overview.plannedRounds")}</dt>
              <dd className="text-right font-medium">{study.plannedRounds}</dd>
              <dt>{t("overview.panelCap")}</dt>
              <dd className="text-right font-medium">{study.panelCap}</dd>
            </dl>
          </Card>
          <Card>
            <CardTitle>{t("overview.panelTitle")}</CardTitle>
            <dl className="mt-3 grid grid-cols-[1fr_auto] gap-x-4 gap-y-2 text-sm">
              {panelStatuses.map((status) => (
                <div key={status} className="contents">
                  <dt>{t(`panelStatus.${status}`)}</dt>
                  <dd className="text-right font-medium">{study.panelByStatus[status] ?? 0}</dd>
                </div>
              ))}
            </dl>
          </Card>
        </div>
      </div>
    </div>
  );
}
