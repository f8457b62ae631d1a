import type { getTranslator } from "@/lib/i18n/translator.ts";
import type { ReportData } from "./internal/load-report-data.ts";
import { isoDate } from "./markdown.ts";

type T = ReturnType<typeof getTranslator<"report.text">>;

/**
 * What a printed or sent file needs under its title so a reader can tell two copies apart:
 * when it was generated, whether it is the final report of a published study or a draft,
 * and which version of the text and how many rounds it reports on.
 */
export type TitleBlock = { lines: string[] };

export function composeTitleBlock(data: ReportData, t: T, now: Date = new Date()): TitleBlock {
  const final = data.history.versions.at(-1);
  const closed = data.history.rounds.length;
  const published = data.study.publishedAt;
  return {
    lines: [
      t("titleBlock.date", { date: isoDate(now), time: now.toISOString().slice(11, 16) }),
      published
        ? t("titleBlock.reportFinal", { date: isoDate(published) })
        : t("titleBlock.reportDraft"),
      final
        ? t("titleBlock.study", {
            version: final.number,
            status: final.status,
            closed,
            planned: data.study.plannedRounds,
          })
        : t("titleBlock.noVersion"),
    ],
  };
}
