// Pure statistics for a round's results. No database, no I/O: the queries in this folder
// aggregate in PostgreSQL and hand these functions counts and rating histograms.

/** Counts of one rating value, e.g. { value: 7, count: 12 }. Ratings are small integers. */
export type RatingBin = { value: number; count: number };

export type RatingSummary = { n: number; median: number; q1: number; q3: number; iqr: number };

export type ConsensusRule = {
  /** Percent of those who answered that must be able to live with the part. */
  threshold: number;
  /** With ratings: the median must be at least this, and the IQR at most this (when set). */
  medianMin: number | null;
  iqrMax: number | null;
};

export type ConsensusStatus = "CONSENSUS" | "NO_CONSENSUS" | "NO_DATA";

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
 * The protocol's consensus rule for one part: enough of those who answered can live with it
 * and, when ratings were collected and the protocol sets criteria, the median is high enough
 * and the IQR narrow enough. Nobody answering is "no data", never consensus.
 */
export function consensusStatus(
  tally: { canLiveWith: number; cannotLiveWith: number; ratings: RatingSummary | null },
  rule: ConsensusRule,
): ConsensusStatus {
  const answered = tally.canLiveWith + tally.cannotLiveWith;
  if (answered === 0) return "NO_DATA";
  // Integers only: 7 / 10 >= 0.7 style comparisons trip over floating point at the boundary.
  if (tally.canLiveWith * 100 < rule.threshold * answered) return "NO_CONSENSUS";
  const r = tally.ratings;
  if (r && rule.medianMin !== null && r.median < rule.medianMin) return "NO_CONSENSUS";
  if (r && rule.iqrMax !== null && r.iqr > rule.iqrMax) return "NO_CONSENSUS";
  return "CONSENSUS";
}
