import { getFormatter, getTranslations } from "next-intl/server";
import { CompositionBarChart } from "@/components/charts/composition-bar-chart.tsx";
import { Card } from "@/components/ui/card.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table.tsx";
import {
  COMPOSITION_DIMENSIONS,
  type CompositionDimension,
  type PanelComposition,
} from "@/lib/panel/get-panel-composition.ts";

/** The panel by region, sector and gender: a table (the accessible version) and a chart each. */
export async function PanelCompositionOverview({ composition }: { composition: PanelComposition }) {
  const t = await getTranslations("panel.composition");
  return (
    <section aria-labelledby="composition-title" className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h2 id="composition-title" className="text-xl">
          {t("title")}
        </h2>
        <p className="text-ink-muted">{t("description", { total: composition.total })}</p>
      </div>
      {composition.total === 0 ? (
        <EmptyState headingLevel="h3" title={t("emptyTitle")} description={t("emptyBody")} />
      ) : (
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
          {COMPOSITION_DIMENSIONS.map((dimension) => (
            <DimensionCard key={dimension} dimension={dimension} composition={composition} />
          ))}
        </div>
      )}
    </section>
  );
}

async function DimensionCard({
  dimension,
  composition,
}: {
  dimension: CompositionDimension;
  composition: PanelComposition;
}) {
  const t = await getTranslations("panel.composition");
  const format = await getFormatter();
  const groups = composition.groups[dimension].map((g) => ({
    label: g.value ?? t("notGiven"),
    count: g.count,
    muted: g.value === null,
  }));
  return (
    <Card as="section" className="flex flex-col gap-3">
      <h3 className="text-lg">{t(`dimension.${dimension}`)}</h3>
      <Table caption={t(`dimension.${dimension}`)} captionHidden>
        <THead>
          <Tr>
            <Th>{t(`group.${dimension}`)}</Th>
            <Th numeric>{t("count")}</Th>
            <Th numeric>{t("share")}</Th>
          </Tr>
        </THead>
        <TBody>
          {groups.map((g) => (
            <Tr key={g.muted ? "\u0000not-given" : g.label}>
              <Th scope="row" className={g.muted ? "italic" : undefined}>
                {g.label}
              </Th>
              <Td numeric>{g.count}</Td>
              <Td numeric>
                {format.number(g.count / composition.total, {
                  style: "percent",
                  maximumFractionDigits: 0,
                })}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <CompositionBarChart bars={groups} patternId={`composition-${dimension}-not-given`} />
    </Card>
  );
}
