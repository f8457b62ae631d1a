import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card.tsx";
import type { FormAction } from "@/components/text/types.ts";
import type { PublicationState } from "@/lib/publication/get-publication-state.ts";
import { AggregateDataForm, PublishForm, UnpublishForm } from "./publish-forms.tsx";

/** On the study overview: whether the study is public, and the switch for it. */
export async function PublicationCard({
  state,
  actions,
}: {
  state: PublicationState;
  actions: { publish: FormAction; unpublish: FormAction; aggregateData: FormAction };
}) {
  const t = await getTranslations("publication");
  const format = await getFormatter();
  const href = `/s/${state.slug}`;
  const draftFinal = state.latestVersion?.status === "DRAFT" ? state.latestVersion.number : null;
  return (
    <Card as="section">
      <CardTitle>{t("title")}</CardTitle>
      {state.publishedAt ? (
        <div className="flex flex-col gap-3">
          <p>
            {t("published", { date: format.dateTime(state.publishedAt, { dateStyle: "long" }) })}{" "}
            <Link href={href}>{href}</Link>
          </p>
          {state.canEdit ? <UnpublishForm action={actions.unpublish} /> : null}
        </div>
      ) : (
        <div className="flex flex-col gap-3">
          <p>{t("notPublished")}</p>
          <p>{t("address", { href })}</p>
          <p className="text-sm text-ink-muted">{t("what")}</p>
          {state.roundsInProgress > 0 ? (
            <p>{t("errors.roundInProgress")}</p>
          ) : state.closedRounds === 0 ? (
            <p>{t("errors.noRound")}</p>
          ) : state.canEdit ? (
            <>
              {draftFinal ? <p>{t("draftFinal", { number: draftFinal })}</p> : null}
              <PublishForm action={actions.publish} />
            </>
          ) : null}
        </div>
      )}
      <div className="mt-4 flex flex-col gap-3 border-t border-line pt-4">
        <p className="text-sm">
          {t(state.offersAggregateData ? "aggregateOffered" : "aggregateNotOffered")}
        </p>
        {state.canEdit ? (
          <AggregateDataForm action={actions.aggregateData} offered={state.offersAggregateData} />
        ) : null}
      </div>
    </Card>
  );
}
