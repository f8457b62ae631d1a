"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field.tsx";
import { Input } from "@/components/ui/input.tsx";
import { Select } from "@/components/ui/select.tsx";
import { Textarea } from "@/components/ui/textarea.tsx";
import { ETHICS_STATUSES, type REPORTING_FIELDS } from "@/lib/protocol/schemas.ts";

type ReportingField = (typeof REPORTING_FIELDS)[number];
type HintedField = Exclude<ReportingField, "ethicsStatus" | "ethicsReference">;

/**
 * The protocol's reporting details: registration, ethics, funding, pilot testing and the
 * steering group. Part of the protocol form (one schema, one action), so they lock and
 * record deviations with the rest. All fields stay visible: the ethics fields that do not
 * match the chosen status are ignored on save, which works without JavaScript.
 */
export function ReportingFieldset(props: {
  value: (name: ReportingField) => string;
  error: (name: ReportingField) => string | undefined;
  ids: Record<string, string>;
}) {
  const t = useTranslations("protocol");
  const text = (name: HintedField, long: boolean) => (
    <Field
      id={props.ids[name]}
      label={t(`fields.${name}`)}
      hint={t(`reporting.${name}Hint`)}
      error={props.error(name)}
    >
      {(c) =>
        long ? (
          <Textarea {...c} name={name} rows={3} maxLength={5000} defaultValue={props.value(name)} />
        ) : (
          <Input {...c} name={name} maxLength={200} defaultValue={props.value(name)} />
        )
      }
    </Field>
  );
  return (
    <fieldset className="flex flex-col gap-4 rounded-md border border-line p-4">
      <legend className="px-1 font-medium">{t("reporting.legend")}</legend>
      <p className="text-sm text-ink-muted">{t("reporting.intro")}</p>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {text("registryName", false)}
        {text("registrationId", false)}
      </div>
      <Field
        id={props.ids.ethicsStatus}
        label={t("fields.ethicsStatus")}
        error={props.error("ethicsStatus")}
      >
        {(c) => (
          <Select {...c} name="ethicsStatus" defaultValue={props.value("ethicsStatus")}>
            {ETHICS_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`reporting.ethicsStatus.${s}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {text("ethicsBody", false)}
        <Field
          id={props.ids.ethicsReference}
          label={t("fields.ethicsReference")}
          error={props.error("ethicsReference")}
        >
          {(c) => (
            <Input
              {...c}
              name="ethicsReference"
              maxLength={200}
              defaultValue={props.value("ethicsReference")}
            />
          )}
        </Field>
      </div>
      {text("ethicsExemption", true)}
      {text("funding", true)}
      {text("pilotTesting", true)}
      {text("steeringGroup", true)}
    </fieldset>
  );
}
