import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card.tsx";
import type { RestorableClause } from "@/lib/versions/list-restorable-clauses.ts";
import { RestoreClauseForm } from "./restore-clause-form.tsx";
import type { FormAction } from "./types.ts";

/** The clauses of earlier versions the draft no longer has, each with a "Restore" form. */
export async function RestoreClauses({
  action,
  version,
  restorable,
}: {
  action: FormAction;
  version: { id: string; number: number; clauses: { id: string; position: number }[] };
  restorable: RestorableClause[];
}) {
  const t = await getTranslations("text.restore");
  return (
    <Card as="section">
      <h3 className="mb-2 text-xl">{t("title")}</h3>
      <p className="mb-4 max-w-prose">{t("intro", { number: version.number })}</p>
      <ul className="flex flex-col gap-4">
        {restorable.map((clause) => (
          <RestoreClauseForm
            key={clause.clauseVersionId}
            action={action}
            versionId={version.id}
            clause={clause}
            draftClauses={version.clauses.map((c) => ({ id: c.id, position: c.position }))}
          />
        ))}
      </ul>
    </Card>
  );
}
