"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { fieldError, useMessage } from "@/components/forms/use-message.ts";
import { Field } from "@/components/ui/field.tsx";
import { Input } from "@/components/ui/input.tsx";
import { Textarea } from "@/components/ui/textarea.tsx";
import { idleState, type FormState } from "@/lib/forms/form-state.ts";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type Defaults = {
  organisation: string;
  acknowledgeConsent: boolean;
  acknowledgeAffiliation: string | null;
  conflictOfInterest: string | null;
};

export function AcceptForm({
  action,
  accepted,
  defaults,
}: {
  action: Action;
  accepted: boolean;
  defaults: Defaults;
}) {
  const t = useTranslations("respond.accept");
  const message = useMessage();
  const [state, formAction] = useActionState(action, idleState);
  const id = useId();
  const ids = {
    participationConsent: `${id}-consent`,
    coi: `${id}-coi-none`,
    coiDetails: `${id}-coi-details`,
    affiliation: `${id}-affiliation`,
  };
  const v = (name: string) => state.values?.[name];
  const hasCoi = v("coi") ? v("coi") === "declared" : Boolean(defaults.conflictOfInterest);
  const consentError = message(fieldError(state, "participationConsent"));
  const coiError = message(fieldError(state, "coi"));
  return (
    <form action={formAction} className="mt-4 flex flex-col gap-5" noValidate>
      <FormErrors state={state} fieldIds={ids} />
      <div className="flex flex-col gap-1">
        <label className="flex items-start gap-3">
          <input
            id={ids.participationConsent}
            type="checkbox"
            name="participationConsent"
            required
            defaultChecked={accepted || v("participationConsent") === "on"}
            aria-invalid={consentError ? true : undefined}
            aria-describedby={consentError ? `${ids.participationConsent}-error` : undefined}
            className="mt-1 size-5"
          />
          <span>{t("consent")}</span>
        </label>
        {consentError ? (
          <p id={`${ids.participationConsent}-error`} className="text-sm text-danger-ink">
            {consentError}
          </p>
        ) : null}
      </div>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 font-medium">{t("acknowledgeLegend")}</legend>
        <label className="flex items-start gap-3">
          <input
            type="checkbox"
            name="acknowledge"
            defaultChecked={
              v("acknowledge") ? v("acknowledge") === "on" : defaults.acknowledgeConsent
            }
            className="mt-1 size-5"
          />
          <span>{t("acknowledge")}</span>
        </label>
        <Field
          id={ids.affiliation}
          label={t("affiliation")}
          hint={t("affiliationHint")}
          error={message(fieldError(state, "affiliation"))}
        >
          {(c) => (
            <Input
              {...c}
              name="affiliation"
              maxLength={200}
              defaultValue={
                v("affiliation") ?? defaults.acknowledgeAffiliation ?? defaults.organisation
              }
            />
          )}
        </Field>
      </fieldset>
      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={coiError ? `${ids.coi}-error` : undefined}
      >
        <legend className="mb-2 font-medium">{t("coiLegend")}</legend>
        <label className="flex items-center gap-3">
          <input
            id={ids.coi}
            type="radio"
            name="coi"
            value="none"
            defaultChecked={accepted && !hasCoi}
            required
            className="size-5"
          />
          <span>{t("coiNone")}</span>
        </label>
        <label className="flex items-center gap-3">
          <input
            type="radio"
            name="coi"
            value="declared"
            defaultChecked={hasCoi}
            className="size-5"
          />
          <span>{t("coiDeclared")}</span>
        </label>
        {coiError ? (
          <p id={`${ids.coi}-error`} className="text-sm text-danger-ink">
            {coiError}
          </p>
        ) : null}
        <Field
          id={ids.coiDetails}
          label={t("coiDetails")}
          hint={t("coiDetailsHint")}
          error={message(fieldError(state, "coiDetails"))}
        >
          {(c) => (
            <Textarea
              {...c}
              name="coiDetails"
              rows={3}
              maxLength={2000}
              defaultValue={v("coiDetails") ?? defaults.conflictOfInterest ?? ""}
            />
          )}
        </Field>
      </fieldset>
      <div>
        <SubmitButton pendingLabel={t("saving")}>
          {accepted ? t("update") : t("submit")}
        </SubmitButton>
      </div>
      {state.status === "success" ? <p role="status">{t("saved")}</p> : null}
    </form>
  );
}
