// The response form's field names, shared by the page (defaults), the client (autosave,
// local copy) and the server (parsing). Flat names so the form works as a plain HTML POST:
//   revision · intent · overallPosition · generalComments
//   text.position · text.reason · text.suggestion
//   clause.<clauseVersionId>.position · .reason · .suggestion · .rating
// No zod here: this module ships to the browser.

import { normaliseLineEndings } from "@/lib/forms/line-endings.ts";
import { bareObject, isSafeKey } from "@/lib/forms/safe-keys.ts";

export const POSITIONS = ["CAN_LIVE_WITH", "CANNOT_LIVE_WITH"] as const;
export type PositionValue = (typeof POSITIONS)[number];

export type PartAnswer = { position: PositionValue | null; reason: string; suggestion: string };
export type ClauseAnswer = PartAnswer & { rating: number | null };

/** The content of a response, without bookkeeping: what the expert typed. */
export type ResponseContent = {
  text: PartAnswer;
  clause: Record<string, ClauseAnswer>;
  overallPosition: PositionValue | null;
  generalComments: string;
};

export type FlatValues = Record<string, string>;

export const fieldName = {
  text: (part: keyof PartAnswer) => `text.${part}`,
  clause: (id: string, part: keyof ClauseAnswer) => `clause.${id}.${part}`,
};

/**
 * Flat form values → the nested shape the schema validates. Unknown names are kept where
 * the schema will see (and refuse) them, so nothing is silently dropped.
 */
export function nestFormValues(values: FlatValues): Record<string, unknown> {
  const out = bareObject<unknown>();
  const text = bareObject<string>();
  const clause = bareObject<Record<string, string>>();
  for (const [name, value] of Object.entries(values)) {
    const parts = name.split(".");
    // A name with an unsafe segment stays whole at the top, where the strict schema refuses it.
    if (!parts.every(isSafeKey)) out[`invalid:${name.length}`] = value;
    else if (parts[0] === "text" && parts.length === 2) text[parts[1]!] = value;
    else if (parts[0] === "clause" && parts.length === 3)
      (clause[parts[1]!] ??= bareObject<string>())[parts[2]!] = value;
    else out[name] = value;
  }
  if (Object.keys(text).length) out.text = text;
  out.clause = clause;
  return out;
}

/** A response's content → the form's flat values (defaults, restoring a copy). */
export function flattenContent(content: ResponseContent): FlatValues {
  const out: FlatValues = {
    [fieldName.text("position")]: content.text.position ?? "",
    [fieldName.text("reason")]: content.text.reason,
    [fieldName.text("suggestion")]: content.text.suggestion,
    overallPosition: content.overallPosition ?? "",
    generalComments: content.generalComments,
  };
  for (const [id, answer] of Object.entries(content.clause)) {
    out[fieldName.clause(id, "position")] = answer.position ?? "";
    out[fieldName.clause(id, "reason")] = answer.reason;
    out[fieldName.clause(id, "suggestion")] = answer.suggestion;
    out[fieldName.clause(id, "rating")] = answer.rating === null ? "" : String(answer.rating);
  }
  return out;
}

export const emptyPart = (): PartAnswer => ({ position: null, reason: "", suggestion: "" });
export const emptyClause = (): ClauseAnswer => ({ ...emptyPart(), rating: null });

/**
 * The suggestion box starts filled with the current wording, so an untouched box means
 * "no suggestion": stored as empty, shown again as the current wording.
 */
export function normaliseSuggestion(suggestion: string, current: string): string {
  const same = (text: string) => normaliseLineEndings(text).trim();
  return same(suggestion) === same(current) ? "" : suggestion;
}

/** Two contents are the same answer (the test that makes retries and double submits safe). */
export function isSameContent(a: ResponseContent, b: ResponseContent): boolean {
  const ids = new Set([...Object.keys(a.clause), ...Object.keys(b.clause)]);
  for (const id of ids) {
    const x = a.clause[id] ?? emptyClause();
    const y = b.clause[id] ?? emptyClause();
    if (!samePart(x, y) || x.rating !== y.rating) return false;
  }
  return (
    samePart(a.text, b.text) &&
    a.overallPosition === b.overallPosition &&
    a.generalComments === b.generalComments
  );
}

function samePart(a: PartAnswer, b: PartAnswer): boolean {
  return a.position === b.position && a.reason === b.reason && a.suggestion === b.suggestion;
}
