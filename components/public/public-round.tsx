import { getFormatter, getTranslations } from "next-intl/server";
import { RoundFiguresTable, WholeTextHeadline } from "@/components/consensus/round-figures.tsx";
import { Markdown } from "@/components/markdown/markdown.tsx";
import type { PublicPart, PublicRound } from "@/lib/publication/internal/list-public-rounds.ts";
import { PublicPartsTable } from "./public-parts-table.tsx";

/** One closed round for the public: dates, participation, aggregate results, the summary. */
export async function PublicRoundSection({ round }: { round: PublicRound }) {
  const t = await getTranslations("public.study");
  const tc = await getTranslations("consensus");
  const format = await getFormatter();
  const date = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "long" }) : "—");
  const percent = (v: number | null) =>
    v === null ? "—" : format.number(v, { style: "percent", maximumFractionDigits: 0 });
  const rows: { key: string; label: string; part: PublicPart }[] = [
    ...(round.text ? [{ key: "text", label: tc("part.text"), part: round.text }] : []),
    ...round.clauses.map((c) => ({
      key: `c${c.number}`,
      label: tc("part.clause", { number: c.number }),
      part: c as PublicPart,
    })),
    { key: "overall", label: tc("part.overall"), part: round.overall },
  ];
  const titleId = `round-${round.number}`;
  return (
    <section aria-labelledby={titleId} className="flex flex-col gap-3">
      <h3 id={titleId} className="text-lg">
        {t("roundTitle", { number: round.number })}
      </h3>
      <p>
        {t("roundDates", {
          version: round.versionNumber,
          opened: date(round.openedAt),
          closed: date(round.closedAt),
        })}{" "}
        {t("participation", {
          respondents: round.respondents,
          invited: round.invited,
          rate: percent(round.responseRate),
        })}
      </p>
      <WholeTextHeadline status={round.overall.status} />
      <RoundFiguresTable number={round.number} figures={round.figures} />
      <PublicPartsTable
        caption={t("resultsCaption", { number: round.number })}
        firstColumn={tc("columns.part")}
        rows={rows}
      />
      <h4 className="mt-2 font-semibold">{t("summaryTitle", { number: round.number })}</h4>
      <div className="rounded-md border border-line bg-surface p-4">
        {round.summary ? <Markdown source={round.summary} /> : <p>{t("noSummary")}</p>}
      </div>
    </section>
  );
}
