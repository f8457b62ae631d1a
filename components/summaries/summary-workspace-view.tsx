import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Markdown } from "@/components/markdown/markdown.tsx";
import { Alert } from "@/components/ui/alert.tsx";
import { Card, CardTitle } from "@/components/ui/card.tsx";
import { LocalTime } from "@/components/ui/local-time.tsx";
import type { FormState } from "@/lib/forms/form-state.ts";
import type { SummaryWorkspace } from "@/lib/summaries/get-summary-workspace.ts";
import { RemoveQuotationButton } from "./remove-quotation-button.tsx";
import { SendSummaryForm } from "./send-summary-form.tsx";
import { SummaryEditor } from "./summary-editor.tsx";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Write, preview and send the round's summary; see every revision sent. */
export async function SummaryWorkspaceView(props: {
  studyId: string;
  number: number;
  workspace: SummaryWorkspace;
  preview: string;
  /** Null for observers. */
  actions: { save: Action; remove: Action; send: Action } | null;
}) {
  const t = await getTranslations("summaries");
  const tc = await getTranslations("common");
  const { workspace, actions } = props;
  const { draft } = workspace;
  const lastSent = workspace.sent[0];
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h2 className="text-2xl">{t("title", { number: props.number })}</h2>
        <p className="text-ink-muted">{t("intro")}</p>
      </header>
      {workspace.roundState !== "CLOSED" ? (
        <Alert tone="info" label={tc("alert.info")}>
          {t("notClosed")}
        </Alert>
      ) : null}
      {lastSent && !draft.saved ? (
        <p>{t("correctionNote", { revision: lastSent.revision, next: draft.revision })}</p>
      ) : null}
      {actions ? (
        <Card as="section">
          <CardTitle>{t("draftLabel", { revision: draft.revision })}</CardTitle>
          <SummaryEditor action={actions.save} body={draft.body} />
        </Card>
      ) : null}
      <Card as="section">
        <CardTitle>{t("quotationsTitle")}</CardTitle>
        <p className="mb-3 text-sm text-ink-muted">{t("quotationsHint")}</p>
        {draft.quotations.length === 0 ? (
          <p>{t("quotationsEmpty")}</p>
        ) : (
          <ol className="flex flex-col gap-3">
            {draft.quotations.map((quote, index) => (
              <li
                key={`${index}:${quote}`}
                className="flex flex-wrap items-start justify-between gap-3"
              >
                <blockquote className="flex-1 border-l-4 border-line-strong pl-3 whitespace-pre-line">
                  {quote}
                </blockquote>
                {actions ? <RemoveQuotationButton action={actions.remove} index={index} /> : null}
              </li>
            ))}
          </ol>
        )}
        <p className="mt-3">
          <Link href={`/studies/${props.studyId}/rounds/${props.number}/feedback`}>
            {t("pickQuotations")}
          </Link>
        </p>
      </Card>
      <Card as="section">
        <CardTitle>{t("previewTitle")}</CardTitle>
        <p className="mb-3 text-sm text-ink-muted">{t("previewNote")}</p>
        {draft.body.trim() ? (
          <div className="rounded-md border border-line p-4" data-testid="summary-preview">
            <Markdown source={props.preview} />
          </div>
        ) : (
          <p>{t("previewEmpty")}</p>
        )}
      </Card>
      {actions ? (
        <Card as="section">
          <CardTitle>{t("sendTitle")}</CardTitle>
          <p className="mb-3">{t("sendBody")}</p>
          <SendSummaryForm
            action={actions.send}
            revision={draft.revision}
            hasDraft={draft.saved}
            everSent={workspace.sent.length > 0}
            changes={workspace.changes}
          />
        </Card>
      ) : null}
      {workspace.sent.length ? (
        <section aria-labelledby="sent-title" className="flex flex-col gap-3">
          <h3 id="sent-title" className="text-xl">
            {t("sentTitle")}
          </h3>
          {workspace.sent.map((s) => (
            <Card key={s.revision}>
              <p className="font-medium">
                {t("sentRevision", { revision: s.revision })}{" "}
                <LocalTime iso={s.sentAt.toISOString()} />
              </p>
              <details className="mt-2">
                <summary className="cursor-pointer">{t("showSent")}</summary>
                <Markdown source={s.sentBody} className="mt-3" />
              </details>
            </Card>
          ))}
        </section>
      ) : null}
    </div>
  );
}
