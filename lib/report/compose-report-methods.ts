import { getTranslator } from "@/lib/i18n/translator.ts";
import type { SourceAnalysis } from "@/lib/sources/get-source-analysis.ts";
import type { ReportData } from "./internal/load-report-data.ts";
import { bullets, escapeInline, safeAuthoredMarkdown, table } from "./markdown.ts";
import type { ReportItemKey } from "./report-items.ts";

type T = ReturnType<typeof getTranslator<"reportAccord.text">>;

const DISPOSITIONS = ["ACCEPTED", "PARTLY_ACCEPTED", "DECLINED", "OUT_OF_SCOPE"] as const;

/**
 * The ACCORD items the app can state from its own settings and records: registration,
 * stopping rule, panel cap, information sources, instrument, non-answers, how feedback
 * turned into changes, ethics, funding, data files and the summaries sent. An item whose
 * facts are unknown stays empty, so the report says "Not reported" rather than guess.
 */
export function composeMethodsItems(
  data: ReportData,
  sources: SourceAnalysis,
): Partial<Record<ReportItemKey, string>> {
  const t = getTranslator("reportAccord.text");
  const p = data.methods.protocol;
  const text = (s: string) => (s ? escapeInline(s) : "");
  return {
    registration: p.registryName
      ? p.registrationId
        ? t("registeredWithId", { registry: text(p.registryName), id: text(p.registrationId) })
        : t("registered", { registry: text(p.registryName) })
      : "",
    stopping: stopping(data, t),
    facilitators: p.steeringGroup ? t("steeringGroup", { text: text(p.steeringGroup) }) : "",
    panelSize: t("panelCap", { cap: p.panelCap, invited: data.funnel.invited }),
    informationSources: informationSources(sources, t),
    pilot: text(p.pilotTesting),
    instrument: instrument(data, t),
    nonAnswers: nonAnswers(data, t),
    analysis: analysis(data, t),
    ethics: ethics(data, t),
    funding: text(p.funding),
    dataAvailability: data.methods.files.length
      ? [t("files"), bullets(data.methods.files.map((url) => `<${url}>`))].join("\n\n")
      : "",
    appendixSummaries: data.history.rounds
      .map((r) =>
        r.summary
          ? `### ${t("summaryTitle", { number: r.number })}\n\n${safeAuthoredMarkdown(r.summary.trim())}`
          : t("noSummary", { number: r.number }),
      )
      .join("\n\n"),
  };
}

function stopping(data: ReportData, t: T): string {
  const planned = data.study.plannedRounds;
  const run = data.history.rounds.length;
  const outcome = !data.methods.published
    ? t("stoppingSoFar", { run })
    : run === planned
      ? t("stoppingAsPlanned", { run })
      : t("stoppingOtherwise", { run, planned });
  return [
    t("stoppingPlanned", { rounds: planned, days: data.methods.protocol.plannedRoundDays }),
    outcome,
  ].join(" ");
}

function informationSources(sources: SourceAnalysis, t: T): string {
  if (sources.sources.length === 0) return "";
  const top = sources.frequency.slice(0, 3).map((f) => escapeInline(f.name));
  return [
    t("sourcesUsed", {
      sources: sources.sources.length,
      characteristics: sources.frequency.length,
      top: top.join(", ") || "—",
    }),
    sources.mapping ? t("sourcesMapped", { number: sources.mapping.version.number }) : "",
  ]
    .filter(Boolean)
    .join(" ");
}

function instrument(data: ReportData, t: T): string {
  const max = data.study.ratingScaleMax;
  return [
    t("instrumentIntro"),
    bullets([
      t("instrumentPart"),
      t("instrumentWhole"),
      ...(max ? [t("instrumentRating", { max })] : []),
      t("instrumentComments"),
    ]),
  ].join("\n\n");
}

function nonAnswers(data: ReportData, t: T): string {
  const last = data.history.rounds.at(-1);
  const empty = last
    ? [...(last.text ? [last.text] : []), ...last.clauses].reduce((n, p) => n + p.noAnswer, 0)
    : null;
  return [
    t("nonAnswers"),
    last && empty !== null ? t("nonAnswersLast", { count: empty, number: last.number }) : "",
  ]
    .filter(Boolean)
    .join(" ");
}

function analysis(data: ReportData, t: T): string {
  const { notes } = data.methods;
  const versions = data.history.versions.filter((v) => v.number > 1);
  if (versions.length === 0 && notes.tagged === 0) return "";
  // One row per change, so a reader sees what each change did with the feedback it answers.
  const rows = versions.flatMap((v) =>
    v.changes.map((c) => [
      t("analysisVersion", { number: v.number }),
      c.heading,
      ...DISPOSITIONS.map((d) => c.answered[d] ?? 0),
    ]),
  );
  const linked = rows.some((row) => row.slice(2).some((n) => Number(n) > 0));
  return [
    notes.tagged
      ? t("analysisNotes", {
          tagged: notes.tagged,
          themes: notes.themes,
          addressed: notes.addressed,
        })
      : "",
    linked
      ? [
          t("analysisLinks"),
          table(
            [
              t("analysisVersionHeader"),
              t("analysisChanges"),
              ...DISPOSITIONS.map((d) => t(`disposition.${d}`)),
            ],
            rows,
          ),
        ].join("\n\n")
      : versions.length
        ? t("analysisNone")
        : "",
  ]
    .filter(Boolean)
    .join("\n\n");
}

function ethics(data: ReportData, t: T): string {
  const p = data.methods.protocol;
  const stated =
    p.ethicsStatus === "APPROVED"
      ? p.ethicsReference
        ? t("ethicsApprovedRef", {
            body: escapeInline(p.ethicsBody),
            reference: escapeInline(p.ethicsReference),
          })
        : t("ethicsApproved", { body: escapeInline(p.ethicsBody) })
      : p.ethicsStatus === "NOT_REQUIRED"
        ? t("ethicsNotRequired", { reason: escapeInline(p.ethicsExemption) })
        : "";
  // Consent is only told beside an ethics statement: alone it would mark the item as
  // reported while the approval itself is missing.
  return stated ? [stated, data.funnel.invited ? t("consent") : ""].join(" ").trim() : "";
}
