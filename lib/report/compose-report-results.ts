import { wholeVerdict } from "@/lib/consensus/statistics.ts";
import { getTranslator } from "@/lib/i18n/translator.ts";
import { contestedClauses } from "@/lib/publication/get-public-study.ts";
import type { PublicPart, PublicRound } from "@/lib/publication/internal/list-public-rounds.ts";
import type { ReportData } from "./internal/load-report-data.ts";
import { bullets, percent, table } from "./markdown.ts";
import { movesSentence, roundMoves } from "./participation-moves.ts";
import type { ReportItemKey } from "./report-items.ts";

type T = ReturnType<typeof getTranslator<"report.text">>;

const FIGURES = ["respondents", "canLiveWithWhole", "flagging", "neither"] as const;

/**
 * The items that state the rounds' figures: response rate and attrition, the results of
 * each round (who took part and how, then every part), and where consensus was not reached.
 * Parts, columns and verdicts use the same words as the results and public pages.
 */
export function composeResultItems(
  data: ReportData,
  t: T,
): Pick<Record<ReportItemKey, string>, "participation" | "results" | "contested"> {
  const tc = getTranslator("consensus");
  const { history, funnel } = data;
  const rounds = history.rounds;
  const part = (label: string, p: PublicPart) => [
    label,
    p.canLiveWith,
    p.cannotLiveWith,
    p.noAnswer,
    percent(p.canShare),
    tc(`status.${p.status}`),
  ];
  const roundResults = (r: PublicRound) =>
    [
      `### ${t("resultsTitle", { number: r.number })}`,
      `**${tc(`headline.${wholeVerdict(r.overall.status)}`)}**`,
      table(
        [tc("figure"), tc("experts")],
        FIGURES.map((key) => [tc(`figures.${key}`), r.figures[key]]),
      ),
      table(
        (["part", "can", "cannot", "noAnswer", "share", "status"] as const).map((c) =>
          tc(`columns.${c}`),
        ),
        [
          ...(r.text ? [part(tc("part.text"), r.text)] : []),
          ...r.clauses.map((c) => part(tc("part.clause", { number: c.number }), c)),
          part(tc("part.overall"), r.overall),
        ],
      ),
    ].join("\n\n");
  return {
    participation: rounds.length
      ? [
          bullets(
            funnel.rounds
              .filter((r) => r.state === "CLOSED")
              .map((r) =>
                [
                  t("participationLine", {
                    number: r.number,
                    respondents: r.respondents,
                    seated: r.seated,
                    rate: percent(r.responseRate),
                  }),
                  movesSentence(roundMoves(funnel, r), t),
                ]
                  .filter(Boolean)
                  .join(". "),
              ),
          ),
          t("tookPart", {
            invited: funnel.invited,
            accepted: funnel.accepted,
            any: funnel.tookPartAny,
            every: funnel.tookPartEvery,
            last: funnel.tookPartLast,
          }),
        ].join("\n\n")
      : "",
    results: rounds.map(roundResults).join("\n\n"),
    contested: contested(data, t),
  };
}

function contested(data: ReportData, t: T): string {
  const c = contestedClauses(data.history);
  if (!c) return "";
  const tc = getTranslator("consensus");
  const kind = data.history.rule.parts.kind;
  const answered = (p: PublicPart) => p.canLiveWith + p.cannotLiveWith;
  const whole = t("contestedWhole", {
    number: c.round.number,
    headline: tc(`headline.${wholeVerdict(c.overall.status)}`),
    can: c.overall.canLiveWith,
    answered: answered(c.overall),
    share: percent(c.overall.canShare),
  });
  const parts = [
    ...(c.text ? [{ label: tc("part.text"), part: c.text }] : []),
    ...c.clauses.map((clause) => ({
      label: tc("part.clause", { number: clause.number }),
      part: clause as PublicPart,
    })),
  ];
  const number = c.round.number;
  const unanswered = [
    ...(c.unanswered.text ? [tc("part.text")] : []),
    ...c.unanswered.clauses.map((n) => tc("part.clause", { number: n })),
  ];
  const verdicts =
    parts.length > 0
      ? [
          t("contestedIntro", { kind, number }),
          bullets(
            parts.map(({ label, part }) =>
              t("contestedLine", {
                part: label,
                status: tc(`status.${part.status}`),
                can: part.canLiveWith,
                cannot: part.cannotLiveWith,
                answered: answered(part),
                share: percent(part.canShare),
              }),
            ),
          ),
        ]
      : unanswered.length === 0
        ? [t("contestedNone", { kind, number })]
        : // "Every part that was answered" of a round nobody answered would be about nothing.
          c.unanswered.all
          ? []
          : [t("contestedNoneAnswered", { kind, number })];
  const missing = unanswered.length
    ? [t("contestedUnanswered", { count: unanswered.length, number }), bullets(unanswered)]
    : [];
  return [whole, ...verdicts, ...missing].join("\n\n");
}
