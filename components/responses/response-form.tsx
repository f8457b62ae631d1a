"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { useMessage } from "@/components/forms/use-message.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Field } from "@/components/ui/field.tsx";
import { Textarea } from "@/components/ui/textarea.tsx";
import { idleState, type FormState } from "@/lib/forms/form-state.ts";
import type { ResponseSnapshot } from "@/lib/responses/get-response-snapshot.ts";
import { LIMITS } from "@/lib/responses/limits.ts";
import { fieldName, type FlatValues } from "@/lib/responses/response-form-data.ts";
import { AnswerProgress, useAnswerProgress } from "./answer-progress.tsx";
import { AutosaveStatusLine } from "./autosave-status-line.tsx";
import { ConflictPanel } from "./conflict-panel.tsx";
import { OverallFieldset } from "./overall-fieldset.tsx";
import { errorTargets, type FormPart } from "./error-targets.ts";
import { PartFieldset, partIds, type PartDefaults } from "./part-fieldset.tsx";
import { ResponseStatus } from "./response-status.tsx";
import { useHydrated } from "./use-hydrated.ts";
import { useFormPosting } from "./use-form-posting.ts";
import { useResponseAutosave } from "./use-response-autosave.ts";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type Clause = { id: string; position: number; text: string };

/** What the response action returns in FormState.data. */
export type ResponseActionData = {
  saved?: "draft" | "submitted";
  response?: ResponseSnapshot;
  conflict?: ResponseSnapshot;
};

