"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { fieldError, submittedValue, useMessage } from "@/components/forms/use-message.ts";
import { ButtonLink } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { Textarea } from "@/components/ui/textarea.tsx";
import { idleState } from "@/lib/forms/form-state.ts";
import { CLAUSE_TEXT_MAX } from "@/lib/versions/schemas.ts";
import { MoveClauseForm } from "./move-clause-form.tsx";
import { RemoveClauseConfirm } from "./remove-clause-confirm.tsx";
import { SavedNote } from "./saved-note.tsx";
import { MergeClausesForm, SplitClauseForm } from "./split-merge-forms.tsx";
import type { TextActions } from "./types.ts";

type Clause = { id: string; position: number; text: string; textHash: string };

/** The step the page is in for this clause (?remove=, ?split=, ?merge=), if any. */
export type ClauseStep = "remove" | "split" | "merge" | null;

export type ClauseEditorProps = {
  studyId: string;
  clause: Clause;
  /** The clause after this one (what "merge" joins it with); none for the last clause. */
  next: Clause | undefined;
  isFirst: boolean;
  step: ClauseStep;
  actions: Pick<
    TextActions,
    "updateClause" | "moveClause" | "removeClause" | "splitClause" | "mergeClauses"
  >;
};

const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

/** One clause in the editor: its wording, its place in the list, and its removal. */
export function ClauseEditor({ studyId, clause, next, isFirst, step, actions }: ClauseEditorProps) {
  const t = useTranslations("text.clauses");
  const tt = useTranslations("text");
  const message = useMessage();
  const [state, formAction] = useActionState(actions.updateClause, idleState);
  const number = clause.position;
  const fieldId = `clause-${clause.id}-text`;
  const editorHref = `/studies/${studyId}/text`;
  const toolbar = useKeepMoveFocus(number);
  const isLast = next === undefined;
  const cancelHref = `${editorHref}#clause-${clause.id}`;
  const stepLink = (name: Exclude<ClauseStep, null>, label: ReactNode, className = "") => (
    <ButtonLink
      href={`${editorHref}?${name}=${clause.id}#${name}-${clause.id}`}
      variant="ghost"
      size="sm"
      className={className}
    >
      {label}
    </ButtonLink>
  );

  return (
    <li
      id={`clause-${clause.id}`}
      className="flex max-w-none flex-col gap-4 rounded-lg border border-line bg-surface p-5"
    >
      <h4 className="text-lg">{t("heading", { number })}</h4>
      <form action={formAction} className="flex flex-col gap-3" noValidate>
        <FormErrors state={state} fieldIds={{ text: fieldId }} />
        <input type="hidden" name="clauseVersionId" value={clause.id} />
        <input type="hidden" name="baseHash" value={clause.textHash} />
        <Field
          id={fieldId}
          label={t("label", { number })}
          hint={t("hint")}
          error={message(fieldError(state, "text"))}
        >
          {(c) => (
            <Textarea
              {...c}
              // A wording changed on the server (a merge, a split, a colleague's save)
              // must replace what the box shows: a new key remounts it with the new text.
              key={clause.textHash}
              name="text"
              rows={3}
              maxLength={CLAUSE_TEXT_MAX}
              defaultValue={submittedValue(state, "text", clause.text)}
            />
          )}
        </Field>
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton size="sm" pendingLabel={t("saving")}>
            {t.rich("save", { number, hidden })}
          </SubmitButton>
          <SavedNote state={state}>{tt("saved")}</SavedNote>
        </div>
      </form>
      <div
        ref={toolbar}
        role="group"
        aria-label={t("actionsLabel", { number })}
        className="flex flex-wrap items-start gap-2 border-t border-line pt-4"
      >
        <MoveClauseForm
          action={actions.moveClause}
          clauseVersionId={clause.id}
          number={number}
          direction="up"
          atEnd={isFirst}
        />
        <MoveClauseForm
          action={actions.moveClause}
          clauseVersionId={clause.id}
          number={number}
          direction="down"
          atEnd={isLast}
        />
        {step ? null : (
          <>
            {stepLink("split", t.rich("split", { number, hidden }))}
            {isLast ? null : stepLink("merge", t.rich("merge", { number, hidden }))}
            {stepLink("remove", t.rich("remove", { number, hidden }), "ml-auto")}
          </>
        )}
      </div>
      {step === "remove" ? (
        <RemoveClauseConfirm
          action={actions.removeClause}
          clauseVersionId={clause.id}
          number={number}
          cancelHref={cancelHref}
        />
      ) : null}
      {step === "split" ? (
        <SplitClauseForm action={actions.splitClause} clause={clause} cancelHref={cancelHref} />
      ) : null}
      {step === "merge" && next ? (
        <MergeClausesForm
          action={actions.mergeClauses}
          clause={clause}
          next={next}
          cancelHref={cancelHref}
        />
      ) : null}
    </li>
  );
}

/**
 * A clause moved to the top or bottom has its "Move up"/"Move down" button disabled, which
 * drops keyboard focus on the page body. Put it back on the button that still works.
 */
function useKeepMoveFocus(position: number) {
  const ref = useRef<HTMLDivElement>(null);
  const hadFocus = useRef(false);
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const onFocusIn = () => {
      hadFocus.current = true;
    };
    // Focus lost to nothing (a button being disabled) is not the user leaving.
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget && !node.contains(event.relatedTarget as Node)) {
        hadFocus.current = false;
      }
    };
    node.addEventListener("focusin", onFocusIn);
    node.addEventListener("focusout", onFocusOut);
    return () => {
      node.removeEventListener("focusin", onFocusIn);
      node.removeEventListener("focusout", onFocusOut);
    };
  }, []);
  useEffect(() => {
    if (!hadFocus.current) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    ref.current?.querySelector<HTMLButtonElement>("button:not([disabled])")?.focus();
  }, [position]);
  return ref;
}
