import type { getTranslator } from "@/lib/i18n/translator.ts";
import type { SourceAnalysis } from "@/lib/sources/get-source-analysis.ts";
import type { ReportData } from "./internal/load-report-data.ts";
import { bullets, escapeInline, isoDate, percent, table } from "./markdown.ts";
import type { ReportItemKey } from "./report-items.ts";

type T = ReturnType<typeof getTranslator<"report.text">>;
const DAY = 86_400_000;

/** The items told from the study's history: rounds, versions, panel, sources. */
export function composeHistoryItems(
  data: ReportData,
  sources: SourceAnalysis,
  t: T,
): Partial<Record<ReportItemKey, string>> {
  const { history } = data;
  const rounds = history.rounds;
  const final = history.versions.at(-1);
  const { named, further } = history.acknowledgements;
  return {
    rounds: rounds.length
      ? bullets(
          rounds.flatMap((r, i) => {
            const line = t("roundLine", {
              number: r.number,
              version: r.versionNumber,
              opened: isoDate(r.openedAt),
              closed: isoDate(r.closedAt),
            });
            const previous = rounds[i - 1];
            const gap =
              previous?.closedAt && r.openedAt
                ? t("gap", {
                    days: Math.max(0, Math.round((+r.openedAt - +previous.closedAt) / DAY)),
                    previous: previous.number,
                    number: r.number,
                  })
                : "";
            return gap ? [line, gap] : [line];
          }),
        )
      : t("noRounds"),
    feedback: bullets(
      rounds.map((r) =>
        r.summary ? t("feedbackLine", { number: r.number }) : t("noSummary", { number: r.number }),
      ),
    ),
    changes: history.versions
      .filter((v) => v.number > 1)
      .map((v) =>
        [
          `### ${t("versionChanges", { number: v.number, previous: v.number - 1 })}`,
          v.changes.length
            ? bullets(
                v.changes.map((c) => {
                  const count = Object.values(c.answered).reduce((a, b) => a + (b ?? 0), 0);
                  return [
                    t("changeLine", {
                      heading: c.heading,
                      changeClass: t(`changeClass.${c.changeClass ?? "none"}`),
                      justification: c.justification
                        ? escapeInline(c.justification)
                        : t("noJustification"),
                    }),
                    count ? t("answered", { count }) : "",
                  ]
                    .filter(Boolean)
                    .join(" ");
                }),
              )
            : t("noChanges"),
        ].join("\n\n"),
      )
      .join("\n\n"),
    final: final
      ? [
          t("finalVersion", { number: final.number, date: isoDate(final.date) }),
          versionText(final),
        ].join("\n\n")
      : "",
    acknowledgements: named.length
      ? [t("ackIntro"), bullets(named.map(person)), t("ackFurther", { count: further })]
          .filter(Boolean)
          .join("\n\n")
      : t("ackNone", { count: further }),
    appendixVersions: history.versions
      .map((v) =>
        [
          `### ${t("appendixVersion", { number: v.number, date: isoDate(v.date) })}`,
          versionText(v),
        ].join("\n\n"),
      )
      .join("\n\n"),
    appendixPanel: [
      t("panelList", { named: named.length }),
      named.length ? bullets(named.map(person)) : "",
      t("panelFurther", { count: further }),
    ]
      .filter(Boolean)
      .join("\n\n"),
    appendixSources: appendixSources(sources, t),
  };
}

function person(p: { name: string; affiliation: string | null }) {
  return escapeInline(p.affiliation ? `${p.name}, ${p.affiliation}` : p.name);
}

function versionText(v: ReportData["history"]["versions"][number]): string {
  const clauses = v.clauses.map((c) => `${c.number}. ${escapeInline(c.text)}`).join("\n");
  return [v.explanatoryText.trim(), clauses].filter(Boolean).join("\n\n");
}

function appendixSources(sources: SourceAnalysis, t: T): string {
  if (sources.sources.length === 0) return t("sourcesNone");
  const list = sources.sources.map((s) => {
    const where = [s.jurisdiction, s.sector].filter(Boolean).join(", ");
    return [
      `> ${escapeInline(s.text)}`,
      `${t("sourceLine", { citation: escapeInline(s.citation), where: where ? ` (${escapeInline(where)})` : "" })}. ${t("mentions", { list: escapeInline(s.characteristics.join(", ") || "—") })}`,
    ].join("\n\n");
  });
  const parts = [
    ...list,
    `### ${t("frequencyTitle")}`,
    table(
      [t("characteristic"), t("sources"), t("share")],
      sources.frequency.map((f) => [f.name, f.sources, percent(f.share)]),
    ),
  ];
  if (sources.mapping) {
    parts.push(
      `### ${t("mappingTitle", { number: sources.mapping.version.number })}`,
      table(
        [t("characteristic"), t("where")],
        sources.mapping.rows.map((row) => {
          const places = [
            ...(row.inText ? [t("inText")] : []),
            ...row.clauses.map((n) => t("clause", { number: n })),
          ];
          return [row.name, places.length ? places.join(", ") : t("absent")];
        }),
      ),
    );
  }
  return parts.join("\n\n");
}
