import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge.tsx";
import { VersionText } from "@/components/text/version-text.tsx";
import type { CitationInput } from "@/lib/publication/citation.ts";
import { contestedClauses, type PublicStudy } from "@/lib/publication/get-public-study.ts";
import { RuleSentences } from "@/components/consensus/rule-sentences.tsx";
import { Acknowledgements } from "./acknowledgements.tsx";
import { CiteBlock } from "./cite-block.tsx";
import { ContestedParts } from "./contested-parts.tsx";
import { PublicFunnelTable } from "./public-funnel.tsx";
import { PublicRoundSection } from "./public-round.tsx";

/** A published study's home: the final text first, then how it came about. */
export async function PublicStudyView({
  study,
  citation,
}: {
  study: PublicStudy;
  citation: CitationInput;
}) {
  const t = await getTranslations("public.study");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const final = study.versions.at(-1);
  const contested = contestedClauses(study);
  return (
    <article className="flex flex-col gap-10">
      <header className="flex flex-col gap-2">
        <p className="text-sm font-medium text-ink-muted">{t("eyebrow")}</p>
        <h1 className="text-3xl">{study.title}</h1>
        <p className="text-ink-muted">{t("published", { date: date(study.publishedAt) })}</p>
        {study.purpose ? <p className="max-w-prose">{study.purpose}</p> : null}
      </header>

      {final ? (
        <section
          aria-labelledby="final-title"
          className="flex flex-col gap-4 rounded-lg border-2 border-accent bg-surface p-5 sm:p-7"
        >
          <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
            <h2 id="final-title" className="text-2xl">
              {t("finalTitle")}
            </h2>
            <p className="text-ink-muted">
              <Link href={`/s/${study.slug}/v/${final.number}`}>
                {t("versionLine", { number: final.number, date: date(final.date) })}
              </Link>
            </p>
          </div>
          <VersionText
            explanatoryText={final.explanatoryText}
            clauses={final.clauses.map((c) => ({ id: c.id, position: c.number, text: c.text }))}
          />
          <p className="text-sm print:hidden">
            <a href={`/s/${study.slug}/text.json`}>{t("json")}</a>
          </p>
        </section>
      ) : null}

      <CiteBlock citation={citation} />

      <section aria-labelledby="history-title" className="flex flex-col gap-3">
        <h2 id="history-title" className="text-xl">
          {t("historyTitle")}
        </h2>
        <p>{t("historyIntro")}</p>
        <ol className="flex flex-col gap-2">
          {study.versions.map((v) => {
            const rounds = study.rounds.filter((r) => r.versionNumber === v.number);
            return (
              <li key={v.number} className="flex flex-wrap items-center gap-2">
                <Link href={`/s/${study.slug}/v/${v.number}`} className="font-medium">
                  {t("versionLink", { number: v.number })}
                </Link>
                <span className="text-ink-muted">
                  {v.number === 1
                    ? t("versionFirst", { date: date(v.date) })
                    : t("versionMeta", { date: date(v.date), count: v.changes.length })}
                  {rounds.length
                    ? ` · ${t("wentTo", { rounds: format.list(rounds.map((r) => String(r.number))) })}`
                    : ""}
                </span>
                {v === final ? <Badge tone="accent">{t("finalBadge")}</Badge> : null}
              </li>
            );
          })}
        </ol>
        {final && study.versions.length > 2 ? (
          <p className="print:hidden">
            <Link href={`/s/${study.slug}/compare/1/${final.number}`}>
              {t("compareFirstFinal", { number: final.number })}
            </Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="rounds-title" className="flex flex-col gap-6">
        <h2 id="rounds-title" className="text-xl">
          {t("roundsTitle")}
        </h2>
        <p>
          {t("ruleTitle")} <RuleSentences rule={study.rule} />
        </p>
        <section aria-labelledby="funnel-title" className="flex flex-col gap-3">
          <h3 id="funnel-title" className="text-lg">
            {t("funnelTitle")}
          </h3>
          <PublicFunnelTable funnel={study.funnel} />
        </section>
        {study.offersAggregateData ? (
          <p className="print:hidden">
            {t("aggregateData")} <a href={`/s/${study.slug}/results.csv`}>{t("aggregateCsv")}</a>
            {" · "}
            <a href={`/s/${study.slug}/results.json`}>{t("aggregateJson")}</a>
          </p>
        ) : null}
        {study.rounds.map((round) => (
          <PublicRoundSection key={round.number} round={round} />
        ))}
      </section>

      {contested ? <ContestedParts study={study} contested={contested} /> : null}

      <Acknowledgements acknowledgements={study.acknowledgements} />
    </article>
  );
}
