import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge.tsx";
import { DiffText } from "@/components/versions/diff-text.tsx";
import type { PublicClauseHistory } from "@/lib/publication/get-public-clause-history.ts";
import { PublicPartsTable } from "./public-parts-table.tsx";

/**
 * One clause through a published study: its wording in each version (dropped, restored,
 * reworded) and its aggregate results in every round on a version that had it.
 */
export async function PublicClauseHistoryView({
  slug,
  title,
  history,
}: {
  slug: string;
  title: string;
  history: PublicClauseHistory;
}) {
  const t = await getTranslations("public.clause");
  const ts = await getTranslations("public.study");
  const td = await getTranslations("versions.diff");
  const labels = { added: td("added"), removed: td("removed") };
  const { latest } = history;
  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-2">
        <p className="print:hidden">
          <Link href={`/s/${slug}`}>{t("back")}</Link>
        </p>
        <h1 className="text-3xl">{t("title", { number: latest.number })}</h1>
        <p className="text-ink-muted">
          {t("of", { title })} · {t("latest", { number: latest.number, version: latest.version })}
        </p>
        <blockquote className="border-l-4 border-accent pl-4 whitespace-pre-line">
          {latest.text}
        </blockquote>
      </header>

      <section aria-labelledby="versions-title" className="flex flex-col gap-3">
        <h2 id="versions-title" className="text-xl">
          {t("versionsTitle")}
        </h2>
        <ol className="flex flex-col gap-3">
          {history.steps.map((step) => (
            <li key={step.version} className="rounded-lg border border-line bg-surface p-4">
              <p className="flex flex-wrap items-center gap-2 font-medium">
                <Link href={`/s/${slug}/v/${step.version}`}>
                  {ts("versionLink", { number: step.version })}
                </Link>
                <Badge tone={step.event === "dropped" ? "warning" : "neutral"}>
                  {t(`event.${step.event}`, {
                    number: "number" in step ? step.number : 0,
                    version: "restoredFrom" in step ? (step.restoredFrom ?? 0) : 0,
                  })}
                </Badge>
              </p>
              {"text" in step ? (
                <p className="mt-2">
                  {step.segments ? (
                    <DiffText segments={step.segments} labels={labels} />
                  ) : (
                    <span className="whitespace-pre-line">{step.text}</span>
                  )}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="rounds-title" className="flex flex-col gap-3">
        <h2 id="rounds-title" className="text-xl">
          {t("roundsTitle")}
        </h2>
        {history.rounds.length === 0 ? (
          <p>{t("noRounds")}</p>
        ) : (
          <PublicPartsTable
            caption={t("roundsCaption")}
            firstColumn={t("round")}
            rows={history.rounds.map((r) => ({
              key: String(r.round),
              label: t("roundRow", { round: r.round, version: r.version, number: r.number }),
              part: r,
            }))}
          />
        )}
      </section>
    </article>
  );
}
