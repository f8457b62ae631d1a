"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { submittedValue, useMessage } from "@/components/forms/use-message.ts";
import { Field } from "@/components/ui/field.tsx";
import { Input } from "@/components/ui/input.tsx";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table.tsx";
import { Textarea } from "@/components/ui/textarea.tsx";
import { idleState, type FormState } from "@/lib/forms/form-state.ts";
import type { PanelImportError } from "@/lib/panel/parse-panel-csv.ts";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Upload or paste; on problems, the summary on top and every problem in a table by row. */
export function ImportPanelForm({ action }: { action: Action }) {
  const t = useTranslations("panel.import");
  const [state, formAction] = useActionState(action, idleState);
  const errors = state.status === "error" ? importErrors(state) : [];
  return (
    <div className="flex flex-col gap-6">
      <form action={formAction} className="flex flex-col gap-5" noValidate>
        <FormErrors state={state} />
        <Field id="panel-import-file" label={t("fileLabel")} hint={t("fileHint")}>
          {(c) => (
            <Input {...c} type="file" name="file" accept=".csv,text/csv" className="py-1.5" />
          )}
        </Field>
        <Field id="panel-import-csv" label={t("csvLabel")} hint={t("csvHint")}>
          {(c) => (
            <Textarea
              {...c}
              name="csv"
              rows={6}
              spellCheck={false}
              className="font-mono text-sm"
              defaultValue={submittedValue(state, "csv")}
            />
          )}
        </Field>
        <div>
          <SubmitButton pendingLabel={t("importing")}>{t("submit")}</SubmitButton>
        </div>
      </form>
      {errors.length ? <ImportErrorTable errors={errors} /> : null}
    </div>
  );
}

function importErrors(state: FormState): PanelImportError[] {
  const data = state.data as { errors?: PanelImportError[] } | undefined;
  return data?.errors ?? [];
}

function ImportErrorTable({ errors }: { errors: PanelImportError[] }) {
  const t = useTranslations("panel.import");
  const message = useMessage();
  return (
    <section aria-labelledby="import-problems" className="flex flex-col gap-2">
      <h3 id="import-problems" className="text-lg">
        {t("problemsTitle")}
      </h3>
      <p className="text-sm text-ink-muted">{t("rowHint")}</p>
      <Table caption={t("problemsCaption")} captionHidden>
        <THead>
          <Tr>
            <Th numeric>{t("problemColumns.row")}</Th>
            <Th>{t("problemColumns.column")}</Th>
            <Th>{t("problemColumns.problem")}</Th>
          </Tr>
        </THead>
        <TBody>
          {errors.map((e, i) => (
            <Tr key={i} data-testid="import-problem">
              <Td numeric>{e.row ?? t("wholeFile")}</Td>
              <Td>{e.column ? <code>{e.column}</code> : null}</Td>
              <Td>{message(e.message)}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </section>
  );
}
