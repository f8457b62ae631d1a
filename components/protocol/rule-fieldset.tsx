"use client";

import { useTranslations } from "next-intl";
import { StatusIcon } from "@/components/ui/status-icon.tsx";
import { Input } from "@/components/ui/input.tsx";
import { RULE_KINDS } from "@/lib/protocol/schemas.ts";

type Scope = "parts" | "whole";

/**
 * One consensus rule (for the parts, or for the text as a whole): a choice between "at
 * least a share" with its threshold and "no objection". Plain radios and a number input, so
 * it works without JavaScript; the threshold is simply ignored under "no objection".
 */
export function RuleFieldset(props: {
  scope: Scope;
  kindName: string;
  thresholdName: string;
  kind: string;
  threshold: string;
  kindError?: string;
  thresholdError?: string;
  ids: { kind: string; threshold: string };
}) {
  const t = useTranslations("protocol.rule");
  const thresholdHint = `${props.ids.threshold}-hint`;
  const thresholdErrorId = `${props.ids.threshold}-error`;
  return (
    <fieldset
      className="flex flex-col gap-3 rounded-md border border-line p-4"
      aria-describedby={props.kindError ? `${props.ids.kind}-error` : undefined}
    >
      <legend className="px-1 font-medium">{t(`${props.scope}.legend`)}</legend>
      {props.kindError ? <Error id={`${props.ids.kind}-error`}>{props.kindError}</Error> : null}
      {RULE_KINDS.map((kind, i) => (
        <div key={kind} className="flex flex-col gap-2">
          <label className="flex min-h-10 items-start gap-3">
            <input
              id={i === 0 ? props.ids.kind : `${props.ids.kind}-${kind}`}
              type="radio"
              name={props.kindName}
              value={kind}
              defaultChecked={props.kind === kind}
              className="mt-0.5 size-5"
            />
            <span>{t(`${props.scope}.${kind}`)}</span>
          </label>
          {kind === "SHARE" ? (
            <div className="ml-8 flex max-w-xs flex-col gap-1.5">
              <label htmlFor={props.ids.threshold} className="text-sm font-medium">
                {t(`${props.scope}.threshold`)}
              </label>
              <p id={thresholdHint} className="text-sm text-ink-muted">
                {t("thresholdHint")}
              </p>
              {props.thresholdError ? (
                <Error id={thresholdErrorId}>{props.thresholdError}</Error>
              ) : null}
              <Input
                id={props.ids.threshold}
                name={props.thresholdName}
                type="number"
                min={50}
                max={100}
                defaultValue={props.threshold}
                aria-describedby={
                  props.thresholdError ? `${thresholdHint} ${thresholdErrorId}` : thresholdHint
                }
                aria-invalid={props.thresholdError ? true : undefined}
              />
            </div>
          ) : null}
        </div>
      ))}
    </fieldset>
  );
}

function Error({ id, children }: { id: string; children: string }) {
  return (
    <p id={id} className="flex items-start gap-1.5 text-sm font-medium text-danger-ink">
      <StatusIcon tone="error" className="mt-0.5 size-4" />
      <span>{children}</span>
    </p>
  );
}
