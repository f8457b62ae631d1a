import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { DiffText } from "@/components/versions/diff-text.tsx";
import type { FormAction } from "@/components/text/types.ts";
import type { JustificationWorkspace } from "@/lib/justifications/get-justification-workspace.ts";
import { describeTarget } from "@/lib/justifications/describe-target.ts";
import { citableFeedback } from "@/lib/justifications/feedback-items.ts";
import { missingJustifications } from "@/lib/justifications/load-version-changes.ts";
import { JustificationForm } from "./justification-form.tsx";

/** Every change of the draft with its justification form, and how many are still owed. */
export async function JustificationWorkspaceView({
  workspace,
  studyId,
  action,
}: {
  workspace: JustificationWorkspace;
  studyId: string;
  action: FormAction;
}) {
  const t = await getTranslations("justify");
  const tc = await getTranslations("common");
  const td = await getTranslations("versions.diff");
  const labels = { added: td("added"), removed: td("removed") };
  const { version, targets, round } = workspace;
  const number = version.number;
  const required = targets.filter((x) => x.required);
  const missing = missingJustifications(workspace).length;
  const values = { number, previous: workspace.previousNumber, round: round?.number ?? 0 };

  return (
    <div className="flex flex-col gap-6">
      <p className="max-w-prose text-ink-muted">
        {round ? t("intro", values) : t("introNoRound", values)}
      </p>
      {!workspace.canEdit ? (
        <Alert tone="info" label={tc("alert.info")}>
          {version.status === "DRAFT" ? t("observer") : t("readOnly", values)}
        </Alert>
      ) : null}
      {targets.length === 0 ? (
        <p>{t("noChanges", values)}</p>
      ) : (
        <div role="status" className="flex flex-col gap-1">
          <p className="font-medium">
            {t("progress", { done: required.length - missing, total: required.length })}
          </p>
          {version.status === "DRAFT" ? (
            <p>
              {missing === 0
                ? t("allDone", { number, round: (round?.number ?? 0) + 1 })
                : t("stillMissing", { count: missing, number })}
            </p>
          ) : null}
        </div>
      )}
      <ol className="flex flex-col gap-6">
        {targets.map((target) => {
          const titleId = `change-${target.key}`;
          const feedback = citableFeedback(workspace.feedback, target);
          return (
            <li key={target.key}>
              <section
                aria-labelledby={titleId}
                className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-5 shadow-xs"
              >
                <div className="flex flex-wrap items-center gap-2">
                  <h3 id={titleId} className="text-lg">
                    {describeTarget(target)}
                  </h3>
                  {target.justification ? (
                    <Badge tone="success">{t("justified")}</Badge>
                  ) : (
                    <Badge tone={target.required ? "warning" : "neutral"}>
                      {target.required ? t("required") : t("optional")}
                    </Badge>
                  )}
                  {target.contested ? (
                    <Badge tone="danger">{t("contested", { round: round?.number ?? 0 })}</Badge>
                  ) : null}
                </div>
                {target.parts.map((part, i) => (
                  <p key={i}>
                    {part.to !== null && target.parts.length > 1 ? (
                      <span className="font-medium">{td("clause", { number: part.to })}: </span>
                    ) : null}
                    <DiffText segments={part.segments} labels={labels} />
                  </p>
                ))}
                {workspace.canEdit ? (
                  <JustificationForm
                    action={action}
                    studyId={studyId}
                    versionId={version.id}
                    targetKey={target.key}
                    justification={target.justification}
                    feedback={feedback}
                    roundNumber={round?.number ?? null}
                  />
                ) : target.justification ? (
                  <p className="whitespace-pre-line">{target.justification.text}</p>
                ) : null}
              </section>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
