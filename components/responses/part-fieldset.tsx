import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Field } from "@/components/ui/field.tsx";
import { Select } from "@/components/ui/select.tsx";
import { Textarea } from "@/components/ui/textarea.tsx";
import { LIMITS } from "@/lib/responses/limits.ts";

export type PartDefaults = { position: string; reason: string; suggestion: string; rating: string };

/** Control ids of one part, so the error summary can link to them. */
export const partIds = (prefix: string) => ({
  position: `${prefix}-can`,
  reason: `${prefix}-reason`,
  suggestion: `${prefix}-suggestion`,
  rating: `${prefix}-rating`,
});

/**
 * One part of the text (the explanatory text or a clause): position, reason, suggested
 * rewording and, when the round collects them, a rating. Plain form controls, so the page
 * works as an HTML form without JavaScript.
 */
export function PartFieldset(props: {
  legend: string;
  wording?: string;
  name: (part: "position" | "reason" | "suggestion" | "rating") => string;
  idPrefix: string;
  defaults: PartDefaults;
  errors: Partial<Record<keyof PartDefaults, string>>;
  ratingMax: number | null;
  previous?: ReactNode;
  /** The wording as it stands, which the rewording box starts from. */
  original: string;
}) {
  const t = useTranslations("response.part");
  const ids = partIds(props.idPrefix);
  const { defaults, errors } = props;
  return (
    <fieldset className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-4 sm:p-5">
      <legend className="px-1 text-lg font-semibold">{props.legend}</legend>
      {props.wording ? (
        <p className="border-l-4 border-line-strong pl-3 whitespace-pre-line">
          <span className="sr-only">{t("clauseText")}: </span>
          {props.wording}
        </p>
      ) : null}
      {props.previous}
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-medium">{t("positionLabel")}</legend>
        {(["CAN_LIVE_WITH", "CANNOT_LIVE_WITH"] as const).map((value) => (
          <label key={value} className="flex min-h-10 items-center gap-3">
            <input
              id={value === "CAN_LIVE_WITH" ? ids.position : `${props.idPrefix}-cannot`}
              type="radio"
              name={props.name("position")}
              value={value}
              defaultChecked={defaults.position === value}
              className="size-5"
            />
            <span>{value === "CAN_LIVE_WITH" ? t("can") : t("cannot")}</span>
          </label>
        ))}
      </fieldset>
      <Field
        id={ids.reason}
        label={t("reason")}
        hint={t("reasonHint", { max: LIMITS.reason })}
        error={errors.reason}
      >
        {(c) => (
          <Textarea
            {...c}
            name={props.name("reason")}
            rows={3}
            maxLength={LIMITS.reason}
            defaultValue={defaults.reason}
          />
        )}
      </Field>
      {/* Folded away unless used: the box starts with the whole wording, which would double
          the page's length on a phone. A <details>, so it opens without JavaScript; a closed
          box is still sent with the form, unchanged. */}
      <details
        open={defaults.suggestion.trim() !== props.original.trim() || Boolean(errors.suggestion)}
        className="group"
      >
        <summary className="cursor-pointer font-medium text-accent underline">
          {t("suggestToggle")}
        </summary>
        <div className="mt-3">
          <Field
            id={ids.suggestion}
            label={t("suggestion")}
            hint={t("suggestionHint", { max: LIMITS.suggestion })}
            error={errors.suggestion}
          >
            {(c) => (
              <Textarea
                {...c}
                name={props.name("suggestion")}
                rows={3}
                maxLength={LIMITS.suggestion}
                defaultValue={defaults.suggestion}
              />
            )}
          </Field>
        </div>
      </details>
      {props.ratingMax ? (
        <Field id={ids.rating} label={t("rating", { max: props.ratingMax })} error={errors.rating}>
          {(c) => (
            <Select
              {...c}
              name={props.name("rating")}
              defaultValue={defaults.rating}
              className="w-40"
            >
              <option value="">{t("noRating")}</option>
              {Array.from({ length: props.ratingMax! }, (_, i) => (
                <option key={i + 1} value={String(i + 1)}>
                  {i + 1}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : null}
    </fieldset>
  );
}
