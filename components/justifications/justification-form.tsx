"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { fieldError, submittedValue, useMessage } from "@/components/forms/use-message.ts";
import { Field } from "@/components/ui/field.tsx";
import { Select } from "@/components/ui/select.tsx";
import { Textarea } from "@/components/ui/textarea.tsx";
import type { FormAction } from "@/components/text/types.ts";
import { SavedNote } from "@/components/text/saved-note.tsx";
import { idleState } from "@/lib/forms/form-state.ts";
import type { FeedbackItem, Justification } from "@/lib/justifications/load-version-changes.ts";
import {
  dispositions,
  JUSTIFICATION_MAX,
  LINK_FIELD_PREFIX,
} from "@/lib/justifications/schemas.ts";

/** The justification of one change: the reason, its class, and the feedback it answers. */
export function JustificationForm({
  action,
  studyId,
  versionId,
  targetKey,
  justification,
  feedback,
  roundNumber,
}: {
  action: FormAction;
  studyId: string;
  versionId: string;
  targetKey: string;
  justification: Justification | null;
  feedback: FeedbackItem[];
  roundNumber: number | null;
}) {
  const t = useTranslations("justify");
  const message = useMessage();
  const [state, formAction] = useActionState(action, idleState);
  const fieldId = `justify-${targetKey}`;
  const linked = new Map(justification?.links.map((l) => [l.item, l.disposition]));
  const changeClass = submittedValue(state, "changeClass", justification?.changeClass ?? "");
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormErrors state={state} fieldIds={{ justification: fieldId }} />
      <input type="hidden" name="studyId" value={studyId} />
      <input type="hidden" name="versionId" value={versionId} />
      <input type="hidden" name="target" value={targetKey} />
      <Field
        id={fieldId}
        label={t("form.justification")}
        hint={t("form.justificationHint")}
        error={message(fieldError(state, "justification"))}
        required
      >
        {(c) => (
          <Textarea
            {...c}
            name="justification"
            rows={3}
            maxLength={JUSTIFICATION_MAX}
            defaultValue={submittedValue(state, "justification", justification?.text ?? "")}
          />
        )}
      </Field>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-medium">{t("form.class")}</legend>
        {(["SUBSTANTIVE", "EDITORIAL"] as const).map((value) => (
          <label key={value} className="flex items-center gap-3">
            <input
              type="radio"
              name="changeClass"
              value={value}
              defaultChecked={(changeClass || "SUBSTANTIVE") === value}
              className="size-5"
            />
            <span>{t(`form.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      <details open className="rounded-md border border-line p-3">
        <summary className="cursor-pointer font-medium">
          {t("form.feedback", { count: feedback.length })}
        </summary>
        {feedback.length === 0 ? (
          <p className="mt-2 text-sm text-ink-muted">
            {t("form.noFeedback", { round: roundNumber ?? 0 })}
          </p>
        ) : (
          <>
            <p className="mt-2 text-sm text-ink-muted">{t("form.feedbackHint")}</p>
            <ol className="mt-3 flex flex-col gap-3">
              {feedback.map((item, index) => (
                <li key={item.id} className="flex flex-col gap-2 border-t border-line pt-3">
                  <p className="text-sm font-medium">
                    {item.on.kind === "clause"
                      ? t("form.onClause", { number: item.on.number })
                      : t(`form.on.${item.on.kind}`)}
                    {" · "}
                    {t(`position.${item.position ?? "none"}`)}
                  </p>
                  {item.reason ? <p className="whitespace-pre-line">{item.reason}</p> : null}
                  {item.suggestion ? (
                    <p className="whitespace-pre-line">
                      <span className="font-medium">{t("form.suggested")}</span> {item.suggestion}
                    </p>
                  ) : null}
                  <label className="flex flex-wrap items-center gap-2 text-sm">
                    <span>{t("form.dispositionLabel", { index: index + 1 })}</span>
                    <Select
                      name={`${LINK_FIELD_PREFIX}${item.id}`}
                      defaultValue={submittedValue(
                        state,
                        `${LINK_FIELD_PREFIX}${item.id}`,
                        linked.get(item.id) ?? "",
                      )}
                      className="w-auto"
                    >
                      <option value="">{t("form.notLinked")}</option>
                      {dispositions.map((d) => (
                        <option key={d} value={d}>
                          {t(`disposition.${d}`)}
                        </option>
                      ))}
                    </Select>
                  </label>
                </li>
              ))}
            </ol>
          </>
        )}
      </details>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton size="sm" pendingLabel={t("form.saving")}>
          {t("form.save")}
        </SubmitButton>
        <SavedNote state={state}>{t("form.saved")}</SavedNote>
      </div>
    </form>
  );
}
