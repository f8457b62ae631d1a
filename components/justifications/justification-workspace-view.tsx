import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { DiffText } from "@/components/versions/diff-text.tsx";
import type { FormAction } from "@/components/text/types.ts";
import type { JustificationWorkspace } from "@/lib/justifications/get-justification-workspace.ts";
import { describeTarget } from "@/lib/justifications/describe-target.ts";
import { citableFeedback, type FeedbackItem } from "@/lib/justifications/feedback-items.ts";
import { justificationFingerprint } from "@/lib/justifications/fingerprint.ts";
import {
  missingJustifications,
  type JustifiedTarget,
} from "@/lib/justifications/version-changes.ts";
import type { FeedbackGroup } from "./feedback-citations.tsx";
import { JustificationsForm } from "./justifications-form.tsx";

/** Every change of the draft, how many are still owed, and one form to justify them all. */
export async function JustificationWorkspaceView({
  workspace,
  action,
}: {
  workspace: JustificationWorkspace;
  action: FormAction;
}) {
  const t = await getTranslations("justify");
  const tc = await getTranslations("common");
  const { version, targets, round } = workspace;
  const number = version.number;
  const required = targets.filter((x) => x.required);
  const missing = missingJustifications(workspace).length;
  const values = { number, previous: workspace.previousNumber, round: round?.number ?? 0 };
  const contestedLabel = (roundNumber: number) =>
    workspace.partsRule === "NO_OBJECTION"
      ? t("contestedObjection", { round: roundNumber })
      : t("contested", { round: roundNumber });
  const header = (target: JustifiedTarget) => (
    <ChangeHeader target={target} contested={contestedLabel(round?.number ?? 0)} />
  );

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
              {missing > 0
                ? t("stillMissing", { count: missing, number })
                : workspace.afterLastPlannedRound
                  ? t("allDoneFinal", { number })
                  : t("allDone", { number, round: (round?.number ?? 0) + 1 })}
            </p>
          ) : null}
        </div>
      )}
      {workspace.canEdit && targets.length ? (
        <JustificationsForm
          action={action}
          versionId={version.id}
          roundNumber={round?.number ?? 0}
          targets={await Promise.all(
            targets.map(async (target) => ({
              key: target.key,
              header: header(target),
              justification: target.justification,
              base: justificationFingerprint(target.justification),
              feedback: await groupFeedback(citableFeedback(workspace.feedback, target)),
            })),
          )}
        />
      ) : (
        <ol className="flex flex-col gap-6">
          {targets.map((target) => (
            <li key={target.key}>
              <section
                aria-labelledby={`change-${target.key}`}
                className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-5 shadow-xs"
              >
                {header(target)}
                {target.justification ? (
                  <p className="whitespace-pre-line">{target.justification.text}</p>
                ) : null}
              </section>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

async function ChangeHeader({ target, contested }: { target: JustifiedTarget; contested: string }) {
  const t = await getTranslations("justify");
  const td = await getTranslations("versions.diff");
  const labels = { added: td("added"), removed: td("removed") };
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={`change-${target.key}`} className="text-lg">
          {describeTarget(target)}
        </h3>
        {target.justification ? (
          <Badge tone="success">{t("justified")}</Badge>
        ) : (
          <Badge tone={target.required ? "warning" : "neutral"}>
            {target.required ? t("required") : t("optional")}
          </Badge>
        )}
        {target.contested ? <Badge tone="danger">{contested}</Badge> : null}
      </div>
      {target.parts.map((part, i) => (
        <p key={i}>
          {part.to !== null && target.parts.length > 1 ? (
            <span className="font-medium">{td("clause", { number: part.to })}: </span>
          ) : null}
          <DiffText segments={part.segments} labels={labels} />
        </p>
      ))}
    </>
  );
}

/** Consecutive items on the same part form a group; the first group (the most relevant) is open. */
async function groupFeedback(items: FeedbackItem[]): Promise<FeedbackGroup[]> {
  const t = await getTranslations("justify.form");
  const groups: FeedbackGroup[] = [];
  for (const item of items) {
    const key = item.on.kind === "clause" ? item.on.clauseVersionId : item.on.kind;
    const last = groups.at(-1);
    if (last?.key === key) {
      last.items.push(item);
      continue;
    }
    const label =
      item.on.kind === "clause"
        ? t("onClause", { number: item.on.number })
        : t(`on.${item.on.kind}`);
    groups.push({ key, label, items: [item], open: groups.length === 0 });
  }
  return groups;
}
