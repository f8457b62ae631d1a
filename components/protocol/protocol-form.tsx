"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { fieldError, submittedValue, useMessage } from "@/components/forms/use-message.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Field } from "@/components/ui/field.tsx";
import { Input } from "@/components/ui/input.tsx";
import { Select } from "@/components/ui/select.tsx";
import { Textarea } from "@/components/ui/textarea.tsx";
import { idleState, type FormState } from "@/lib/forms/form-state.ts";
import { PROTOCOL_FIELDS, RATING_SCALES, type REPORTING_FIELDS } from "@/lib/protocol/schemas.ts";
import { ReportingFieldset } from "./reporting-fieldset.tsx";
import { RuleFieldset } from "./rule-fieldset.tsx";

type Values = {
  partsRule: string;
  consensusThreshold: number;
  wholeRule: string;
  wholeThreshold: number;
  plannedRounds: number;
  plannedRoundDays: number;
  panelCap: number;
  anonymityStatement: string;
  ratingScaleMax: number | null;
  ratingMedianMin: number | null;
  ratingIqrMax: number | null;
} & Record<(typeof REPORTING_FIELDS)[number], string>;
type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function ProtocolForm(props: {
  action: Action;
  protocol: Values;
  locked: boolean;
  readOnly: boolean;
}) {
  const t = useTranslations("protocol");
  const tc = useTranslations("common");
  const message = useMessage();
  const [state, formAction] = useActionState(props.action, idleState);
  const p = props.protocol;
  const v = (name: keyof Values | "deviationReason", fallback: unknown) =>
    submittedValue(state, name, fallback === null ? "" : String(fallback));
  const err = (name: string) => message(fieldError(state, name));
  const ids = Object.fromEntries(
    [...PROTOCOL_FIELDS, "deviationReason"].map((n) => [n, `protocol-${n}`]),
  );
  const saved = state.status === "success";
  const deviations = (state.data as { deviations?: number } | undefined)?.deviations ?? 0;
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <fieldset disabled={props.readOnly} className="flex flex-col gap-5">
        <FormErrors state={state} fieldIds={ids} />
        {saved ? (
          <Alert tone="success" label={tc("alert.success")}>
            {deviations ? t("savedWithDeviations", { count: deviations }) : t("saved")}
          </Alert>
        ) : null}
        <div className="grid grid-cols-1 gap-5 lg:grid-cols-2">
          {(
            [
              ["parts", "partsRule", "consensusThreshold"],
              ["whole", "wholeRule", "wholeThreshold"],
            ] as const
          ).map(([scope, kindName, thresholdName]) => (
            <RuleFieldset
              key={scope}
              scope={scope}
              kindName={kindName}
              thresholdName={thresholdName}
              kind={v(kindName, p[kindName])}
              threshold={v(thresholdName, p[thresholdName])}
              kindError={err(kindName)}
              thresholdError={err(thresholdName)}
              ids={{ kind: ids[kindName]!, threshold: ids[thresholdName]! }}
            />
          ))}
        </div>
        <div className="grid grid-cols-1 gap-5 sm:grid-cols-3">
          <Field
            id={ids.plannedRounds}
            label={t("fields.plannedRounds")}
            error={err("plannedRounds")}
            required
          >
            {(c) => (
              <Input
                {...c}
                name="plannedRounds"
                type="number"
                min={1}
                max={10}
                defaultValue={v("plannedRounds", p.plannedRounds)}
              />
            )}
          </Field>
          <Field
            id={ids.plannedRoundDays}
            label={t("fields.plannedRoundDays")}
            hint={t("roundDaysHint")}
            error={err("plannedRoundDays")}
            required
          >
            {(c) => (
              <Input
                {...c}
                name="plannedRoundDays"
                type="number"
                min={1}
                max={90}
                defaultValue={v("plannedRoundDays", p.plannedRoundDays)}
              />
            )}
          </Field>
          <Field id={ids.panelCap} label={t("fields.panelCap")} error={err("panelCap")} required>
            {(c) => (
              <Input
                {...c}
                name="panelCap"
                type="number"
                min={3}
                max={1000}
                defaultValue={v("panelCap", p.panelCap)}
              />
            )}
          </Field>
        </div>
        <Field
          id={ids.ratingScaleMax}
          label={t("fields.ratingScaleMax")}
          hint={t("ratingHint")}
          error={err("ratingScaleMax")}
        >
          {(c) => (
            <Select
              {...c}
              name="ratingScaleMax"
              defaultValue={v("ratingScaleMax", p.ratingScaleMax ?? 0)}
            >
              {RATING_SCALES.map((s) => (
                <option key={s} value={s}>
                  {s === "0" ? t("noRating") : t("scale", { max: Number(s) })}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
          <Field
            id={ids.ratingMedianMin}
            label={t("fields.ratingMedianMin")}
            hint={t("medianHint")}
            error={err("ratingMedianMin")}
          >
            {(c) => (
              <Input
                {...c}
                name="ratingMedianMin"
                inputMode="decimal"
                defaultValue={v("ratingMedianMin", p.ratingMedianMin)}
              />
            )}
          </Field>
          <Field
            id={ids.ratingIqrMax}
            label={t("fields.ratingIqrMax")}
            hint={t("iqrHint")}
            error={err("ratingIqrMax")}
          >
            {(c) => (
              <Input
                {...c}
                name="ratingIqrMax"
                inputMode="decimal"
                defaultValue={v("ratingIqrMax", p.ratingIqrMax)}
              />
            )}
          </Field>
        </div>
        <Field
          id={ids.anonymityStatement}
          label={t("fields.anonymityStatement")}
          hint={t("anonymityHint")}
          error={err("anonymityStatement")}
          required
        >
          {(c) => (
            <Textarea
              {...c}
              name="anonymityStatement"
              rows={4}
              maxLength={5000}
              defaultValue={v("anonymityStatement", p.anonymityStatement)}
            />
          )}
        </Field>
        <ReportingFieldset value={(name) => v(name, p[name])} error={err} ids={ids} />
        {props.locked ? (
          <Field
            id={ids.deviationReason}
            label={t("deviationReason")}
            hint={t("deviationHint")}
            error={err("deviationReason")}
            required
          >
            {(c) => (
              <Textarea
                {...c}
                name="deviationReason"
                rows={3}
                maxLength={2000}
                defaultValue={v("deviationReason", "")}
              />
            )}
          </Field>
        ) : null}
        {props.readOnly ? null : (
          <div>
            <SubmitButton pendingLabel={t("saving")}>
              {props.locked ? t("saveDeviation") : t("save")}
            </SubmitButton>
          </div>
        )}
      </fieldset>
    </form>
  );
}
