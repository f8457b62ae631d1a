import { getTranslator } from "@/lib/i18n/translator.ts";
import { PROTOCOL_FIELDS } from "@/lib/protocol/schemas.ts";
import type { SourceAnalysis } from "@/lib/sources/get-source-analysis.ts";
import type { ReportData } from "./internal/load-report-data.ts";
import { bullets, escapeInline, isoDate, safeAuthoredMarkdown } from "./markdown.ts";
import { composeHistoryItems } from "./compose-report-history.ts";
import { composeMethodsItems } from "./compose-report-methods.ts";
import { composeResultItems } from "./compose-report-results.ts";
import { composeFinalStatus } from "./final-version-status.ts";
import { composeFlowFigure, flowFigureMarkdown, type FlowFigure } from "./flow-figure.ts";
import { reportItems, type ReportItemKey } from "./report-items.ts";
import { composeTitleBlock, type TitleBlock } from "./title-block.ts";

export type ReportItemStatus = "data" | "written" | "empty";

export type ComposedItem = {
  key: ReportItemKey;
  title: string;
  status: ReportItemStatus;
  /** The section's body in Markdown (without its heading). */
  markdown: string;
  /** A figure drawn after the body where the format can draw (web, PDF). */
  figure?: FlowFigure;
};

/** `titleBlock`: the date and versions printed under the title of the files (PDF, Word). */
export type ComposedReport = { title: string; items: ComposedItem[]; titleBlock?: TitleBlock };

type T = ReturnType<typeof getTranslator<"report.text">>;

/**
 * The report from its data: each reporting item with its Markdown and where it comes from
 * (generated, written by the facilitators, or still empty). Pure, so every format (web,
 * Markdown, DOCX, PDF) renders the same content.
 */
export function composeReport(data: ReportData, sources: SourceAnalysis): ComposedReport {
  const t = getTranslator("report.text");
  const ti = getTranslator("report.item");
  const generated: Partial<Record<ReportItemKey, string>> = {
    title: t("title", { title: data.study.title }),
    rationale: data.study.purpose
      ? t("purpose", { purpose: escapeInline(data.study.purpose) })
      : "",
    protocol: protocol(data, t),
    deviations: data.deviations.length
      ? bullets(
          data.deviations.map((d) =>
            t("deviation", {
              date: isoDate(d.date),
              field: fieldLabel(d.field),
              reason: escapeInline(d.reason),
            }),
          ),
        )
      : data.study.protocolLockedAt
        ? t("noDeviations")
        : "",
    recruitment: recruitment(data, t),
    composition: composition(data, t),
    anonymity: escapeInline(data.study.anonymityStatement),
    conflicts: data.funnel.tookPartAny
      ? t("conflictsDeclared", { count: data.panel.conflictsDeclared })
      : "",
    ...composeHistoryItems(data, sources, t),
    ...composeResultItems(data, t),
    ...composeMethodsItems(data, sources),
  };
  // The final version's status leads its own item and the last round's verdicts.
  for (const [key, lead] of Object.entries(composeFinalStatus(data, t)) as [
    ReportItemKey,
    string,
  ][])
    generated[key] = [lead, generated[key]].filter(Boolean).join("\n\n");
  const flow = composeFlowFigure(data.funnel, t);
  const notReported = getTranslator("reportAccord")("notReported");
  const items = reportItems.map(({ key, kind }): ComposedItem => {
    const written = safeAuthoredMarkdown((data.written[key] ?? "").trim());
    const fromData = (kind === "written" && written ? "" : (generated[key] ?? "")).trim();
    const body = [fromData, written].filter(Boolean).join("\n\n");
    const status: ReportItemStatus = written ? "written" : fromData ? "data" : "empty";
    // Every format prints an empty item as "Not reported", so a reader (and a journal's
    // checklist) sees the gap instead of a blank heading.
    const markdown = body || `_${notReported}_`;
    const figure = key === "rounds" ? flow : undefined;
    return { key, title: ti(key), status, markdown, ...(figure ? { figure } : {}) };
  });
  return {
    title: t("title", { title: data.study.title }),
    items,
    titleBlock: composeTitleBlock(data, t),
  };
}

/** A section's Markdown with its figure as text, for the formats that cannot draw. */
export function itemMarkdownWithFigure(item: ComposedItem): string {
  return [item.markdown, item.figure ? flowFigureMarkdown(item.figure) : ""]
    .filter(Boolean)
    .join("\n\n");
}

/** A deviation's field in words ("Threshold for the parts (%)"), not its column name. */
function fieldLabel(field: string): string {
  const known = PROTOCOL_FIELDS.find((f) => f === field);
  return known ? getTranslator("protocol.fields")(known) : field;
}

function protocol(data: ReportData, t: T): string {
  const s = data.study;
  const { rule } = data.history;
  const tc = getTranslator("consensus.rule");
  return [
    tc(`parts.${rule.parts.kind}`, { threshold: rule.parts.threshold }),
    tc(`whole.${rule.whole.kind}`, { threshold: rule.whole.threshold }),
    s.ratingScaleMax && s.ratingMedianMin !== null && s.ratingIqrMax !== null
      ? t("ratingRule", { max: s.ratingScaleMax, median: s.ratingMedianMin, iqr: s.ratingIqrMax })
      : "",
    t("planned", { rounds: s.plannedRounds }),
    s.protocolLockedAt ? t("locked", { date: isoDate(s.protocolLockedAt) }) : t("notLocked"),
  ]
    .filter(Boolean)
    .join(" ");
}

function recruitment(data: ReportData, t: T): string {
  const n = (status: string) => data.panel.byStatus[status] ?? 0;
  const invited = data.funnel.invited;
  if (!invited) return "";
  return t("invited", {
    invited,
    accepted: data.funnel.accepted,
    declined: n("DECLINED"),
    withdrawn: n("WITHDRAWN"),
    excluded: n("EXCLUDED"),
  });
}

function composition(data: ReportData, t: T): string {
  const total = data.funnel.tookPartAny;
  if (!total) return "";
  const rows = (groups: ReportData["composition"]["region"]) =>
    bullets(
      groups.map((g) =>
        t("compositionRow", {
          label: g.label ? escapeInline(g.label) : t("pooled"),
          count: g.count,
        }),
      ),
    );
  return [
    t("compositionIntro", { total }),
    `**${t("region")}**`,
    rows(data.composition.region),
    `**${t("sector")}**`,
    rows(data.composition.sector),
  ].join("\n\n");
}
