import { getTranslations } from "next-intl/server";
import { CountTable } from "@/components/ui/count-table.tsx";
import type { RoundFigures } from "@/lib/consensus/get-round-results.ts";
import { wholeVerdict, type ConsensusStatus } from "@/lib/consensus/statistics.ts";

const FIGURES = ["respondents", "canLiveWithWhole", "flagging", "neither"] as const;

/**
 * The figures a methods section states for a round: who took part, who could live with
 * the whole text, who flagged a part (objected or suggested a rewording) and who did neither.
 */
export async function RoundFiguresTable({
  number,
  figures,
}: {
  number: number;
  figures: RoundFigures;
}) {
  const t = await getTranslations("consensus");
  return (
    <CountTable
      caption={t("figuresCaption", { number })}
      labelHeading={t("figure")}
      countHeading={t("experts")}
      rows={FIGURES.map((key) => ({
        key,
        label: t(`figures.${key}`),
        count: figures[key],
        testId: `round-${number}-${key}`,
      }))}
    />
  );
}

/** The round's verdict on the text as a whole, in one line. */
export async function WholeTextHeadline({ status }: { status: ConsensusStatus }) {
  const t = await getTranslations("consensus.headline");
  return <p className="text-lg font-semibold">{t(wholeVerdict(status))}</p>;
}
