import type { RoundParticipationFigures } from "@/lib/consensus/get-participation-funnel.ts";
import type { ConsensusRule, ConsensusRuleKind } from "@/lib/consensus/statistics.ts";
import type { PublicRound } from "@/lib/publication/internal/list-public-rounds.ts";
import type { PublicVersion } from "@/lib/publication/get-public-study.ts";
import type { ReportData } from "@/lib/report/internal/load-report-data.ts";
import type { SourceAnalysis } from "@/lib/sources/get-source-analysis.ts";

// Hand-built report data for the report's pure composers: each test states only the facts
// it is about, on top of a study that has nothing (no rounds, no versions, no protocol
// details), so that every sentence a test expects comes from the facts it set.

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const emptyPart: PublicRound["overall"] = {
  canLiveWith: 0,
  cannotLiveWith: 0,
  noAnswer: 0,
  canShare: null,
  status: "NO_DATA",
  median: null,
};

export function publicRound(over: Partial<PublicRound> & { number: number }): PublicRound {
  return {
    versionNumber: over.number,
    openedAt: null,
    closedAt: null,
    invited: 0,
    respondents: 0,
    responseRate: null,
    figures: { respondents: 0, canLiveWithWhole: 0, flagging: 0, neither: 0 },
    text: null,
    overall: emptyPart,
    clauses: [],
    summary: null,
    ...over,
  };
}

/** A part of a round with only its unanswered count set (what the methods items read). */
export const unanswered = (noAnswer: number) => ({ ...emptyPart, noAnswer });

/** A part of a round with its counts, share and verdict: the share is stated, not derived. */
export function publicPart(
  counts: [can: number, cannot: number, noAnswer: number],
  canShare: number | null,
  status: PublicRound["overall"]["status"],
): PublicRound["overall"] {
  const [canLiveWith, cannotLiveWith, noAnswer] = counts;
  return { canLiveWith, cannotLiveWith, noAnswer, canShare, status, median: null };
}

export const clausePart = (number: number, part: PublicRound["overall"]) => ({
  ...part,
  number,
  text: `Clause ${number} text`,
});

/** One round of the participation funnel: closed, and with no moves (as round 1 has). */
export function funnelRound(
  over: Partial<RoundParticipationFigures> & { number: number },
): RoundParticipationFigures {
  return {
    state: "CLOSED",
    seated: 0,
    respondents: 0,
    responseRate: null,
    lost: null,
    returned: null,
    joined: null,
    ...over,
  };
}

/**
 * A panel's rounds as the funnel reads them: round 1 (8 of 10), round 2 (7 of 9: 3 lost,
 * 2 returned, none new) and round 3 still open, so with no final figures.
 */
export const threeFunnelRounds = (): RoundParticipationFigures[] => [
  funnelRound({ number: 1, seated: 10, respondents: 8, responseRate: 0.8 }),
  funnelRound({
    number: 2,
    seated: 9,
    respondents: 7,
    responseRate: 7 / 9,
    lost: 3,
    returned: 2,
    joined: 0,
  }),
  funnelRound({ number: 3, state: "OPEN", seated: 9, respondents: 2, responseRate: 2 / 9 }),
];

export function publicVersion(over: Partial<PublicVersion> & { number: number }): PublicVersion {
  return {
    status: "SENT",
    date: day("2026-01-01"),
    explanatoryText: "",
    clauses: [],
    changes: [],
    ...over,
  } as PublicVersion;
}

export const clause = (number: number, text: string) => ({
  id: `cv${number}`,
  clauseId: `c${number}`,
  number,
  text,
  sourceIds: [],
});

type Over = {
  study?: Partial<ReportData["study"]>;
  protocol?: Partial<ReportData["methods"]["protocol"]>;
  methods?: Partial<Omit<ReportData["methods"], "protocol">>;
  history?: Partial<ReportData["history"]>;
  funnel?: Partial<ReportData["funnel"]>;
};

export function reportData(over: Over = {}): ReportData {
  return {
    study: {
      title: "Study",
      purpose: "",
      ratingScaleMax: null,
      ratingMedianMin: null,
      ratingIqrMax: null,
      plannedRounds: 3,
      anonymityStatement: "",
      protocolLockedAt: null,
      publishedAt: null,
      ...over.study,
    },
    deviations: [],
    panel: { byStatus: {}, conflictsDeclared: 0 },
    composition: { region: [], sector: [] },
    funnel: {
      invited: 0,
      accepted: 0,
      tookPartAny: 0,
      tookPartEvery: 0,
      tookPartLast: 0,
      flagged: 0,
      rounds: [],
      ...over.funnel,
    },
    history: {
      slug: "study",
      title: "Study",
      purpose: "",
      publishedAt: day("2026-06-01"),
      rule: {} as ReportData["history"]["rule"],
      funnel: { invited: 0, accepted: 0, tookPartAny: 0, tookPartLast: 0 },
      offersAggregateData: false,
      versions: [],
      rounds: [],
      acknowledgements: { named: [], further: 0 },
      ...over.history,
    },
    written: {},
    methods: {
      published: false,
      protocol: {
        panelCap: 50,
        plannedRoundDays: 14,
        registryName: "",
        registrationId: "",
        ethicsStatus: "NOT_STATED",
        ethicsBody: "",
        ethicsReference: "",
        ethicsExemption: "",
        funding: "",
        pilotTesting: "",
        steeringGroup: "",
        ...over.protocol,
      },
      notes: { tagged: 0, themes: 0, addressed: 0 },
      files: [],
      ...over.methods,
    },
  };
}

export const noSources: SourceAnalysis = {
  canEdit: false,
  sources: [],
  frequency: [],
  versions: [],
  mapping: null,
};

/**
 * A rule for the study's parts of the given kind. The whole text's rule is the other kind,
 * so that a composer reading it instead of the parts' rule changes the wording.
 */
export function partsRule(kind: ConsensusRuleKind): ConsensusRule {
  const other = kind === "SHARE" ? "NO_OBJECTION" : "SHARE";
  return {
    parts: { kind, threshold: 70 },
    whole: { kind: other, threshold: 70 },
    medianMin: null,
    iqrMax: null,
  };
}
