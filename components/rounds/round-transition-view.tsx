import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { StartNextVersionForm } from "@/components/text/start-next-version-form.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { LocalTime } from "@/components/ui/local-time.tsx";
import type { FormState } from "@/lib/forms/form-state.ts";
import type {
  RoundTransition,
  TransitionStepKey,
  TransitionStepStatus,
} from "@/lib/rounds/get-round-transition.ts";
import { CloseRoundForm } from "./close-round-form.tsx";
import { OpenRoundForm } from "./open-round-form.tsx";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const tone = { done: "success", next: "accent", todo: "neutral", waiting: "neutral" } as const;

/**
 * From round N to round N+1 in order: close, read the results and the feedback, draft and
 * justify the next version, send the summary (which then says what changes, and why), open
 * the next round. Each step says what is done and what is left, with its action at hand.
 */
export async function RoundTransitionView({
  studyId,
  transition,
  actions,
}: {
  studyId: string;
  transition: RoundTransition;
  /** Null for observers. */
  actions: { close: Action; startNextVersion: Action; open: Action } | null;
}) {
  const t = await getTranslations("rounds.transition");
  const { round, nextVersion: v, summary } = transition;
  const n = round.number;
  const next = n + 1;
  const base = `/studies/${studyId}`;
  const status = new Map(transition.steps.map((s) => [s.key, s.status]));
  const link = (href: string, label: string) => (
    <Link href={href} className="font-medium">
      {label}
    </Link>
  );

  const body: Record<TransitionStepKey, ReactNode> = {
    close:
      round.state === "CLOSED" ? (
        <p>
          {t("close.done", { respondents: round.respondents, seated: round.seated })}{" "}
          {round.closedAt ? <LocalTime iso={round.closedAt.toISOString()} /> : null}
        </p>
      ) : (
        <>
          <p>
            {t("close.open", { respondents: round.respondents, seated: round.seated })}{" "}
            <LocalTime iso={round.closesAt.toISOString()} />
          </p>
          {actions ? <CloseRoundForm action={actions.close} /> : null}
        </>
      ),
    results: (
      <p>
        {transition.noConsensus === null
          ? t("results.waiting")
          : t("results.body", { count: transition.noConsensus })}{" "}
        {round.state === "CLOSED" ? link(`${base}/rounds/${n}/results`, t("results.link")) : null}
      </p>
    ),
    feedback: (
      <p>
        {t("feedback.body", transition.feedback)}{" "}
        {round.state === "CLOSED" ? link(`${base}/rounds/${n}/feedback`, t("feedback.link")) : null}
      </p>
    ),
    version: v ? (
      <p>
        {t("version.body", { number: v.number, changes: v.changes })}{" "}
        {link(`${base}/text`, t("version.link", { number: v.number }))}
      </p>
    ) : actions && round.state === "CLOSED" ? (
      <StartNextVersionForm action={actions.startNextVersion} number={round.versionNumber} />
    ) : (
      <p>{t("version.none", { number: round.versionNumber + 1 })}</p>
    ),
    justify: v ? (
      <p>
        {t("justify.body", { done: v.required - v.missing, total: v.required })}{" "}
        {link(`${base}/text/justify`, t("justify.link"))}
      </p>
    ) : (
      <p>{t("justify.waiting")}</p>
    ),
    summary: (
      <p>
        {summary.status === "sent"
          ? status.get("summary") === "done"
            ? t("summary.sent", { revision: summary.revision ?? 1 })
            : t("summary.stale", { revision: summary.revision ?? 1 })
          : status.get("justify") === "done"
            ? t("summary.ready")
            : t("summary.wait", { number: v?.number ?? round.versionNumber + 1 })}{" "}
        {round.state === "CLOSED" ? link(`${base}/rounds/${n}/summary`, t("summary.link")) : null}
      </p>
    ),
    open:
      transition.nextRound && transition.nextRound.state !== "SCHEDULED" ? (
        <p>
          {t("open.done", { number: next })} {link(`${base}/rounds/${next}`, t("open.link"))}
        </p>
      ) : status.get("open") === "waiting" ? (
        <p>{t("open.waiting", { next })}</p>
      ) : (
        <>
          {transition.afterLastPlannedRound ? (
            <p>
              {t("open.lastPlanned", { planned: n })} {link(base, t("open.publishLink"))}
            </p>
          ) : null}
          {actions ? (
            <OpenRoundForm
              action={actions.open}
              number={next}
              ratingScaleMax={transition.ratingScaleMax}
              plannedRoundDays={transition.plannedRoundDays}
            />
          ) : null}
        </>
      ),
  };

  return (
    <ol className="flex flex-col gap-4" aria-label={t("stepsLabel", { number: n, next })}>
      {transition.steps.map((step, index) => (
        <li
          key={step.key}
          aria-current={step.status === "next" ? "step" : undefined}
          data-status={step.status}
          className={
            "flex flex-col gap-3 rounded-lg border bg-surface p-5 " +
            (step.status === "next" ? "border-2 border-accent" : "border-line")
          }
        >
          <div className="flex flex-wrap items-center gap-3">
            <h3 className="text-lg">
              {index + 1}. {t(`${step.key}.title`, { number: n, next, version: v?.number ?? next })}
            </h3>
            <StepBadge status={step.status} label={t(`status.${step.status}`)} />
          </div>
          {body[step.key]}
        </li>
      ))}
    </ol>
  );
}

function StepBadge({ status, label }: { status: TransitionStepStatus; label: string }) {
  return <Badge tone={tone[status]}>{label}</Badge>;
}
