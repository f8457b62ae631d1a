import { getTranslations } from "next-intl/server";
import { Markdown } from "@/components/markdown/markdown.tsx";
import { PanelSummaries } from "@/components/summaries/panel-summaries.tsx";
import { Card, CardTitle } from "@/components/ui/card.tsx";
import type { FormState } from "@/lib/forms/form-state.ts";
import type { ExpertLanding } from "@/lib/expert-link/get-expert-landing.ts";
import { AcceptForm } from "./accept-form.tsx";
import { ExpertStageBanner } from "./expert-stage-banner.tsx";
import { DeclineForm } from "./decline-form.tsx";
import { NominateForm } from "./nominate-form.tsx";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export async function ExpertLandingView(props: {
  landing: ExpertLanding;
  /** The link's own path, e.g. /respond/<token>, for the open round's page under it. */
  basePath: string;
  accept: Action;
  decline: Action;
  nominate: Action;
}) {
  const { study, expert, nominations, stage, summaries } = props.landing;
  const t = await getTranslations("respond");
  const accepted = expert.status === "ACCEPTED";
  const declined = stage.kind === "declined";
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <p className="text-sm text-ink-muted">{t("eyebrow")}</p>
        <h1 className="text-3xl">{study.title}</h1>
        <p className="text-ink-muted">{t("greeting", { name: expert.name })}</p>
      </header>
      <ExpertStageBanner stage={stage} basePath={props.basePath} />
      {summaries.length ? <PanelSummaries summaries={summaries} /> : null}
      <Card as="section">
        <CardTitle>{t("purposeTitle")}</CardTitle>
        {study.purpose ? <Markdown source={study.purpose} className="mt-3" /> : null}
      </Card>
      <Card as="section">
        <CardTitle>{t("involvesTitle")}</CardTitle>
        <ul className="mt-3 list-disc pl-6">
          <li>{t("involves.rounds", { rounds: study.plannedRounds })}</li>
          <li>{t("involves.perClause")}</li>
          <li>{t("involves.summaries")}</li>
          <li>{t("involves.leave")}</li>
        </ul>
      </Card>
      <Card as="section">
        <CardTitle>{t("anonymityTitle")}</CardTitle>
        <p className="mt-3 whitespace-pre-line">{study.anonymityStatement}</p>
      </Card>
      <Card as="section">
        <CardTitle>{accepted ? t("consentsTitle") : t("answerTitle")}</CardTitle>
        <AcceptForm action={props.accept} accepted={accepted} defaults={expert} />
        {accepted ? null : <DeclineForm action={props.decline} declined={declined} />}
      </Card>
      {accepted ? (
        <Card as="section">
          <CardTitle>{t("nominateTitle")}</CardTitle>
          <p className="mt-2 text-ink-muted">{t("nominateIntro")}</p>
          <NominateForm action={props.nominate} count={nominations} />
        </Card>
      ) : null}
    </div>
  );
}
