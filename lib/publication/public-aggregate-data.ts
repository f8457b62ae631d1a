import { toCsv } from "@/lib/exports/to-csv.ts";
import type { ConsensusRuleKind, ItemRule } from "@/lib/consensus/statistics.ts";
import { getTranslator } from "@/lib/i18n/translator.ts";
import type { PublicStudy } from "./get-public-study.ts";
import type { PublicPart } from "./internal/list-public-rounds.ts";

// The aggregate results a published study may offer for download: per closed round and
// part of the text, the counts already on its public pages, in a form others can analyse.
// Nothing here is per expert, so nobody can be followed from round to round.

export type AggregateRow = {
  round: number;
  version: number;
  /** "text", "clause" or "overall". */
  part: "text" | "clause" | "overall";
  clauseNumber: number | null;
  /** The clause's identity across versions: `clauseId` in text.json. */
  clauseId: string | null;
  wording: string | null;
  canLiveWith: number;
  cannotLiveWith: number;
  noAnswer: number;
  canShare: number | null;
  /** On rating-scale studies, the median rating; otherwise empty. */
  median: number | null;
  /** The verdict in the words of the rule that judged the row (see ConsensusStatus). */
  consensus: PublicPart["status"];
  respondents: number;
  seated: number;
  /** The rule that judged this row: the parts' rule, or the whole text's for "overall". */
  rule: ConsensusRuleKind;
  /** Its threshold in percent under SHARE; empty under NO_OBJECTION. */
  threshold: number | null;
  /** Round figures, the same on every row of the round. */
  canLiveWithWhole: number;
  flagging: number;
  neither: number;
};

// New columns go at the end, so that analyses written against earlier files keep working.
export const aggregateColumns = [
  "round",
  "version",
  "part",
  "clauseNumber",
  "clauseId",
  "wording",
  "canLiveWith",
  "cannotLiveWith",
  "noAnswer",
  "canShare",
  "median",
  "consensus",
  "respondents",
  "seated",
  "rule",
  "threshold",
  "canLiveWithWhole",
  "flagging",
  "neither",
] as const satisfies readonly (keyof AggregateRow)[];

export function publicAggregateRows(study: PublicStudy): AggregateRow[] {
  const threshold = (rule: ItemRule) => (rule.kind === "SHARE" ? rule.threshold : null);
  return study.rounds.flatMap((round) => {
    const version = study.versions.find((v) => v.number === round.versionNumber);
    const row = (p: PublicPart, part: AggregateRow["part"]): AggregateRow => {
      const rule = part === "overall" ? study.rule.whole : study.rule.parts;
      return {
        round: round.number,
        version: round.versionNumber,
        part,
        clauseNumber: null,
        clauseId: null,
        wording: null,
        canLiveWith: p.canLiveWith,
        cannotLiveWith: p.cannotLiveWith,
        noAnswer: p.noAnswer,
        canShare: p.canShare === null ? null : Math.round(p.canShare * 1000) / 1000,
        median: p.median,
        consensus: p.status,
        respondents: round.respondents,
        seated: round.invited,
        rule: rule.kind,
        threshold: threshold(rule),
        canLiveWithWhole: round.figures.canLiveWithWhole,
        flagging: round.figures.flagging,
        neither: round.figures.neither,
      };
    };
    return [
      ...(round.text ? [row(round.text, "text")] : []),
      ...round.clauses.map((c) => ({
        ...row(c, "clause"),
        clauseNumber: c.number,
        clauseId: version?.clauses.find((vc) => vc.number === c.number)?.clauseId ?? null,
        wording: c.text,
      })),
      row(round.overall, "overall"),
    ];
  });
}

/** CSV with a header row; text cells neutralised so spreadsheets never run them. */
export function publicAggregateCsv(study: PublicStudy): string {
  return toCsv(aggregateColumns, publicAggregateRows(study));
}

/** What each column means, in the reader's words: the JSON carries it, the README repeats it. */
export function aggregateColumnDocs(): Record<(typeof aggregateColumns)[number], string> {
  const t = getTranslator("public.data.columns");
  return Object.fromEntries(aggregateColumns.map((c) => [c, t(c)])) as Record<
    (typeof aggregateColumns)[number],
    string
  >;
}

export function publicAggregateJson(study: PublicStudy, url: (path: string) => string) {
  const rule = (r: ItemRule) => ({
    kind: r.kind,
    minimumShareCanLiveWith: r.kind === "SHARE" ? r.threshold / 100 : null,
  });
  return {
    study: { title: study.title, url: url(`/s/${study.slug}`) },
    consensusRule: {
      parts: rule(study.rule.parts),
      whole: rule(study.rule.whole),
      ratings: { medianMin: study.rule.medianMin, iqrMax: study.rule.iqrMax },
    },
    participation: study.funnel,
    columns: aggregateColumnDocs(),
    rows: publicAggregateRows(study),
  };
}
