import type { FormState } from "@/lib/forms/form-state.ts";

/** A server action used with useActionState. */
export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

export type TextActions = {
  updateExplanatoryText: FormAction;
  addClause: FormAction;
  updateClause: FormAction;
  moveClause: FormAction;
  removeClause: FormAction;
  splitClause: FormAction;
  mergeClauses: FormAction;
  restoreClause: FormAction;
  startNextVersion: FormAction;
};
