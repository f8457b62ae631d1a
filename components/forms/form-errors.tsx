"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/forms/form-state.ts";
import { useMessage } from "./use-message.ts";

/**
 * The error summary at the top of a form: what went wrong, with links to each field.
 * It takes focus after a failed submission so screen-reader users hear it at once.
 */
export function FormErrors({
  state,
  fieldIds = {},
  fieldLabels = {},
}: {
  state: FormState;
  fieldIds?: Record<string, string>;
  /**
   * Where a form repeats the same fields (a reason per clause), what each field belongs to,
   * so that the summary says "Clause 2: Say why…" and not only "Say why…".
   */
  fieldLabels?: Record<string, string>;
}) {
  const t = useTranslations("forms");
  const message = useMessage();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.status === "error") ref.current?.focus();
  }, [state.status, state.at]);

  if (state.status !== "error") return null;
  const fields = Object.entries(state.fieldErrors ?? {});
  return (
    <div
      ref={ref}
      tabIndex={-1}
      // Without JavaScript (a page rendered after a refused POST) the browser focuses the
      // summary itself; with it, the effect above does, after every refusal.
      autoFocus
      role="alert"
      className="rounded-md border border-l-4 border-danger bg-danger-soft p-4 text-danger-ink"
    >
      <p className="font-semibold">{t("errorSummary")}</p>
      {state.formError && !fields.length ? <p>{message(state.formError)}</p> : null}
      {fields.length ? (
        <ul className="mt-2 list-disc pl-5">
          {fields.map(([name, m]) => {
            const text = fieldLabels[name] ? `${fieldLabels[name]}: ${message(m)}` : message(m);
            return (
              <li key={name}>
                {fieldIds[name] ? <a href={`#${fieldIds[name]}`}>{text}</a> : text}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
