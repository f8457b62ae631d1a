"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { fieldError, submittedValue, useMessage } from "@/components/forms/use-message.ts";
import { Field } from "@/components/ui/field.tsx";
import { Textarea } from "@/components/ui/textarea.tsx";
import type { FormAction } from "@/components/text/types.ts";
import { idleState } from "@/lib/forms/form-state.ts";
import type { Justification } from "@/lib/justifications/version-changes.ts";
import {
  JUSTIFICATION_MAX,
  justificationErrorKey,
  justificationField,
} from "@/lib/justifications/schemas.ts";
import { FeedbackCitations, type FeedbackGroup } from "./feedback-citations.tsx";

export type JustificationFormTarget = {
  key: string;
  /** The change's heading, badges and diff, rendered on the server. */
  header: ReactNode;
  justification: Justification | null;
  /** The justification's fingerprint as loaded (see justificationFingerprint). */
  base: string;
  feedback: FeedbackGroup[];
};

/** Every change of the draft in one form, saved together. */
export function JustificationsForm({
  action,
  versionId,
  roundNumber,
  targets,
}: {
  action: FormAction;
  versionId: string;
  roundNumber: number;
  targets: JustificationFormTarget[];
}) {
  const t = useTranslations("justify.form");
  const message = useMessage();
  const [state, formAction] = useActionState(action, idleState);
  const ids = (key: string) => ({
    text: `justify-${key}`,
    disposition: `justify-${key}-disposition`,
  });
  const fieldIds = Object.fromEntries(
    targets.flatMap((x) => [
      [justificationErrorKey(x.key, "justification"), ids(x.key).text],
      [justificationErrorKey(x.key, "disposition"), ids(x.key).disposition],
    ]),
  );
  const saved = state.data as { saved?: number; cleared?: number } | undefined;
  const save = (
    <div className="flex flex-wrap items-center gap-3">
      <SubmitButton pendingLabel={t("saving")}>{t("saveAll")}</SubmitButton>
      <p role="status" className="text-sm font-medium text-success-ink">
        {state.status === "success"
          ? t("savedAll", { saved: saved?.saved ?? 0, cleared: saved?.cleared ?? 0 })
          : null}
      </p>
    </div>
  );
  return (
    <form action={formAction} className="flex flex-col gap-6" noValidate>
      <FormErrors state={state} fieldIds={fieldIds} />
      <input type="hidden" name="versionId" value={versionId} />
      <ol className="flex flex-col gap-6">
        {targets.map((target) => {
          const j = target.justification;
          const f = (name: "text" | "changeClass" | "base") => justificationField[name](target.key);
          const changeClass = submittedValue(state, f("changeClass"), j?.changeClass ?? "");
          return (
            <li key={target.key}>
              <section
                aria-labelledby={`change-${target.key}`}
                className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-5 shadow-xs"
              >
                {target.header}
                {/* What the page was loaded with, kept across a refused save on purpose. */}
                <input
                  type="hidden"
                  name={f("base")}
                  value={submittedValue(state, f("base"), target.base)}
                />
                <Field
                  id={ids(target.key).text}
                  label={t("justification")}
                  hint={t("justificationHint")}
                  error={message(
                    fieldError(state, justificationErrorKey(target.key, "justification")),
                  )}
                >
                  {(c) => (
                    <Textarea
                      {...c}
                      name={f("text")}
                      rows={3}
                      maxLength={JUSTIFICATION_MAX}
                      defaultValue={submittedValue(state, f("text"), j?.text ?? "")}
                    />
                  )}
                </Field>
                <fieldset className="flex flex-col gap-2">
                  <legend className="mb-1 font-medium">{t("class")}</legend>
                  {(["SUBSTANTIVE", "EDITORIAL"] as const).map((value) => (
                    <label key={value} className="flex items-center gap-3">
                      <input
                        type="radio"
                        name={f("changeClass")}
                        value={value}
                        defaultChecked={(changeClass || "SUBSTANTIVE") === value}
                        className="size-5"
                      />
                      <span>{t(value)}</span>
                    </label>
                  ))}
                </fieldset>
                <FeedbackCitations
                  state={state}
                  target={target.key}
                  groups={target.feedback}
                  justification={j}
                  roundNumber={roundNumber}
                  fieldId={ids(target.key).disposition}
                  error={message(
                    fieldError(state, justificationErrorKey(target.key, "disposition")),
                  )}
                />
              </section>
            </li>
          );
        })}
      </ol>
      {save}
    </form>
  );
}
