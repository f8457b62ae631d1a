import { partIds } from "./part-fieldset.tsx";

export type FormPart = {
  /** "The explanatory text", "Clause 2". */
  label: string;
  /** The prefix of its controls' ids (partIds). */
  prefix: string;
  name: (field: "position" | "reason" | "suggestion" | "rating") => string;
};

/**
 * For the error summary: the id each field's message links to, and the part it belongs to
 * (every part asks the same questions, so "Say why…" alone would not say where).
 */
export function errorTargets(parts: FormPart[], labels: { overall: string; comments: string }) {
  const fieldIds: Record<string, string> = {
    overallPosition: "overall-can",
    generalComments: "general-comments",
  };
  const fieldLabels: Record<string, string> = {
    overallPosition: labels.overall,
    generalComments: labels.comments,
  };
  for (const part of parts)
    for (const field of ["reason", "suggestion", "rating"] as const) {
      fieldIds[part.name(field)] = partIds(part.prefix)[field];
      fieldLabels[part.name(field)] = part.label;
    }
  return { fieldIds, fieldLabels };
}
