"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** "Can you live with the text as a whole?": required to submit; its ids are link targets. */
export function OverallFieldset(props: {
  defaultValue: string;
  error?: string;
  previous?: ReactNode;
}) {
  const t = useTranslations("response");
  return (
    <fieldset
      className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-4 sm:p-5"
      aria-describedby={props.error ? "overall-error" : "overall-hint"}
    >
      <legend className="px-1 text-lg font-semibold">{t("overall.legend")}</legend>
      {props.previous}
      <p id="overall-hint" className="text-sm text-ink-muted">
        {t("overall.hint")}
      </p>
      {props.error ? (
        <p id="overall-error" className="text-sm font-medium text-danger-ink">
          {props.error}
        </p>
      ) : null}
      {(["CAN_LIVE_WITH", "CANNOT_LIVE_WITH"] as const).map((value) => (
        <label key={value} className="flex min-h-10 items-center gap-3">
          <input
            id={value === "CAN_LIVE_WITH" ? "overall-can" : "overall-cannot"}
            type="radio"
            name="overallPosition"
            value={value}
            defaultChecked={props.defaultValue === value}
            className="size-5"
          />
          <span>{value === "CAN_LIVE_WITH" ? t("overall.can") : t("overall.cannot")}</span>
        </label>
      ))}
    </fieldset>
  );
}
