import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert.tsx";
import { Card, CardTitle } from "@/components/ui/card.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import type { VersionForEditing } from "@/lib/versions/get-version-for-editing.ts";
import type { RestorableClause } from "@/lib/versions/list-restorable-clauses.ts";
import { AddClauseForm } from "./add-clause-form.tsx";
import { ClauseEditor, type ClauseStep } from "./clause-editor.tsx";
import { ExplanatoryTextForm } from "./explanatory-text-form.tsx";
import { RestoreClauses } from "./restore-clauses.tsx";
import { StartNextVersionForm } from "./start-next-version-form.tsx";
import type { TextActions } from "./types.ts";
import { VersionText } from "./version-text.tsx";
import { can } from "@/lib/auth/permissions.ts";

/**
 * The editor of a version's text. A version the caller may not change (an observer, or a
 * version a round has locked) is shown as the panel reads it, with the reason.
 */
export async function TextEditor({
  version,
  step,
  actions,
  restorable = [],
}: {
  version: VersionForEditing;
  /** The clause being removed, split or merged (the ?remove=/?split=/?merge= page state). */
  step?: { kind: Exclude<ClauseStep, null>; clauseId: string };
  actions: TextActions;
  /** Clauses of earlier versions the draft no longer has. */
  restorable?: RestorableClause[];
}) {
  const t = await getTranslations("text");
  const tc = await getTranslations("common");
  const { clauses } = version;

  if (!version.canEdit) {
    const isEmpty = !version.explanatoryText.trim() && clauses.length === 0;
    return (
      <div className="flex flex-col gap-6">
        <Alert tone="info" label={tc("alert.info")}>
          {version.status === "DRAFT"
            ? t("readOnly.observer")
            : t("readOnly.locked", { number: version.number })}
        </Alert>
        {version.status === "LOCKED" && can(version.role, "study.edit") ? (
          <Card as="section">
            <CardTitle>{t("nextVersion.title", { next: version.number + 1 })}</CardTitle>
            <StartNextVersionForm action={actions.startNextVersion} number={version.number} />
          </Card>
        ) : null}
        {isEmpty ? (
          <EmptyState headingLevel="h3" title={t("preview.emptyTitle")} />
        ) : (
          <Card>
            <VersionText explanatoryText={version.explanatoryText} clauses={clauses} />
          </Card>
        )}
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-8">
      <Card as="section">
        <h3 className="mb-4 text-xl">{t("explanatory.title")}</h3>
        <ExplanatoryTextForm
          action={actions.updateExplanatoryText}
          versionId={version.id}
          text={version.explanatoryText}
          textHash={version.textHash}
        />
      </Card>

      <section aria-labelledby="clauses-title" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-baseline gap-3">
          <h3 id="clauses-title" className="text-xl">
            {t("clauses.title")}
          </h3>
          <span className="text-sm text-ink-muted">
            {t("clauses.count", { count: clauses.length })}
          </span>
        </div>
        {clauses.length === 0 ? (
          <EmptyState
            headingLevel="h3"
            title={t("clauses.emptyTitle")}
            description={t("clauses.emptyBody")}
          />
        ) : (
          <ol className="flex flex-col gap-4">
            {clauses.map((clause, index) => (
              <ClauseEditor
                key={clause.id}
                studyId={version.studyId}
                clause={clause}
                next={clauses[index + 1]}
                isFirst={index === 0}
                step={step?.clauseId === clause.id ? step.kind : null}
                actions={actions}
              />
            ))}
          </ol>
        )}
      </section>

      <Card as="section">
        <h3 className="mb-4 text-xl">{t("add.title")}</h3>
        <AddClauseForm action={actions.addClause} versionId={version.id} />
      </Card>

      {restorable.length > 0 ? (
        <RestoreClauses action={actions.restoreClause} version={version} restorable={restorable} />
      ) : null}
    </div>
  );
}
