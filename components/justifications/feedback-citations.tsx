"use client";

import { useTranslations } from "next-intl";
import { submittedValue } from "@/components/forms/use-message.ts";
import { Select } from "@/components/ui/select.tsx";
import type { FormState } from "@/lib/forms/form-state.ts";
import type { FeedbackItem } from "@/lib/justifications/feedback-items.ts";
import type { Justification } from "@/lib/justifications/version-changes.ts";
import { dispositions, justificationField } from "@/lib/justifications/schemas.ts";

export type FeedbackGroup = { key: string; label: string; items: FeedbackItem[]; open: boolean };

/**
 * The feedback one change may cite, in groups (the most relevant first, open). One
 * disposition applies to every ticked item, so answering twenty items is twenty ticks and
 * one choice; an item can still get its own. Plain fields: works without JavaScript.
 */
export function FeedbackCitations({
  state,
  target,
  groups,
  justification,
  roundNumber,
  fieldId,
  error,
}: {
  state: FormState;
  target: string;
  groups: FeedbackGroup[];
  justification: Justification | null;
  roundNumber: number;
  fieldId: string;
  error: string | undefined;
}) {
  const t = useTranslations("justify.form");
  const tp = useTranslations("justify.position");
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  const linked = new Map(justification?.links.map((l) => [l.item, l.disposition]));
  // The shared disposition shown is the one most cited items had.
  const counts = new Map<string, number>();
  for (const d of linked.values()) counts.set(d, (counts.get(d) ?? 0) + 1);
  const common = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
  const failed = state.status === "error" && state.values !== undefined;
  const isCited = (item: string) =>
    failed ? state.values![justificationField.cite(target, item)] === "on" : linked.has(item);
  if (total === 0) {
    return <p className="text-sm text-ink-muted">{t("noFeedback", { round: roundNumber })}</p>;
  }
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 font-medium">{t("feedback", { count: total })}</legend>
      <p className="text-sm text-ink-muted">{t("feedbackHint")}</p>
      <label className="flex flex-wrap items-center gap-2" htmlFor={fieldId}>
        <span className="font-medium">{t("dispositionAll")}</span>
        <Select
          id={fieldId}
          name={justificationField.disposition(target)}
          defaultValue={submittedValue(state, justificationField.disposition(target), common)}
          aria-invalid={error ? true : undefined}
          className="w-auto"
        >
          <DispositionOptions empty={t("dispositionChoose")} />
        </Select>
      </label>
      {error ? <p className="text-sm font-medium text-danger-ink">{error}</p> : null}
      {groups.map((group) => (
        <details key={group.key} open={group.open} className="rounded-md border border-line p-3">
          <summary className="cursor-pointer font-medium">
            {t("group", { label: group.label, count: group.items.length })}
          </summary>
          <ol className="mt-2 flex flex-col gap-3">
            {group.items.map((item) => {
              const own = linked.get(item.id);
              return (
                <li key={item.id} className="flex flex-col gap-2 border-t border-line pt-3">
                  <label className="flex items-start gap-3">
                    <input
                      type="checkbox"
                      name={justificationField.cite(target, item.id)}
                      defaultChecked={isCited(item.id)}
                      className="mt-1 size-5 shrink-0"
                    />
                    <span className="flex flex-col gap-1">
                      <span className="text-sm font-medium">
                        {t("cite")} · {tp(item.position ?? "none")}
                      </span>
                      {item.reason ? (
                        <span className="whitespace-pre-line">{item.reason}</span>
                      ) : null}
                      {item.suggestion ? (
                        <span className="whitespace-pre-line">
                          <span className="font-medium">{t("suggested")}</span> {item.suggestion}
                        </span>
                      ) : null}
                    </span>
                  </label>
                  <label className="ml-8 flex flex-wrap items-center gap-2 text-sm">
                    <span>{t("dispositionOwn")}</span>
                    <Select
                      name={justificationField.as(target, item.id)}
                      defaultValue={submittedValue(
                        state,
                        justificationField.as(target, item.id),
                        own && own !== common ? own : "",
                      )}
                      className="w-auto"
                    >
                      <DispositionOptions empty={t("dispositionSame")} />
                    </Select>
                  </label>
                </li>
              );
            })}
          </ol>
        </details>
      ))}
    </fieldset>
  );
}

function DispositionOptions({ empty }: { empty: string }) {
  const t = useTranslations("justify.disposition");
  return (
    <>
      <option value="">{empty}</option>
      {dispositions.map((d) => (
        <option key={d} value={d}>
          {t(d)}
        </option>
      ))}
    </>
  );
}
