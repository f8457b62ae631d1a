// Pure statistics for a round's results. No database, no I/O: the queries in this folder
// aggregate in PostgreSQL and hand these functions counts and rating histograms.

/** Counts of one rating value, e.g. { value: 7, count: 12 }. Ratings are small integers. */
export type RatingBin = { value: number; count: number };

export type RatingSummary = { n: number; median: number; q1: number; q3: number; iqr: number };

export type ConsensusRuleKind = "SHARE" | "NO_OBJECTION";

/**
 * How one kind of item is judged. SHARE: at least `threshold` percent of those who answered
 * can live with it. NO_OBJECTION: nobody who answered cannot live with it (the threshold is
 * then unused).
 */
export type ItemRule = { kind: ConsensusRuleKind; threshold: number };

export type ConsensusRule = {
  /** The parts: the explanatory text and each clause. */
  parts: ItemRule;
  /** The text as a whole (each expert's overall position). */
  whole: ItemRule;
  /** With ratings (clauses only): the median must be at least this, the IQR at most this. */
  medianMin: number | null;
  iqrMax: number | null;
};

/** Which rule judges an item: the parts' or the whole text's. */
export type RuleScope = "part" | "whole";

/**
 * A verdict, named the way the protocol's rule names it. SHARE rules (and the whole text
 * under either kind) reach CONSENSUS or NO_CONSENSUS; a part under NO_OBJECTION is not
 * "agreed", it is CONTESTED as soon as anyone objects, else it has NO_OBJECTION.
 */
export type ConsensusStatus =
  "CONSENSUS" | "NO_CONSENSUS" | "NO_OBJECTION" | "CONTESTED" | "NO_DATA";

/** The verdicts that mean the item did not meet its criterion ("where consensus was not reached"). */
export function isUnresolved(status: ConsensusStatus): boolean {
  return status === "NO_CONSENSUS" || status === "CONTESTED";
}

/** The whole text's verdict, which is always named as consensus or not (see ConsensusStatus). */
export function wholeVerdict(status: ConsensusStatus): "CONSENSUS" | "NO_CONSENSUS" | "NO_DATA" {
  if (status === "NO_OBJECTION") return "CONSENSUS";
  if (status === "CONTESTED") return "NO_CONSENSUS";
  return status;
}

/** part / whole, or null when there is nothing to divide by (an empty round has no share). */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/**
 * The p-quantile of the sample a histogram describes, by linear interpolation between order
 * statistics (Hyndman & Fan type 7; R's default, Excel's QUARTILE.INC, PostgreSQL's
 * percentile_cont). Works on the bins, so 10,000 ratings cost as much as ten.
 */
export function quantile(bins: RatingBin[], p: number): number | null {
  const sorted = bins.filter((b) => b.count > 0).sort((a, b) => a.value - b.value);
  const n = sorted.reduce((sum, b) => sum + b.count, 0);
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lower = Math.floor(h);
  const at = (index: number): number => {
    let seen = 0;
    for (const b of sorted) {
      seen += b.count;
      if (index < seen) return b.value;
    }
    return sorted[sorted.length - 1]!.value;
  };
  const low = at(lower);
  return low + (h - lower) * (at(Math.min(lower + 1, n - 1)) - low);
}

export function summariseRatings(bins: RatingBin[]): RatingSummary | null {
  const n = bins.reduce((sum, b) => sum + b.count, 0);
  const median = quantile(bins, 0.5);
  const q1 = quantile(bins, 0.25);
  const q3 = quantile(bins, 0.75);
  if (n === 0 || median === null || q1 === null || q3 === null) return null;
  return { n, median, q1, q3, iqr: q3 - q1 };
}

/**
 * The protocol's rule for one item: the parts' rule for the explanatory text and clauses,
 * the whole text's rule for the overall position. For clauses with ratings, when the
 * protocol sets criteria, the median must also be high enough and the IQR narrow enough.
 * Nobody answering is "no data", never consensus.
 */
export function consensusStatus(
  tally: { canLiveWith: number; cannotLiveWith: number; ratings: RatingSummary | null },
  rule: ConsensusRule,
  scope: RuleScope,
): ConsensusStatus {
  const answered = tally.canLiveWith + tally.cannotLiveWith;
  if (answered === 0) return "NO_DATA";
  const item = scope === "whole" ? rule.whole : rule.parts;
  const met =
    meetsItemRule(tally, item) && (scope === "whole" || meetsRatings(tally.ratings, rule));
  if (scope === "part" && item.kind === "NO_OBJECTION") return met ? "NO_OBJECTION" : "CONTESTED";
  return met ? "CONSENSUS" : "NO_CONSENSUS";
}

function meetsItemRule(tally: { canLiveWith: number; cannotLiveWith: number }, item: ItemRule) {
  if (item.kind === "NO_OBJECTION") return tally.cannotLiveWith === 0;
  // Integers only: 7 / 10 >= 0.7 style comparisons trip over floating point at the boundary.
  return tally.canLiveWith * 100 >= item.threshold * (tally.canLiveWith + tally.cannotLiveWith);
}

function meetsRatings(r: RatingSummary | null, rule: ConsensusRule): boolean {
  if (r && rule.medianMin !== null && r.median < rule.medianMin) return false;
  if (r && rule.iqrMax !== null && r.iqr > rule.iqrMax) return false;
  return true;
}
