import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AgreementBarChart } from "@/components/charts/agreement-bar-chart.tsx";
import { Alert } from "@/components/ui/alert.tsx";
import { Card } from "@/components/ui/card.tsx";
import type { AgreementHeatmap } from "@/lib/consensus/get-agreement-heatmap.ts";
import type { ParticipationFunnel } from "@/lib/consensus/get-participation-funnel.ts";
import type { RoundResults } from "@/lib/consensus/get-round-results.ts";
import { AgreementHeatmapTable } from "./agreement-heatmap.tsx";
import { ParticipationFunnelView } from "./participation-funnel.tsx";
import { RoundFiguresTable, WholeTextHeadline } from "./round-figures.tsx";
import { labelledParts, RoundResultsTable } from "./round-results-table.tsx";
import { RuleSentences } from "./rule-sentences.tsx";

/** What facilitators learn from a round: per-part figures, agreement over time, the funnel. */
export async function RoundResultsView(props: {
  studyId: string;
  results: RoundResults;
  heatmap: AgreementHeatmap;
  funnel: ParticipationFunnel;
}) {
  const { results } = props;
  const t = await getTranslations("results");
  const tc = await getTranslations("common");
  const tcols = await getTranslations("consensus.columns");
  const parts = await labelledParts(results);
  const { rule } = results;
  const criteria = [
    rule.medianMin === null ? null : t("ruleMedian", { value: rule.medianMin }),
    rule.iqrMax === null ? null : t("ruleIqr", { value: rule.iqrMax }),
  ].filter((c) => c !== null);
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-2">
        <h2 className="text-2xl">{t("title", { number: results.round.number })}</h2>
        <p className="text-ink-muted">
          {t("versionNote", {
            version: results.round.versionNumber,
            respondents: results.respondents,
          })}
        </p>
        <p>
          {t("ruleFrom")} <RuleSentences rule={rule} />
          {criteria.length ? ` ${t("ruleRatings", { criteria: criteria.join("; ") })}` : ""}
        </p>
        <p className="text-sm text-ink-muted">{t("countsNote")}</p>
        <p>
          <Link href={`/studies/${props.studyId}/rounds/${results.round.number}`}>
            {t("backToRound", { number: results.round.number })}
          </Link>
        </p>
      </header>
      {results.round.state === "OPEN" ? (
        <Alert tone="info" label={tc("alert.info")}>
          {t("provisional")}
        </Alert>
      ) : null}
      <section aria-labelledby="figures-title" className="flex flex-col gap-3">
        <h3 id="figures-title" className="text-xl">
          {t("figuresTitle")}
        </h3>
        <WholeTextHeadline status={results.overall.status} />
        <RoundFiguresTable number={results.round.number} figures={results.figures} />
      </section>
      <section aria-labelledby="parts-title" className="flex flex-col gap-4">
        <h3 id="parts-title" className="text-xl">
          {t("chartTitle")}
        </h3>
        <RoundResultsTable results={results} parts={parts} />
        <Card>
          <AgreementBarChart
            bars={parts.map((p) => ({
              label: p.label,
              canLiveWith: p.result.canLiveWith,
              cannotLiveWith: p.result.cannotLiveWith,
              noAnswer: p.result.noAnswer,
            }))}
            legend={{
              canLiveWith: tcols("can"),
              cannotLiveWith: tcols("cannot"),
              noAnswer: tcols("noAnswer"),
            }}
          />
        </Card>
      </section>
      <section aria-labelledby="heatmap-title" className="flex flex-col gap-3">
        <h3 id="heatmap-title" className="text-xl">
          {t("heatmap.title")}
        </h3>
        <p className="text-ink-muted">{t("heatmap.description")}</p>
        <AgreementHeatmapTable heatmap={props.heatmap} />
      </section>
      <section aria-labelledby="funnel-title" className="flex flex-col gap-3">
        <h3 id="funnel-title" className="text-xl">
          {t("funnel.title")}
        </h3>
        <ParticipationFunnelView funnel={props.funnel} />
      </section>
    </div>
  );
}
