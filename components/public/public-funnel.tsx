import { getTranslations } from "next-intl/server";
import { CountTable } from "@/components/ui/count-table.tsx";
import type { PublicFunnel } from "@/lib/publication/get-public-study.ts";

const STAGES = ["invited", "accepted", "tookPartAny", "tookPartLast"] as const;

/** The study's participation, from invitation to the last round: study-wide totals only. */
export async function PublicFunnelTable({ funnel }: { funnel: PublicFunnel }) {
  const t = await getTranslations("public.study");
  const tf = await getTranslations("consensus.funnel");
  return (
    <CountTable
      caption={t("funnelCaption")}
      labelHeading={t("funnelStage")}
      countHeading={t("funnelExperts")}
      rows={STAGES.map((key) => ({
        key,
        label: tf(key),
        count: funnel[key],
        testId: `public-funnel-${key}`,
      }))}
    />
  );
}
