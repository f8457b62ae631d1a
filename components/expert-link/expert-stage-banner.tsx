import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert.tsx";
import { ButtonLink } from "@/components/ui/button.tsx";
import { LocalTime } from "@/components/ui/local-time.tsx";
import type { ExpertStage } from "@/lib/expert-link/expert-stage.ts";

/** A message's <date></date> tag: the moment in the reader's own time zone. */
function date(at: Date | null) {
  return function StageDate() {
    return at ? <LocalTime iso={at.toISOString()} /> : null;
  };
}

/** The one banner that says where the expert stands (lib/expert-link/expert-stage.ts). */
export async function ExpertStageBanner(props: { stage: ExpertStage; basePath: string }) {
  const { stage } = props;
  const t = await getTranslations("respond");
  const tc = await getTranslations("common");
  switch (stage.kind) {
    case "invited":
      return (
        <Alert tone="info" label={tc("alert.info")} title={t("stage.invitedTitle")}>
          {stage.round
            ? t.rich("stage.invitedRoundOpen", {
                number: stage.round.number,
                date: date(stage.round.closesAt),
              })
            : t("stage.invitedBody")}
        </Alert>
      );
    case "declined":
      return (
        <Alert tone="info" label={tc("alert.info")} title={t("declinedTitle")}>
          {t("declinedBody")}
        </Alert>
      );
    case "waiting":
      return (
        <Alert tone="success" label={tc("alert.success")} title={t("acceptedTitle")}>
          {t("acceptedBody")}
        </Alert>
      );
    case "roundOpen": {
      const { number, closesAt } = stage.round;
      return (
        <section
          aria-labelledby="stage-title"
          className="flex flex-col gap-3 rounded-lg border border-l-4 border-accent bg-surface p-4 sm:p-5"
        >
          <h2 id="stage-title" className="text-xl">
            {t.rich("stage.openTitle", { number, date: date(closesAt) })}
          </h2>
          <p>{t.rich(`stage.answer.${stage.answer}`, { date: date(stage.submittedAt) })}</p>
          <ButtonLink
            href={`${props.basePath}/rounds/${number}`}
            size="lg"
            className="w-full text-center sm:w-auto sm:self-start"
          >
            {/* One flex item: the date inside must not split the label into columns. */}
            <span>{t.rich(`stage.go.${stage.answer}`, { number, date: date(closesAt) })}</span>
          </ButtonLink>
        </section>
      );
    }
    case "betweenRounds":
      return (
        <Alert
          tone="info"
          label={tc("alert.info")}
          title={t("stage.betweenTitle", { number: stage.lastClosedRound })}
        >
          {t("stage.betweenBody")}
        </Alert>
      );
    case "finished":
      return (
        <Alert tone="success" label={tc("alert.success")} title={t("stage.finishedTitle")}>
          {t("stage.finishedBody")}{" "}
          {stage.publicSlug ? (
            <a href={`/s/${stage.publicSlug}`}>{t("stage.finishedPublic")}</a>
          ) : null}
        </Alert>
      );
  }
}
