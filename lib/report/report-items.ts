// The reporting items of a consensus study, in report order, after the items CREDES (Delphi
// studies) and ACCORD (consensus methods) ask for. "data" items are generated; "written"
// ones only the facilitators can write; "both" combine figures with their own words.

export type ReportItemKind = "data" | "written" | "both";

export const reportItems = [
  { key: "title", kind: "data" },
  // Introduction
  { key: "background", kind: "written" },
  { key: "rationale", kind: "written" },
  { key: "methodChoice", kind: "written" },
  // Methods: registration and protocol, the people, the material, the process
  { key: "registration", kind: "data" },
  { key: "protocol", kind: "data" },
  { key: "stopping", kind: "data" },
  { key: "deviations", kind: "both" },
  { key: "facilitators", kind: "both" },
  { key: "eligibility", kind: "written" },
  { key: "recruitment", kind: "both" },
  { key: "panelSize", kind: "both" },
  { key: "composition", kind: "data" },
  { key: "informationSources", kind: "both" },
  { key: "firstDraft", kind: "written" },
  { key: "pilot", kind: "data" },
  { key: "instrument", kind: "data" },
  { key: "anonymity", kind: "data" },
  { key: "rounds", kind: "data" },
  { key: "nonAnswers", kind: "data" },
  { key: "feedback", kind: "data" },
  { key: "analysis", kind: "both" },
  { key: "ethics", kind: "data" },
  // Results
  { key: "participation", kind: "data" },
  { key: "results", kind: "data" },
  { key: "changes", kind: "data" },
  { key: "final", kind: "data" },
  { key: "contested", kind: "data" },
  // Discussion
  { key: "discussion", kind: "written" },
  { key: "limitations", kind: "written" },
  // Other information
  { key: "funding", kind: "data" },
  { key: "conflicts", kind: "both" },
  { key: "dataAvailability", kind: "data" },
  { key: "acknowledgements", kind: "data" },
  { key: "appendixVersions", kind: "data" },
  { key: "appendixPanel", kind: "data" },
  { key: "appendixSources", kind: "data" },
  { key: "appendixSummaries", kind: "data" },
] as const satisfies readonly { key: string; kind: ReportItemKind }[];

export type ReportItemKey = (typeof reportItems)[number]["key"];

type WritableItem = Extract<(typeof reportItems)[number], { kind: "written" | "both" }>;

/** An item facilitators can write text for; each has a prompt under reportAccord.prompt. */
export type WritableItemKey = WritableItem["key"];

/** The items facilitators can write text for. */
export const writableItems = reportItems
  .filter((item): item is WritableItem => item.kind !== "data")
  .map((item) => item.key);

export function isWritableItem(key: ReportItemKey): key is WritableItemKey {
  return writableItems.some((writable) => writable === key);
}

/** Groups smaller than this are never shown on their own in the report. */
export const SMALL_GROUP = 5;
