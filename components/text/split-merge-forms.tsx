"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { fieldError, submittedValue, useMessage } from "@/components/forms/use-message.ts";
import { ButtonLink } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { Textarea } from "@/components/ui/textarea.tsx";
import { idleState, type FormState } from "@/lib/forms/form-state.ts";
import { CLAUSE_TEXT_MAX } from "@/lib/versions/schemas.ts";
import type { FormAction } from "./types.ts";

type Clause = { id: string; position: number; text: string; textHash: string };

/**
 * Splitting and merging are page states (?split=<id>, ?merge=<id>) like the removal
 * confirmation, so they work without JavaScript; the panel takes focus when it appears.
 */
function StepPanel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      id={id}
      tabIndex={-1}
      role="group"
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-3 rounded-md border border-l-4 border-accent bg-surface-muted p-4"
    >
      <h5 id={`${id}-title`} className="font-semibold">
        {title}
      </h5>
      {children}
    </div>
  );
}

function ClauseTextField({
  state,
  id,
  name,
  label,
  initial,
  rows = 3,
}: {
  state: FormState;
  id: string;
  name: string;
  label: string;
  initial: string;
  rows?: number;
}) {
  const message = useMessage();
  return (
    <Field id={id} label={label} error={message(fieldError(state, name))}>
      {(c) => (
        <Textarea
          {...c}
          name={name}
          rows={rows}
          maxLength={CLAUSE_TEXT_MAX}
          defaultValue={submittedValue(state, name, initial)}
        />
      )}
    </Field>
  );
}

export function SplitClauseForm({
  action,
  clause,
  cancelHref,
}: {
  action: FormAction;
  clause: Clause;
  cancelHref: string;
}) {
  const t = useTranslations("text.splitForm");
  const [state, formAction] = useActionState(action, idleState);
  const number = clause.position;
  const next = number + 1;
  const ids = { first: `split-${clause.id}-first`, second: `split-${clause.id}-second` };
  return (
    <StepPanel id={`split-${clause.id}`} title={t("title", { number })}>
      <p className="text-sm">{t("body", { number, next })}</p>
      <form action={formAction} className="flex flex-col gap-3" noValidate>
        <FormErrors state={state} fieldIds={ids} />
        <input type="hidden" name="clauseVersionId" value={clause.id} />
        <input type="hidden" name="baseHash" value={clause.textHash} />
        <ClauseTextField
          state={state}
          id={ids.first}
          name="first"
          label={t("first", { number })}
          initial={clause.text}
        />
        <ClauseTextField
          state={state}
          id={ids.second}
          name="second"
          label={t("second", { next })}
          initial=""
        />
        <div className="flex flex-wrap gap-2">
          <SubmitButton size="sm" pendingLabel={t("pending")}>
            {t("submit", { number })}
          </SubmitButton>
          <ButtonLink href={cancelHref} variant="secondary" size="sm">
            {t("cancel")}
          </ButtonLink>
        </div>
      </form>
    </StepPanel>
  );
}

export function MergeClausesForm({
  action,
  clause,
  next,
  cancelHref,
}: {
  action: FormAction;
  clause: Clause;
  next: Clause;
  cancelHref: string;
}) {
  const t = useTranslations("text.mergeForm");
  const [state, formAction] = useActionState(action, idleState);
  const values = { number: clause.position, next: next.position };
  const fieldId = `merge-${clause.id}-text`;
  return (
    <StepPanel id={`merge-${clause.id}`} title={t("title", values)}>
      <p className="text-sm">{t("body", values)}</p>
      <form action={formAction} className="flex flex-col gap-3" noValidate>
        <FormErrors state={state} fieldIds={{ text: fieldId }} />
        <input type="hidden" name="clauseVersionId" value={clause.id} />
        <input type="hidden" name="nextClauseVersionId" value={next.id} />
        <input type="hidden" name="baseHash" value={clause.textHash} />
        <input type="hidden" name="nextHash" value={next.textHash} />
        <ClauseTextField
          state={state}
          id={fieldId}
          name="text"
          label={t("label")}
          initial={`${clause.text} ${next.text}`}
          rows={4}
        />
        <div className="flex flex-wrap gap-2">
          <SubmitButton size="sm" pendingLabel={t("pending")}>
            {t("submit", values)}
          </SubmitButton>
          <ButtonLink href={cancelHref} variant="secondary" size="sm">
            {t("cancel")}
          </ButtonLink>
        </div>
      </form>
    </StepPanel>
  );
}
