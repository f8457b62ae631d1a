import { ACCORD_SECTIONS, accordItems, type GuidelineItem } from "./accord-items.ts";
import type { ComposedItem, ComposedReport, ReportItemStatus } from "./compose-report.ts";
import { CREDES_SECTIONS, credesItems } from "./credes-items.ts";

export type ChecklistRow = {
  id: string;
  text: string;
  status: ReportItemStatus;
  homes: { key: ComposedItem["key"]; title: string }[];
};

export type ChecklistGroup<S extends string> = { section: S; rows: ChecklistRow[] };

export type ReportingChecklist = {
  accord: ChecklistGroup<(typeof ACCORD_SECTIONS)[number]>[];
  credes: ChecklistGroup<(typeof CREDES_SECTIONS)[number]>[];
  /** How many ACCORD items are filled from the data, written, or not reported. */
  counts: Record<ReportItemStatus, number>;
};

/**
 * A guideline item is reported when any of the report sections that answer it has content:
 * written beats generated (the facilitators have said something of their own), and only an
 * item whose every section is empty counts as not reported.
 */
function row(item: GuidelineItem<string>, report: ComposedReport): ChecklistRow {
  const homes = item.homes.map((key) => report.items.find((i) => i.key === key)!);
  const has = (s: ReportItemStatus) => homes.some((h) => h.status === s);
  return {
    id: item.id,
    text: item.text,
    status: has("written") ? "written" : has("data") ? "data" : "empty",
    homes: homes.map((h) => ({ key: h.key, title: h.title })),
  };
}

function group<S extends string>(
  sections: readonly S[],
  items: readonly GuidelineItem<S>[],
  report: ComposedReport,
): ChecklistGroup<S>[] {
  return sections.map((section) => ({
    section,
    rows: items.filter((i) => i.section === section).map((i) => row(i, report)),
  }));
}

/** The ACCORD and CREDES checklists of a composed report, section by section. */
export function reportingChecklist(report: ComposedReport): ReportingChecklist {
  const accord = group(ACCORD_SECTIONS, accordItems, report);
  const counts = { data: 0, written: 0, empty: 0 };
  for (const r of accord.flatMap((g) => g.rows)) counts[r.status] += 1;
  return { accord, credes: group(CREDES_SECTIONS, credesItems, report), counts };
}
