import { z } from "zod";

export const EXPLANATORY_TEXT_MAX = 20_000;
export const CLAUSE_TEXT_MAX = 2_000;
/** A definition is a short list; the cap keeps a runaway form from filling the version. */
export const CLAUSES_MAX = 100;

// Browsers submit textarea line breaks as CRLF while counting them as one character for
// maxLength, so the limits apply to the text with plain LF line breaks.
const normalised = z.string().transform((s) => s.replace(/\r\n?/g, "\n").trim());

const explanatoryText = normalised.pipe(z.string().max(EXPLANATORY_TEXT_MAX));
const clauseText = normalised.pipe(z.string().min(1).max(CLAUSE_TEXT_MAX));
const id = z.string().trim().min(1).max(64);
/** The hash of the text the editor started from (see hashText), to detect a lost update. */
const baseHash = z
  .string()
  .trim()
  .regex(/^[0-9a-f]{64}$/);

// No study id in these forms: the page binds it to the action (action.bind(null, studyId)),
// and the lib function takes the caller's checked access to that study.

export const updateExplanatoryTextSchema = z.strictObject({
  versionId: id,
  baseHash,
  explanatoryText,
});

export const addClauseSchema = z.strictObject({
  versionId: id,
  text: clauseText,
});

export const updateClauseSchema = z.strictObject({
  clauseVersionId: id,
  baseHash,
  text: clauseText,
});

export const moveClauseSchema = z.strictObject({
  clauseVersionId: id,
  direction: z.enum(["up", "down"]),
});

export const removeClauseSchema = z.strictObject({
  clauseVersionId: id,
});

export type UpdateExplanatoryTextInput = z.infer<typeof updateExplanatoryTextSchema>;
export type AddClauseInput = z.infer<typeof addClauseSchema>;
export type UpdateClauseInput = z.infer<typeof updateClauseSchema>;
export type MoveClauseInput = z.infer<typeof moveClauseSchema>;
export type RemoveClauseInput = z.infer<typeof removeClauseSchema>;

/** Only a button: the study is bound to the action by the page. */
export const startNextVersionSchema = z.strictObject({});

export const splitClauseSchema = z.strictObject({
  clauseVersionId: id,
  baseHash,
  first: clauseText,
  second: clauseText,
});

export const mergeClausesSchema = z.strictObject({
  clauseVersionId: id,
  /** The clause that followed when the form was shown; a different one now is a conflict. */
  nextClauseVersionId: id,
  /** Both wordings as shown: a colleague's edit saved meanwhile is not silently merged away. */
  baseHash,
  nextHash: baseHash,
  text: clauseText,
});

export type SplitClauseInput = z.infer<typeof splitClauseSchema>;
export type MergeClausesInput = z.infer<typeof mergeClausesSchema>;

export const restoreClauseSchema = z.strictObject({
  /** The draft the clause comes back into. */
  versionId: id,
  /** The clause's last wording, in the earlier version it was last in. */
  clauseVersionId: id,
  /** That wording as the page showed it. */
  baseHash,
  /** Put it before this clause of the draft; empty: at the end. */
  beforeClauseVersionId: z.union([z.literal(""), id]).default(""),
});

export type RestoreClauseInput = z.infer<typeof restoreClauseSchema>;
