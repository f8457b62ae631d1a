import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge.tsx";
import { Card } from "@/components/ui/card.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import { LocalTime } from "@/components/ui/local-time.tsx";
import type { PositionValue } from "@/lib/responses/response-form-data.ts";
import type { RoundResponses } from "@/lib/rounds/list-round-responses.ts";

type Answer = {
  position: PositionValue | null;
  reason: string;
  suggestion: string;
  rating?: number | null;
};

/** Who said what, per expert (facilitators only). Everything typed by experts renders as text. */
export async function RoundResponsesView({
  number,
  data,
}: {
  number: number;
  data: RoundResponses;
}) {
  const t = await getTranslations("rounds.responses");
  if (!data.responses.length)
    return <EmptyState title={t("emptyTitle", { number })} description={t("emptyBody")} />;
  const line = (label: string, a: Answer | undefined) => (
    <div className="border-t border-line py-2">
      <p className="font-medium">
        {label}:{" "}
        {a?.position ? (
          <Badge tone={a.position === "CAN_LIVE_WITH" ? "success" : "warning"}>
            {t(`position.${a.position}`)}
          </Badge>
        ) : (
          t("noAnswer")
        )}
        {a?.rating ? (
          <span className="ml-2 text-sm">{t("rating", { rating: a.rating })}</span>
        ) : null}
      </p>
      {a?.reason ? (
        <p className="whitespace-pre-wrap">{t("reason", { reason: a.reason })}</p>
      ) : null}
      {a?.suggestion ? (
        <p className="whitespace-pre-wrap text-ink-muted">
          {t("suggestion", { suggestion: a.suggestion })}
        </p>
      ) : null}
    </div>
  );
  return (
    <div className="flex flex-col gap-4">
      <h2 className="text-xl font-semibold">
        {t("title", { number, count: data.responses.length })}
      </h2>
      {data.responses.map((r) => (
        <Card as="article" key={r.id}>
          <header className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="text-lg font-semibold">
              {r.panelMember.name}{" "}
              <span className="text-sm font-normal text-ink-muted">{r.panelMember.email}</span>
            </h3>
            <span className="text-sm">
              {r.state === "SUBMITTED" ? t("submittedAt") : t("draft")}{" "}
              {r.submittedAt ? <LocalTime iso={r.submittedAt.toISOString()} /> : null}
              {r.state === "SUBMITTED" && r.draftSavedAt ? (
                <span className="block text-ink-muted">{t("changesNotSubmitted")}</span>
              ) : null}
            </span>
          </header>
          {data.hasText
            ? line(t("text"), {
                position: r.textPosition,
                reason: r.textReason,
                suggestion: r.textSuggestion,
              })
            : null}
          {data.clauses.map((c) => (
            <div key={c.id}>{line(t("clause", { position: c.position }), r.clauses[c.id])}</div>
          ))}
          {line(t("overall"), { position: r.overallPosition, reason: "", suggestion: "" })}
          {r.generalComments ? (
            <p className="mt-2 whitespace-pre-wrap">
              {t("comments", { comments: r.generalComments })}
            </p>
          ) : null}
        </Card>
      ))}
    </div>
  );
}
