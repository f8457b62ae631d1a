"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { SavedNote } from "@/components/text/saved-note.tsx";
import type { FormAction } from "@/components/text/types.ts";
import { idleState } from "@/lib/forms/form-state.ts";
import { LOCATION_FIELD_PREFIX, TEXT_LOCATION } from "@/lib/sources/schemas.ts";

export function RemoveSourceForm({
  action,
  sourceId,
  label,
}: {
  action: FormAction;
  sourceId: string;
  label: string;
}) {
  const t = useTranslations("sources");
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction}>
      <FormErrors state={state} />
      <input type="hidden" name="sourceId" value={sourceId} />
      <SubmitButton variant="ghost" size="sm" pendingLabel={t("removing")} aria-label={label}>
        {t("remove")}
      </SubmitButton>
    </form>
  );
}

/** Where one characteristic appears in the version: the text and/or some clauses. */
export function MappingForm({
  action,
  versionId,
  characteristic,
  clauses,
  selected,
}: {
  action: FormAction;
  versionId: string;
  characteristic: { id: string; name: string };
  clauses: { id: string; number: number }[];
  selected: string[];
}) {
  const t = useTranslations("sources.mapping");
  const [state, formAction] = useActionState(action, idleState);
  const places = [
    { id: TEXT_LOCATION, label: t("text") },
    ...clauses.map((c) => ({ id: c.id, label: t("clause", { number: c.number }) })),
  ];
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormErrors state={state} />
      <input type="hidden" name="versionId" value={versionId} />
      <input type="hidden" name="characteristicId" value={characteristic.id} />
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
        <legend className="sr-only">{t("legend", { name: characteristic.name })}</legend>
        {places.map((place) => (
          <label key={place.id} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={`${LOCATION_FIELD_PREFIX}${place.id}`}
              defaultChecked={selected.includes(place.id)}
              className="size-4"
            />
            {place.label}
          </label>
        ))}
      </fieldset>
      <div className="flex items-center gap-3">
        <SubmitButton size="sm" variant="secondary" pendingLabel={t("saving")}>
          {t("save", { name: characteristic.name })}
        </SubmitButton>
        <SavedNote state={state}>{t("saved")}</SavedNote>
      </div>
    </form>
  );
}
