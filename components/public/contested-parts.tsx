import { getFormatter, getTranslations } from "next-intl/server";
import { ConsensusBadge } from "@/components/consensus/status-badge.tsx";
import { WholeTextHeadline } from "@/components/consensus/round-figures.tsx";
import type { contestedClauses, PublicStudy } from "@/lib/publication/get-public-study.ts";
import type { PublicPart } from "@/lib/publication/internal/list-public-rounds.ts";

/**
 * "Where consensus was not reached": the last round's verdict on the whole text, then each
 * part that did not meet the protocol's rule for parts, with the counts behind it.
 */
export async function ContestedParts({
  study,
  contested,
}: {
  study: PublicStudy;
  contested: NonNullable<ReturnType<typeof contestedClauses>>;
}) {
  const t = await getTranslations("public.study");
  const tp = await getTranslations("consensus.part");
  const format = await getFormatter();
  const percent = (v: number | null) =>
    v === null ? "—" : format.number(v, { style: "percent", maximumFractionDigits: 0 });
  const { round, overall } = contested;
  const kind = study.rule.parts.kind;
  const parts: { key: string; label: string; wording: string | null; part: PublicPart }[] = [
    ...(contested.text
      ? [{ key: "text", label: tp("text"), wording: null, part: contested.text }]
      : []),
    ...contested.clauses.map((c) => ({
      key: `c${c.number}`,
      label: tp("clause", { number: c.number }),
      wording: c.text,
      part: c as PublicPart,
    })),
  ];
  // Parts nobody answered have no verdict; named apart so that none reads as consensus.
  const unanswered = [
    ...(contested.unanswered.text ? [{ key: "text", label: tp("text"), wording: null }] : []),
    ...round.clauses
      .filter((c) => contested.unanswered.clauses.includes(c.number))
      .map((c) => ({
        key: `c${c.number}`,
        label: tp("clause", { number: c.number }),
        wording: c.text,
      })),
  ];
  return (
    <section aria-labelledby="contested-title" className="flex flex-col gap-3">
      <h2 id="contested-title" className="text-xl">
        {t("contestedTitle")}
      </h2>
      <WholeTextHeadline status={overall.status} />
      {overall.canLiveWith + overall.cannotLiveWith > 0 ? (
        <p>
          {t("contestedWhole", {
            can: overall.canLiveWith,
            answered: overall.canLiveWith + overall.cannotLiveWith,
            share: percent(overall.canShare),
          })}
        </p>
      ) : null}
      {parts.length > 0 ? (
        <>
          <p>{t("contestedIntro", { kind, number: round.number })}</p>
          <ul className="flex flex-col gap-3">
            {parts.map(({ key, label, wording, part }) => (
              <li key={key} className="rounded-md border-l-4 border-warning bg-surface p-3">
                <p className="flex flex-wrap items-center gap-2 font-medium">
                  {label} <ConsensusBadge status={part.status} />
                </p>
                {wording ? <p className="whitespace-pre-line">{wording}</p> : null}
                <p className="text-sm">
                  {t("contestedItem", {
                    can: part.canLiveWith,
                    cannot: part.cannotLiveWith,
                    answered: part.canLiveWith + part.cannotLiveWith,
                    share: percent(part.canShare),
                  })}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : unanswered.length === 0 ? (
        <p>{t("contestedNone", { kind, number: round.number })}</p>
      ) : contested.unanswered.all ? null : (
        <p>{t("contestedNoneAnswered", { kind, number: round.number })}</p>
      )}
      {unanswered.length > 0 ? (
        <>
          <p>{t("contestedUnanswered", { count: unanswered.length, number: round.number })}</p>
          <ul className="flex flex-col gap-3">
            {unanswered.map(({ key, label, wording }) => (
              <li key={key} className="rounded-md border-l-4 border-line bg-surface p-3">
                <p className="flex flex-wrap items-center gap-2 font-medium">
                  {label} <ConsensusBadge status="NO_DATA" />
                </p>
                {wording ? <p className="whitespace-pre-line">{wording}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