export function ResponseForm(props: {
  action: Action;
  endpoint: string;
  localKey: string;
  readOnly: boolean;
  /** The round's deadline (ISO). */
  closesAt: string;
  ratingMax: number | null;
  explanatoryText: string;
  clauses: Clause[];
  response: ResponseSnapshot | null;
  previous: { text?: ReactNode; overall?: ReactNode; clause: Record<string, ReactNode> };
  /**
   * The page around the form: its heading, then what comes before the form (the version,
   * the last summary). The error summary goes between the two, first thing after the
   * heading, as a page rendered after a refused POST without JavaScript needs it.
   */
  heading: ReactNode;
  context: ReactNode;
  /**
   * The document's title after a post, refused ("Error: …") or not. Without JavaScript
   * the page's metadata leaves the title to the form then (isPlainFormPost).
   */
  titles: { page: string; error: string };
}) {
  const t = useTranslations("response");
  const message = useMessage();
  const [state, formAction, posting] = useActionState(props.action, idleState);
  const data = state.data as ResponseActionData | undefined;
  const formRef = useRef<HTMLFormElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const hydrated = useHydrated();
  const { clauses, response } = props;
  const hasText = props.explanatoryText.trim() !== "";

  // An empty suggestion box shows the current wording, to be edited.
  const fieldDefaults = useMemo(() => {
    const out: FlatValues = {};
    if (hasText) out[fieldName.text("suggestion")] = props.explanatoryText;
    for (const c of clauses) out[fieldName.clause(c.id, "suggestion")] = c.text;
    return out;
  }, [clauses, hasText, props.explanatoryText]);

  // The highest revision the server has acknowledged to this page. A later submission it
  // refuses (a reason missing, the database busy) replies without an answer: the form must
  // not fall back to the revision it loaded with, or the next save would be refused as a
  // conflict with the expert's own answer.
  const replied = data?.response?.revision ?? 0;
  const [acknowledged, setAcknowledged] = useState(response?.revision ?? 0);
  if (replied > acknowledged) setAcknowledged(replied);

  const autosave = useResponseAutosave({
    formRef,
    endpoint: props.endpoint,
    localKey: props.localKey,
    enabled: !props.readOnly,
    // The action's reply carries the stored answer (the page is not re-rendered for it).
    serverRevision: Math.max(acknowledged, replied, response?.revision ?? 0),
    postEnded: state.at,
    fieldDefaults,
  });

  const [dismissed, setDismissed] = useState<number | undefined>(undefined);
  const actionConflict = data?.conflict && dismissed !== state.at ? data.conflict : null;
  const conflict = autosave.conflict ?? actionConflict;
  const current = [response, autosave.latest, data?.response]
    .filter((r): r is ResponseSnapshot => Boolean(r))
    .reduce<ResponseSnapshot | null>((a, b) => (!a || b.revision > a.revision ? b : a), null);

  useEffect(() => {
    // After a successful save or submit, move focus to the confirmation.
    if (state.status === "success") statusRef.current?.focus();
  }, [state.status, state.at]);

  const { isBusy, post } = useFormPosting({
    formRef,
    state,
    formAction,
    beforePost: autosave.cancelPending,
  });

  const v = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  const err = (name: string) => message(state.fieldErrors?.[name]);
  const part = (prefix: string, name: (p: keyof PartDefaults) => string, stored: PartDefaults) => ({
    defaults: {
      position: v(name("position"), stored.position),
      reason: v(name("reason"), stored.reason),
      suggestion: v(name("suggestion"), stored.suggestion),
      rating: v(name("rating"), stored.rating),
    },
    errors: {
      reason: err(name("reason")),
      suggestion: err(name("suggestion")),
      rating: err(name("rating")),
    },
    idPrefix: prefix,
    name,
  });

  const clauseLabels = Object.fromEntries(
    clauses.map((c) => [c.id, t("part.clauseLegend", { number: c.position })]),
  );
  const formParts: (FormPart & { stored: string })[] = [
    ...(hasText
      ? [
          {
            label: t("part.textLegend"),
            prefix: "text",
            name: fieldName.text as FormPart["name"],
            stored: current?.text.position ?? "",
          },
        ]
      : []),
    ...clauses.map((c) => ({
      label: clauseLabels[c.id]!,
      prefix: `c-${c.id}`,
      name: (p: Parameters<FormPart["name"]>[0]) => fieldName.clause(c.id, p),
      stored: current?.clause[c.id]?.position ?? "",
    })),
  ];
  const { fieldIds, fieldLabels } = errorTargets(formParts, {
    overall: t("overall.legend"),
    comments: t("comments"),
  });
  const answerProgress = useAnswerProgress(
    formRef,
    [
      ...formParts.map((p) => ({
        anchor: partIds(p.prefix).position,
        label: p.label,
        name: p.name("position"),
        stored: v(p.name("position"), p.stored),
      })),
      {
        anchor: "overall-can",
        label: t("overall.legend"),
        name: "overallPosition",
        stored: v("overallPosition", current?.overallPosition ?? ""),
      },
    ],
    autosave.filled,
  );
  const progress = answerProgress.progress;
  const onChange = () => {
    autosave.onChange();
    answerProgress.recount();
  };

  // Defaults: the newest stored answer, or what a refused POST sent back (the page rendered
  // after a POST without JavaScript).
  const overallDefault = v("overallPosition", current?.overallPosition ?? "");

  return (
    <>
      {state.status === "idle" ? null : (
        <title>{state.status === "error" ? props.titles.error : props.titles.page}</title>
      )}
      {props.heading}
      {isBusy && hydrated ? (
        <Alert tone="warning" label={t("autosave.busy")} role="status" />
      ) : (
        <FormErrors
          state={data?.conflict ? { status: "idle" } : state}
          fieldIds={fieldIds}
          fieldLabels={fieldLabels}
        />
      )}
      {props.context}
      <form
        ref={formRef}
        action={formAction}
        onChange={onChange}
        onSubmit={post}
        aria-labelledby="your-answers"
        className="flex flex-col gap-6"
        noValidate
      >
        <ResponseStatus
          ref={statusRef}
          response={current}
          saved={state.status === "success" ? data?.saved : undefined}
          closesAt={props.closesAt}
        />
        {conflict ? (
          <ConflictPanel
            theirs={conflict}
            labels={{ clause: clauseLabels }}
            interactive={hydrated}
            onResolve={(keep) => {
              setDismissed(state.at);
              autosave.resolve(conflict, keep);
            }}
          />
        ) : null}
        {props.readOnly ? null : <AnswerProgress parts={progress} links />}
        <input type="hidden" name="revision" value={autosave.revision} />
        <fieldset disabled={props.readOnly} className="flex min-w-0 flex-col gap-6">
          {hasText ? (
            <PartFieldset
              legend={t("part.textLegend")}
              original={props.explanatoryText}
              ratingMax={null}
              previous={props.previous.text}
              {...part("text", fieldName.text as (p: keyof PartDefaults) => string, {
                position: current?.text.position ?? "",
                reason: current?.text.reason ?? "",
                suggestion: current?.text.suggestion || props.explanatoryText,
                rating: "",
              })}
            />
          ) : null}
          {clauses.map((c) => {
            const answer = current?.clause[c.id];
            return (
              <PartFieldset
                key={c.id}
                legend={clauseLabels[c.id]!}
                wording={c.text}
                original={c.text}
                ratingMax={props.ratingMax}
                previous={props.previous.clause[c.id]}
                {...part(`c-${c.id}`, (p) => fieldName.clause(c.id, p), {
                  position: answer?.position ?? "",
                  reason: answer?.reason ?? "",
                  suggestion: answer?.suggestion || c.text,
                  rating: answer?.rating ? String(answer.rating) : "",
                })}
              />
            );
          })}
          <OverallFieldset
            defaultValue={overallDefault}
            error={err("overallPosition")}
            previous={props.previous.overall}
          />
          <Field
            id="general-comments"
            label={t("comments")}
            hint={t("commentsHint", { max: LIMITS.comments })}
            error={err("generalComments")}
          >
            {(c) => (
              <Textarea
                {...c}
                name="generalComments"
                rows={5}
                maxLength={LIMITS.comments}
                defaultValue={v("generalComments", current?.generalComments ?? "")}
              />
            )}
          </Field>
        </fieldset>
        {props.readOnly ? null : (
          <div className="flex flex-col gap-3">
            <AnswerProgress parts={progress} links={false} />
            {/* Save comes first: Enter in a field triggers the first button, and should not submit. */}
            <div className="flex flex-wrap gap-3">
              <SubmitButton
                name="intent"
                value="save"
                variant="secondary"
                pending={posting}
                pendingLabel={t("saving")}
              >
                {t("saveDraft")}
              </SubmitButton>
              <SubmitButton
                name="intent"
                value="submit"
                pending={posting}
                pendingLabel={t("submitting")}
              >
                {current?.submittedAt ? t("resubmit") : t("submit")}
              </SubmitButton>
            </div>
            {hydrated ? <AutosaveStatusLine autosave={autosave} /> : null}
          </div>
        )}
      </form>
    </>
  );
}
