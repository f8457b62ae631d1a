import type { ConsensusRule, ConsensusRuleKind } from "./statistics.ts";

/** The study columns the consensus rule is made of, for selects that read it. */
export const consensusRuleColumns = {
  partsRule: true,
  consensusThreshold: true,
  wholeRule: true,
  wholeThreshold: true,
  ratingMedianMin: true,
  ratingIqrMax: true,
} as const;

// Prisma hands decimals over as Decimal objects; Number() reads them exactly enough for
// criteria given to two decimals.
type Decimalish = number | { toString(): string } | null;

export type ConsensusRuleRow = {
  partsRule: ConsensusRuleKind;
  consensusThreshold: number;
  wholeRule: ConsensusRuleKind;
  wholeThreshold: number;
  ratingMedianMin: Decimalish;
  ratingIqrMax: Decimalish;
};

/** The protocol's rule as the statistics apply it. */
export function consensusRuleOf(study: ConsensusRuleRow): ConsensusRule {
  return {
    parts: { kind: study.partsRule, threshold: study.consensusThreshold },
    whole: { kind: study.wholeRule, threshold: study.wholeThreshold },
    medianMin: study.ratingMedianMin === null ? null : Number(study.ratingMedianMin),
    iqrMax: study.ratingIqrMax === null ? null : Number(study.ratingIqrMax),
  };
}
