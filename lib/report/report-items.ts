// The reporting items of a consensus study, in report order, after the items CREDES (Delphi
// studies) and ACCORD (consensus methods) ask for. "data" items are generated; "written"
// ones only the facilitators can write; "both" combine figures with their own words.

export type ReportItemKind = "data" | "written" | "both";

export const reportItems = [
  { key: "title", kind: "data" },
  { key: "rationale", kind: "written" },
  { key: "protocol", kind: "data" },
  { key: "deviations", kind: "both" },
  { key: "facilitators", kind: "written" },
  { key: "recruitment", kind: "both" },
  { key: "composition", kind: "data" },
  { key: "anonymity", kind: "data" },
  { key: "conflicts", kind: "both" },
  { key: "rounds", kind: "data" },
  { key: "feedback", kind: "data" },
  { key: "participation", kind: "data" },
  { key: "results", kind: "data" },
  { key: "changes", kind: "data" },
  { key: "final", kind: "data" },
  { key: "contested", kind: "data" },
  { key: "limitations", kind: "written" },
  { key: "acknowledgements", kind: "data" },
  { key: "appendixVersions", kind: "data" },
  { key: "appendixPanel", kind: "data" },
  { key: "appendixSources", kind: "data" },
] as const satisfies readonly { key: string; kind: ReportItemKind }[];

export type ReportItemKey = (typeof reportItems)[number]["key"];

/** The items facilitators can write text for. */
export const writableItems = reportItems
  .filter((item) => item.kind !== "data")
  .map((item) => item.key);

/** Groups smaller than this are never shown on their own in the report. */
export const SMALL_GROUP = 5;
