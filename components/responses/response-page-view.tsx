import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Markdown } from "@/components/markdown/markdown.tsx";
import { VersionText } from "@/components/text/version-text.tsx";
import { Alert } from "@/components/ui/alert.tsx";
import { Card, CardTitle } from "@/components/ui/card.tsx";
import type { FormState } from "@/lib/forms/form-state.ts";
import type { ResponsePage } from "@/lib/responses/get-response-page.ts";
import { LocalTime } from "@/components/ui/local-time.tsx";
import { previousNodes } from "./previous-feedback.tsx";
import { ResponseForm } from "./response-form.tsx";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** The expert's page for one round: the text, then their answers (read-only once closed). */
export async function ResponsePageView(props: {
  page: ResponsePage;
  landingHref: string;
  endpoint: string;
  action: Action;
}) {
  const { page } = props;
  const t = await getTranslations("response");
  const tc = await getTranslations("common");
  const tf = await getTranslations("forms");
  const { round, version, previous } = page;
  const title = `${t("metaTitle", { number: round.number })} · ${tc("productName")}`;
  const closedAt = (round.closedAt ?? round.closesAt).toISOString();
  const heading = (
    <header className="flex flex-col gap-2">
      <p className="text-sm text-ink-muted">
        {t("eyebrow", { study: page.study.title, number: round.number })}
      </p>
      <h1 className="text-3xl">{t("title", { number: round.number })}</h1>
      {round.isAccepting ? (
        <p>
          {t.rich("deadline", { date: () => <LocalTime iso={round.closesAt.toISOString()} /> })}
        </p>
      ) : null}
      <p>
        <Link href={props.landingHref}>{t("backToStudy")}</Link>
      </p>
    </header>
  );
  const context = (
    <>
      {round.isAccepting ? null : (
        <Alert tone="warning" label={tc("alert.warning")} title={t("closedTitle")}>
          {t.rich("closedOn", { date: () => <LocalTime iso={closedAt} /> })}
        </Alert>
      )}
      {previous?.summary ? (
        <Card as="section">
          <CardTitle>{t("previous.summaryTitle", { number: previous.roundNumber })}</CardTitle>
          <Markdown source={previous.summary} className="mt-3" />
        </Card>
      ) : null}
      {previous && !previous.ownSubmitted ? (
        <p className="text-sm text-ink-muted">
          {t("previous.ownDraft", { number: previous.roundNumber })}
        </p>
      ) : null}
      <Card as="section">
        <CardTitle>{t("versionTitle", { number: version.number })}</CardTitle>
        <VersionText
          explanatoryText={version.explanatoryText}
          clauses={version.clauses}
          className="mt-3"
        />
      </Card>
      <h2 id="your-answers" className="text-2xl">
        {t("yourAnswersTitle")}
      </h2>
      {round.isAccepting ? <p className="text-ink-muted">{t("intro")}</p> : null}
    </>
  );
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <ResponseForm
        heading={heading}
        context={context}
        titles={{ page: title, error: tf("errorTitle", { title }) }}
        action={props.action}
        endpoint={props.endpoint}
        localKey={page.localKey}
        readOnly={!round.isAccepting}
        closesAt={round.closesAt.toISOString()}
        ratingMax={page.ratingScaleMax}
        explanatoryText={version.explanatoryText}
        clauses={version.clauses}
        response={page.response}
        previous={previousNodes(previous)}
      />
    </div>
  );
}
