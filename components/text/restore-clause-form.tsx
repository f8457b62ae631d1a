"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { Select } from "@/components/ui/select.tsx";
import { idleState } from "@/lib/forms/form-state.ts";
import type { RestorableClause } from "@/lib/versions/list-restorable-clauses.ts";
import type { FormAction } from "./types.ts";

const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

/**
 * One clause of an earlier version with its "Restore" button: a plain form, so it works
 * without JavaScript. It carries the wording it shows (its hash) and the clause it is to go
 * before by id, so a page gone stale is refused rather than misplaced.
 */
export function RestoreClauseForm({
  action,
  versionId,
  clause,
  draftClauses,
}: {
  action: FormAction;
  versionId: string;
  clause: RestorableClause;
  /** The draft's clauses, as places to put it before. */
  draftClauses: { id: string; position: number }[];
}) {
  const t = useTranslations("text.restore");
  const [state, formAction] = useActionState(action, idleState);
  const values = { position: clause.position, version: clause.versionNumber };
  const titleId = `restore-${clause.clauseVersionId}-title`;
  return (
    <li
      aria-labelledby={titleId}
      className="flex flex-col gap-3 rounded-md border border-line bg-surface-muted p-4"
    >
      <h4 id={titleId} className="font-semibold">
        {t("from", values)}
      </h4>
      <p className="whitespace-pre-line">{clause.text}</p>
      <form action={formAction} className="flex flex-col gap-3">
        <FormErrors state={state} />
        <input type="hidden" name="versionId" value={versionId} />
        <input type="hidden" name="clauseVersionId" value={clause.clauseVersionId} />
        <input type="hidden" name="baseHash" value={clause.textHash} />
        <div className="flex flex-wrap items-end gap-3">
          <Field
            id={`restore-${clause.clauseVersionId}-where`}
            label={t.rich("where", { ...values, hidden })}
          >
            {(c) => (
              <Select {...c} name="beforeClauseVersionId" defaultValue="">
                <option value="">{t("atEnd")}</option>
                {draftClauses.map((d) => (
                  <option key={d.id} value={d.id}>
                    {t("before", { number: d.position })}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <SubmitButton size="sm" variant="secondary" pendingLabel={t("pending")}>
            {t.rich("submit", { ...values, hidden })}
          </SubmitButton>
        </div>
      </form>
    </li>
  );
}
