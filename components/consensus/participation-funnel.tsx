import { getFormatter, getTranslations } from "next-intl/server";
import { CompositionBarChart } from "@/components/charts/composition-bar-chart.tsx";
import { CountTable } from "@/components/ui/count-table.tsx";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table.tsx";
import type { ParticipationFunnel } from "@/lib/consensus/get-participation-funnel.ts";

const STAGES = [
  "invited",
  "accepted",
  "tookPartAny",
  "tookPartEvery",
  "tookPartLast",
  "flagged",
] as const;

/**
 * The funnel as a table and bars, then response rate and attrition per round, with who
 * returned or joined so that each round's figure follows from the one before.
 */
export async function ParticipationFunnelView({ funnel }: { funnel: ParticipationFunnel }) {
  const t = await getTranslations("results.funnel");
  const tf = await getTranslations("consensus.funnel");
  const format = await getFormatter();
  const stages = STAGES.map((key) => ({ key, label: tf(key), count: funnel[key] }));
  return (
    <div className="flex flex-col gap-4">
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <CountTable
          caption={t("caption")}
          labelHeading={t("stage")}
          countHeading={t("experts")}
          rows={stages.map((s) => ({ ...s, testId: `funnel-${s.key}` }))}
        />
        <CompositionBarChart
          bars={stages.map((s) => ({ label: s.label, count: s.count }))}
          patternId="funnel-unused"
          labelWidth={220}
        />
      </div>
      <Table caption={t("roundsCaption")}>
        <THead>
          <Tr>
            <Th>{t("round")}</Th>
            <Th numeric>{t("seated")}</Th>
            <Th numeric>{t("respondents")}</Th>
            <Th numeric>{t("rate")}</Th>
            <Th numeric>{t("lost")}</Th>
            <Th numeric>{t("returned")}</Th>
            <Th numeric>{t("joined")}</Th>
          </Tr>
        </THead>
        <TBody>
          {funnel.rounds.map((r) => (
            <Tr key={r.number}>
              <Th scope="row">{r.number}</Th>
              <Td numeric>{r.seated}</Td>
              <Td numeric>{r.respondents}</Td>
              <Td numeric>
                {r.responseRate === null
                  ? "—"
                  : format.number(r.responseRate, { style: "percent", maximumFractionDigits: 1 })}
              </Td>
              <Td numeric>{r.lost ?? "—"}</Td>
              <Td numeric>{r.returned ?? "—"}</Td>
              <Td numeric>{r.joined ?? "—"}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <p className="text-sm text-ink-muted">{t("movesNote")}</p>
    </div>
  );
}
