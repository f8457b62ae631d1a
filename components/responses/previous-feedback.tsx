import { getTranslations } from "next-intl/server";
import type {
  GroupCounts,
  PreviousRoundFeedback,
} from "@/lib/responses/internal/get-previous-round-feedback.ts";
import type { PartAnswer } from "@/lib/responses/response-form-data.ts";

/**
 * The previous round beside one part: the wording then, the group's counts and the
 * expert's own answer. Rendered on the server; what experts typed is shown as plain text.
 */
export async function PreviousFeedback(props: {
  roundNumber: number;
  group: GroupCounts;
  own: PartAnswer | null;
  wording?: { position: number; text: string };
}) {
  const t = await getTranslations("response.previous");
  const position = (p: string | null) =>
    p === "CAN_LIVE_WITH" ? t("can") : p === "CANNOT_LIVE_WITH" ? t("cannot") : null;
  const own = position(props.own?.position ?? null);
  return (
    <section className="rounded-md bg-surface-muted p-3 text-sm">
      <h3 className="font-semibold">{t("title", { number: props.roundNumber })}</h3>
      {props.wording ? (
        <p className="mt-1 whitespace-pre-line text-ink-muted">
          {t("wording", { position: props.wording.position, text: props.wording.text })}
        </p>
      ) : null}
      <p className="mt-1">
        {t("group", {
          can: props.group.canLiveWith,
          cannot: props.group.cannotLiveWith,
          none: props.group.noAnswer,
          respondents: props.group.respondents,
        })}
      </p>
      <p className="mt-1">{own ? t("own", { position: own }) : t("ownNone")}</p>
      {props.own?.reason ? (
        <p className="mt-1 whitespace-pre-line">{t("ownReason", { reason: props.own.reason })}</p>
      ) : null}
    </section>
  );
}

/** The nodes the form places beside each part. */
export function previousNodes(previous: PreviousRoundFeedback | null) {
  if (!previous) return { clause: {} };
  const n = previous.roundNumber;
  return {
    text: <PreviousFeedback roundNumber={n} group={previous.text.group} own={previous.text.own} />,
    overall: (
      <PreviousFeedback
        roundNumber={n}
        group={previous.overall.group}
        own={
          previous.overall.own === null
            ? null
            : { position: previous.overall.own, reason: "", suggestion: "" }
        }
      />
    ),
    clause: Object.fromEntries(
      Object.entries(previous.clauses).map(([id, c]) => [
        id,
        <PreviousFeedback
          key={id}
          roundNumber={n}
          group={c.group}
          own={c.own}
          wording={{ position: c.position, text: c.text }}
        />,
      ]),
    ),
  };
}
