"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { fieldError, submittedValue, useMessage } from "@/components/forms/use-message.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Field } from "@/components/ui/field.tsx";
import { Input } from "@/components/ui/input.tsx";
import type { MessageKeyIn } from "@/i18n/types.ts";
import { idleState, type FormState } from "@/lib/forms/form-state.ts";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

type FieldName =
  "name" | "email" | "organisation" | "country" | "region" | "sector" | "gender" | "expertise";

type TextField = {
  name: FieldName;
  type?: "email";
  required?: boolean;
  /** Named rather than built from `name`: only some fields have a hint in the catalog. */
  hint?: Extract<MessageKeyIn<"panel.add">, `${FieldName}Hint`>;
  maxLength: number;
  autoComplete?: string;
};

const fields: TextField[] = [
  { name: "name", required: true, maxLength: 200, autoComplete: "off" },
  {
    name: "email",
    type: "email",
    required: true,
    hint: "emailHint",
    maxLength: 254,
    autoComplete: "off",
  },
  { name: "organisation", maxLength: 200 },
  { name: "country", maxLength: 100 },
  { name: "region", hint: "regionHint", maxLength: 100 },
  { name: "sector", hint: "sectorHint", maxLength: 100 },
  { name: "gender", hint: "genderHint", maxLength: 100 },
  { name: "expertise", hint: "expertiseHint", maxLength: 1000 },
];

/** Adds one expert. Region and sector suggest the spellings already used on this panel. */
export function AddPanelMemberForm({
  action,
  suggestions,
}: {
  action: Action;
  suggestions: { region: string[]; sector: string[] };
}) {
  const t = useTranslations("panel.add");
  const tc = useTranslations("common");
  const message = useMessage();
  const [state, formAction] = useActionState(action, idleState);
  const id = (name: string) => `panel-add-${name}`;
  const ids = Object.fromEntries(fields.map((f) => [f.name, id(f.name)]));
  const added = state.status === "success" ? (state.data as { name: string } | undefined) : null;
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <FormErrors state={state} fieldIds={ids} />
      {added ? (
        <Alert tone="success" label={tc("alert.success")}>
          {t("added", { name: added.name })}
        </Alert>
      ) : null}
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        {fields.map((f) => (
          <Field
            key={f.name}
            id={id(f.name)}
            label={t(`${f.name}Label`)}
            hint={f.hint ? t(f.hint) : undefined}
            error={message(fieldError(state, f.name))}
            required={f.required}
            requiredLabel={tc("required")}
          >
            {(c) => (
              <Input
                {...c}
                name={f.name}
                type={f.type}
                maxLength={f.maxLength}
                autoComplete={f.autoComplete}
                list={f.name === "region" || f.name === "sector" ? `${id(f.name)}-list` : undefined}
                defaultValue={submittedValue(state, f.name)}
              />
            )}
          </Field>
        ))}
      </div>
      {(["region", "sector"] as const).map((name) => (
        <datalist key={name} id={`${id(name)}-list`}>
          {suggestions[name].map((value) => (
            <option key={value} value={value} />
          ))}
        </datalist>
      ))}
      <div>
        <SubmitButton pendingLabel={t("adding")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
