"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { fieldError, submittedValue, useMessage } from "@/components/forms/use-message.ts";
import { SavedNote } from "@/components/text/saved-note.tsx";
import type { FormAction } from "@/components/text/types.ts";
import { Field } from "@/components/ui/field.tsx";
import { Input } from "@/components/ui/input.tsx";
import { Textarea } from "@/components/ui/textarea.tsx";
import { idleState } from "@/lib/forms/form-state.ts";
import { SOURCE_TEXT_MAX } from "@/lib/sources/schemas.ts";

const fields = ["citation", "jurisdiction", "sector", "characteristics"] as const;

/** A published definition and the characteristics it mentions. */
export function AddSourceForm({
  action,
  known,
}: {
  action: FormAction;
  /** Characteristics already in the study's list, offered as a hint. */
  known: string[];
}) {
  const t = useTranslations("sources.add");
  const tc = useTranslations("common");
  const message = useMessage();
  const [state, formAction] = useActionState(action, idleState);
  const ids = Object.fromEntries(["text", ...fields].map((f) => [f, `source-${f}`]));
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormErrors state={state} fieldIds={ids} />
      <Field
        id={ids.text}
        label={t("text")}
        error={message(fieldError(state, "text"))}
        required
        requiredLabel={tc("required")}
      >
        {(c) => (
          <Textarea
            {...c}
            name="text"
            rows={4}
            maxLength={SOURCE_TEXT_MAX}
            defaultValue={submittedValue(state, "text")}
          />
        )}
      </Field>
      {fields.map((name) => (
        <Field
          key={name}
          id={ids[name]}
          label={t(name)}
          hint={
            name === "characteristics"
              ? known.length
                ? t("characteristicsKnown", { list: known.join(", ") })
                : t("characteristicsHint")
              : undefined
          }
          error={message(fieldError(state, name))}
          required={name === "citation"}
          requiredLabel={tc("required")}
        >
          {(c) => <Input {...c} name={name} defaultValue={submittedValue(state, name)} />}
        </Field>
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel={t("adding")}>{t("submit")}</SubmitButton>
        <SavedNote state={state}>{t("added")}</SavedNote>
      </div>
    </form>
  );
}
